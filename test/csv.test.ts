import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { createTestApp, getJson } from './helpers/app.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A strict RFC 4180 reader, to check what the API writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) throw new Error('last line lacks CRLF');
  return rows;
}

async function csv(url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  expect(response.statusCode, url).toBe(200);
  expect(response.headers['content-type'], url).toMatch(/^text\/csv/);
  return { rows: parseCsv(response.body), headers: response.headers };
}

const lists: Array<[path: string, header: string[]]> = [
  [
    '/v1/events',
    [
      'id',
      'type',
      'title',
      'summary',
      'startDate',
      'endDate',
      'datePrecision',
      'status',
      'round',
      'negotiation',
      'location',
      'format',
      'confidence',
      'actors',
      'sources',
      'firstQuote',
    ],
  ],
  [
    '/v1/rounds',
    [
      'round',
      'id',
      'negotiation',
      'title',
      'startDate',
      'endDate',
      'datePrecision',
      'status',
      'location',
      'format',
      'actors',
      'sources',
      'firstQuote',
    ],
  ],
  ['/v1/actors', ['id', 'name', 'kind', 'country', 'title', 'aliases', 'confidence', 'sources', 'firstQuote']],
  [
    '/v1/tariffs',
    [
      'id',
      'imposingCountry',
      'targetCountry',
      'negotiation',
      'ratePercent',
      'kind',
      'status',
      'announcedDate',
      'datePrecision',
      'effectiveDate',
      'announcedBy',
      'conditions',
      'confidence',
      'sources',
      'firstQuote',
    ],
  ],
  [
    '/v1/trade-stats',
    [
      'id',
      'exporter',
      'importer',
      'negotiation',
      'period',
      'valueUsd',
      'qualifier',
      'sourceOrganization',
      'confidence',
      'sources',
      'firstQuote',
    ],
  ],
  ['/v1/documents', ['id', 'title', 'author', 'publishedDate', 'publisher', 'url', 'sourceName', 'format', 'length']],
];

describe('CSV answers', () => {
  it.each(lists)(
    '%s: header row, then one row per item, for ?format=csv and Accept: text/csv alike',
    async (path, header) => {
      const { body } = await getJson(app, path);
      const byFormat = await csv(`${path}?format=csv`);
      const byAccept = await csv(path, { accept: 'text/csv' });
      expect(byAccept.rows).toEqual(byFormat.rows);
      const [head, ...rows] = byFormat.rows;
      expect(head).toEqual(header);
      expect(rows).toHaveLength(body.data.length);
      const idColumn = header.indexOf('id');
      expect(rows.map((r) => r[idColumn])).toEqual(body.data.map((item: { id: string }) => item.id));
    },
  );

  it('flattens nested fields and quotes what needs quoting', async () => {
    const { rows } = await csv('/v1/events?format=csv&actor=margaret-oneil');
    const [head, launch] = rows as [string[], string[]];
    const cell = (name: string) => launch[head.indexOf(name)];
    expect(cell('actors')).toBe("Margaret O'Neil (head of delegation); Trần Thị Đào (head of delegation)");
    expect(cell('sources')).toBe('2');
    // The quote holds commas, so it travels quoted and comes back whole.
    expect(cell('firstQuote')).toBe(
      'Vietnam and the United States opened talks on tariffs on April 10, 2025, in a video call.',
    );
    expect(cell('round')).toBe('');

    const actors = await csv('/v1/actors?format=csv&q=dao');
    expect(actors.rows[1]?.[actors.rows[0]!.indexOf('aliases')]).toBe('Minister Đào; Tran Thi Dao');

    const tariffs = await csv('/v1/tariffs?format=csv&kind=reciprocal');
    expect(tariffs.rows[1]?.[tariffs.rows[0]!.indexOf('announcedBy')]).toBe('United States');
  });

  it('keeps filters and paging, with the next cursor in headers', async () => {
    const first = await csv('/v1/events?format=csv&limit=2&type=tariff_action');
    expect(first.rows).toHaveLength(3);
    expect(first.headers['x-total-count']).toBe('3');
    const cursor = first.headers['x-next-cursor'];
    expect(typeof cursor).toBe('string');
    expect(first.headers['link']).toBe(
      `</v1/events?format=csv&limit=2&type=tariff_action&cursor=${cursor}>; rel="next"`,
    );
    const second = await csv(`/v1/events?format=csv&limit=2&type=tariff_action&cursor=${cursor}`);
    expect(second.rows.slice(1).map((r) => r[0])).toEqual(['2025-07-01-tariff-action-negotiated-20']);
    expect(second.headers['x-next-cursor']).toBeUndefined();
  });

  it('answers the trade balance as CSV too', async () => {
    const { rows } = await csv('/v1/trade-stats/balance?a=VN&b=US', { accept: 'text/csv' });
    expect(rows).toEqual([
      [
        'period',
        'aToB',
        'bToA',
        'balance',
        'aToBQualifier',
        'bToAQualifier',
        'balanceQualifier',
        'aToBQuote',
        'bToAQuote',
        'aToBId',
        'bToAId',
      ],
      [
        '2023',
        '90000000000',
        '12000000000',
        '78000000000',
        'exact',
        'approximately',
        'approximately',
        'Vietnam exported $90 billion of goods to the US in 2023',
        'the US sold about $12 billion to Vietnam',
        'vn-us-2023',
        'us-vn-2023',
      ],
      [
        '2024',
        '100000000000',
        '',
        '',
        'more_than',
        '',
        '',
        'In 2024 Vietnamese exports to the US rose above $100 billion.',
        '',
        'vn-us-2024',
        '',
      ],
    ]);
  });

  it('prefers JSON unless text/csv is preferred or asked for', async () => {
    for (const accept of [
      'application/json',
      '*/*',
      'text/csv;q=0.5, application/json',
      'text/*;q=0.2, application/json',
    ]) {
      const response = await app.inject({ url: '/v1/actors', headers: { accept } });
      expect(response.headers['content-type'], accept).toMatch(/^application\/json/);
    }
    const preferred = await app.inject({ url: '/v1/actors', headers: { accept: 'application/json;q=0.4, text/csv' } });
    expect(preferred.headers['content-type']).toMatch(/^text\/csv/);
    const forced = await app.inject({ url: '/v1/actors?format=json', headers: { accept: 'text/csv' } });
    expect(forced.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers errors as problems whatever the Accept header says', async () => {
    const response = await app.inject({ url: '/v1/events?limit=0', headers: { accept: 'text/csv' } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
