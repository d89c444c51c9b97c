// npm run explain: one article read in memory, each row it yields with the rule that made it and
// the sentence that rule read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainFile } from '../../src/cli/explain-command.js';
import { article } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function explain(name: string, content: string): { code: number; out: string } {
  const path = join(dir, name);
  writeFileSync(path, content);
  const lines: string[] = [];
  const code = explainFile([path], (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('npm run explain', () => {
  const text = article({
    title: 'US sets 20% tariff on Vietnam',
    date: 'July 10, 2025',
    paragraphs: [
      'The United States announced a 20% tariff on Vietnamese goods on July 2.',
      'US Trade Representative Jamieson Greer met Vietnamese Industry and Trade Minister Nguyen Hong Dien in Washington on July 8.',
      'Vietnam exported $136.6 billion of goods to the United States in 2024.',
    ],
  });

  it('names each row with the rule that made it and the sentence it read', () => {
    const { code, out } = explain('vn.txt', text);
    expect(code, out).toBe(0);
    expect(out, out).toMatch(/^vn\.txt: \d+ actors, \d+ events, 1 tariffs, 1 trade figures$/m);
    expect(out, out).toMatch(
      /^tariff US→VN 20% .*\n {2}made by measures\.new \(recogniseTariffs\) — "The United States announced a 20% tariff/m,
    );
    expect(out, out).toMatch(/^event tariff_action "United States announces 20% tariff on Vietnam" 2025-07-02/m);
    expect(out, out).toMatch(/made by tariff-actions\.rate — "The United States announced/);
    expect(out, out).toMatch(/^event meeting "Meeting between .*" 2025-07-08 \(occurred\)\n {2}made by events\.new/m);
    expect(out, out).toMatch(/^trade figure VN→US 2024 \$136,600,000,000\n {2}made by trade\.new — "Vietnam exported/m);
    expect(out, out).toMatch(/^actor person:jamieson greer "Jamieson Greer" \(person\)\n {2}made by actors\.person/m);
    expect(out, out).toMatch(/^frames found: .*recogniseTariffs 1/m);
  });

  it('reads .md and .html as the loader does, and refuses what the loader refuses', () => {
    expect(explain('vn.md', `# US sets 20% tariff on Vietnam\n\n${text}`).out).toMatch(/tariff US→VN 20%/);
    expect(
      explain('vn.html', `<html><body><article><p>${text.split('\n').join('</p><p>')}</p></article></body></html>`).out,
    ).toMatch(/tariff US→VN 20%/);
    const refused = explain('photo.bin', 'x');
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/refused: unsupported file type/);
    const usage: string[] = [];
    expect(explainFile([], (l) => usage.push(l))).toBe(2);
    expect(usage.join('\n')).toMatch(/usage: npm run explain -- FILE/);
  });
});
