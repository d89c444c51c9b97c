// The loader on the two seed documents yields the facts of the answer key (test/fixtures/
// seeds.gold.json, the rules in its README): asserted fact by fact, not by row counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { loadPaths } from '../src/loader/index.js';
import { fold } from '../src/loader/text.js';
import { copyTemplateDb } from './helpers/db.js';

interface GoldActor {
  key: string;
  name: string;
  kind: string;
  country: string;
  aliases: string[];
  required: boolean;
}
const gold = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'seeds.gold.json'), 'utf8'));
const SEEDS = ['000_271d89f5396d1b95.txt', '002_0894cd50236d01ee.txt'].map((f) =>
  join(import.meta.dirname, '..', 'seeds', f),
);

type Row = Record<string, any>;
function dump(db: Db) {
  const all = (sql: string) => db.$client.prepare(sql).all() as Row[];
  return {
    documents: all('SELECT id, title, author, published_date, text FROM documents ORDER BY id'),
    actors: all('SELECT * FROM actors ORDER BY id'),
    aliases: all('SELECT * FROM actor_aliases ORDER BY actor_id, alias'),
    events: all('SELECT * FROM events ORDER BY id'),
    participants: all('SELECT * FROM event_participants ORDER BY event_id, actor_id'),
    tariffs: all('SELECT * FROM tariff_measures ORDER BY id'),
    stats: all('SELECT * FROM trade_stats ORDER BY id'),
    sources: ['actor_sources', 'event_sources', 'tariff_sources', 'trade_stat_sources'].flatMap((t) =>
      all(`SELECT '${t}' AS t, * FROM ${t} ORDER BY subject_id, document_id, start`),
    ),
  };
}

function loaded(order: string[]) {
  const { db } = copyTemplateDb();
  loadPaths(db, order);
  return db;
}

const names = (a: { name?: string; aliases?: string[] }) => [a.name ?? '', ...(a.aliases ?? [])].map(fold);

