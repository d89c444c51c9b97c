// The explain command, apart from the process so tests can run it.
import { basename } from 'node:path';
import { explainLines, traced } from '../loader/explain.js';
import { DocumentRefused, readDocumentFile } from '../loader/read.js';

export function explainFile(args: string[], print: (line: string) => void): number {
  const [path, ...rest] = args;
  if (!path || rest.length) {
    print('usage: npm run explain -- FILE (.txt, .md or .html)');
    return 2;
  }
  try {
    const raw = readDocumentFile(path);
    for (const line of explainLines(traced(raw), basename(path))) print(line);
    return 0;
  } catch (error) {
    if (!(error instanceof DocumentRefused)) throw error;
    print(`${path}: refused: ${error.reason}`);
    return 1;
  }
}