describe('loader on the seeds', () => {
  let db: Db;
  let data: ReturnType<typeof dump>;
  let actors: Array<Row & { aliases: string[] }>;
  beforeAll(() => {
    db = loaded(SEEDS);
    data = dump(db);
    actors = data.actors.map((a) => ({
      ...a,
      aliases: data.aliases.filter((x) => x.actor_id === a.id).map((x) => x.alias),
    }));
  });

  it('reads title, publication date and author from the text, null where it says nothing', () => {
    for (const g of gold.documents) {
      const d = data.documents.find((x) => fold(x.title ?? '') === fold(g.title));
      expect(d, g.title).toBeDefined();
      expect(d!.published_date).toBe(g.publishedDate);
      expect(d!.author).toBe(g.author);
    }
  });

  it('drops page furniture from the served text', () => {
    for (const d of data.documents) {
      expect(d.text).not.toMatch(/^Advertisement$|Table of Contents|Subscribe button|Keep Up to Date|^-$/m);
      expect(d.text).not.toContain('Daniel Pham');
    }
  });

  it('finds every required actor once, with its kind and country', () => {
    for (const g of gold.actors as GoldActor[]) {
      const matches = actors.filter((a) => a.kind === g.kind && names(a).some((n) => names(g).includes(n)));
      if (g.required)
        expect(
          matches.map((m) => m.name),
          g.name,
        ).toHaveLength(1);
      expect(matches.length, `${g.name} is split across rows`).toBeLessThanOrEqual(1);
      if (matches[0]) expect(matches[0].country, g.name).toBe(g.country);
    }
  });

  it('merges spellings across documents: accents, titles and surnames', () => {
    const dien = actors.find((a) => a.id === 'nguyen-hong-dien')!;
    expect(names(dien)).toEqual(expect.arrayContaining([fold('Nguyễn Hồng Diên'), fold('Minister Diên')]));
    const greer = actors.find((a) => names(a).includes('greer'))!;
    expect(greer.name).toBe('Jamieson L. Greer');
    expect(greer.aliases).toContain('Ambassador Greer');
  });

  it('never makes actors of furniture, the author or a partnership', () => {
    const forbidden = new Set((gold.forbiddenActors as string[]).map(fold));
    for (const a of actors)
      expect(
        names(a).filter((n) => forbidden.has(n)),
        a.name,
      ).toEqual([]);
  });

  it('finds every required event with its type, dates, status and round', () => {
    for (const g of gold.events.filter((e: Row) => e.required)) {
      const match = data.events.find((e) => {
        if (!g.types.includes(e.type) || !g.statuses.includes(e.status)) return false;
        if (g.round != null && e.round !== g.round) return false;
        if (g.endDate != null && e.end_date !== g.endDate) return false;
        if (g.datePrecision === 'unknown')
          return e.start_date == null || (g.acceptMonth && String(e.start_date).startsWith(g.acceptMonth));
        if (e.date_precision !== g.datePrecision) return false;
        return g.datePrecision === 'day' ? e.start_date === g.startDate : String(e.start_date).startsWith(g.startDate);
      });
      expect(match, g.what).toBeDefined();
      if (g.format) expect(match!.format, g.what).toBe(g.format);
      const who = data.participants
        .filter((p) => p.event_id === match!.id)
        .map((p) => actors.find((a) => a.id === p.actor_id)!);
      for (const key of g.actors) {
        const ga = gold.actors.find((a: GoldActor) => a.key === key);
        expect(
          who.some((a) => names(a).some((n) => names(ga).includes(n))),
          `${g.key} lacks ${ga.name}`,
        ).toBe(true);
      }
    }
  });

  it('gives rounds readable ids from their date and number', () => {
    expect(data.events.map((e) => e.id)).toEqual(
      expect.arrayContaining(['2025-05-19-negotiation-round-2', '2025-06-negotiation-round-3']),
    );
  });

  it('finds the tariff measures with rate, sides, status and who announced them', () => {
    for (const g of gold.tariffs) {
      const t = data.tariffs.find(
        (x) =>
          x.imposing_country === g.imposingCountry &&
          x.target_country === g.targetCountry &&
          x.rate_percent === g.ratePercent,
      );
      expect(t, g.key).toBeDefined();
      expect(g.statuses).toContain(t!.status);
      expect(g.kinds).toContain(t!.kind);
      const by = actors.find((a) => a.id === t!.announced_by)!;
      const ga = gold.actors.find((a: GoldActor) => a.key === g.announcedBy);
      expect(names(by).some((n) => names(ga).includes(n))).toBe(true);
    }
    // "the 46 percent tariff" later in the text is the same measure: one row, two sources.
    const us46 = data.tariffs.find((t) => t.rate_percent === 46)!;
    expect(data.tariffs.filter((t) => t.rate_percent === 46)).toHaveLength(1);
    expect(
      data.sources.filter((s) => s.t === 'tariff_sources' && s.subject_id === us46.id).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('states no tariff measure or trade figure beyond the key: speculation and shares are not facts', () => {
    const key = (x: Row) => `${x.imposing_country}>${x.target_country}@${x.rate_percent}`;
    expect(data.tariffs.map(key).sort()).toEqual(
      gold.tariffs.map((g: Row) => `${g.imposingCountry}>${g.targetCountry}@${g.ratePercent}`).sort(),
    );
    const flow = (x: Row) => `${x.exporter}>${x.importer}@${x.period}`;
    expect(data.stats.map(flow).sort()).toEqual(gold.tradeStats.map((g: Row) => flow(g)).sort());
  });

  it('finds the trade figures with direction, period, value, qualifier and source', () => {
    for (const g of gold.tradeStats) {
      const s = data.stats.find((x) => x.exporter === g.exporter && x.importer === g.importer && x.period === g.period);
      expect(s, g.key).toBeDefined();
      expect(s!.value_usd).toBe(g.valueUsd);
      expect(s!.qualifier).toBe(g.qualifier);
      expect(s!.source_organization_id).toBe('us-census-bureau');
    }
  });

  it('cites exact passages: every quote is its slice of the served text', () => {
    const text = new Map(data.documents.map((d) => [d.id, d.text as string]));
    expect(data.sources.length).toBeGreaterThan(0);
    for (const s of data.sources) expect(text.get(s.document_id)!.slice(s.start, s.end)).toBe(s.quote);
    const cited = new Set(data.sources.map((s) => `${s.t}:${s.subject_id}`));
    for (const a of data.actors) expect(cited.has(`actor_sources:${a.id}`), a.id).toBe(true);
    for (const e of data.events) expect(cited.has(`event_sources:${e.id}`), e.id).toBe(true);
  });

  it('gives the same rows and ids in reverse order and when loaded twice', () => {
    const reversed = dump(loaded([...SEEDS].reverse()));
    expect(reversed).toEqual(data);
    const twice = copyTemplateDb().db;
    loadPaths(twice, SEEDS);
    loadPaths(twice, SEEDS);
    expect(dump(twice)).toEqual(data);
  });
});
