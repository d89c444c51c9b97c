import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { createTestApp, getJson, listIds } from './helpers/app.js';
import { docA, docB, fixture } from './helpers/fixtures.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const ids = (url: string) => listIds(app, url);

const chronological = [
  '2025-04-tariff-action-reciprocal-38',
  '2025-04-05-tariff-action-baseline',
  '2025-04-10-meeting-launch',
  '2025-04-24-negotiation-round-1',
  '2025-05-12-negotiation-round-2',
  '2025-06-negotiation-round-3',
  '2025-07-01-tariff-action-negotiated-20',
  'undated-call-officials',
  'undated-proposal-zero-tariffs',
];

describe('GET /v1/events', () => {
  it('lists every event chronologically, undated ones last, with the page envelope', async () => {
    const { status, body } = await getJson(app, '/v1/events');
    expect(status).toBe(200);
    expect(body.data.map((e: { id: string }) => e.id)).toEqual(chronological);
    expect(body.page).toEqual({ limit: 50, nextCursor: null, total: fixture.events.length });
  });

  it('serves the Event shape with actors by name and sources quoting the documents', async () => {
    const { body } = await getJson(app, '/v1/events?round=2');
    const [event] = body.data;
    expect(Object.keys(event)).toEqual([
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
    ]);
    expect(event).toMatchObject({
      id: '2025-05-12-negotiation-round-2',
      type: 'negotiation_round',
      startDate: '2025-05-12',
      endDate: '2025-05-15',
      datePrecision: 'day',
      status: 'occurred',
      round: 2,
      location: 'Washington',
      format: 'in_person',
      confidence: 0.93,
    });
    expect(event.actors).toEqual([
      { id: 'le-van-hung', name: 'Lê Văn Hưng', kind: 'person', role: 'delegate' },
      { id: 'tran-thi-dao', name: 'Trần Thị Đào', kind: 'person', role: 'head of delegation' },
    ]);
    expect(event.sources).toHaveLength(1);
    const [source] = event.sources;
    expect(docB.text.slice(source.start, source.end)).toBe(source.quote);
    expect(source.documentId).toBe('doc-b');
  });

  it('keeps events whose span overlaps [from, to], at their date precision', async () => {
    expect(await ids('/v1/events?from=2025-05-01&to=2025-05-31')).toEqual(['2025-05-12-negotiation-round-2']);
    // A month-precision event belongs to every day of its month.
    expect(await ids('/v1/events?from=2025-06-01')).toEqual([
      '2025-06-negotiation-round-3',
      '2025-07-01-tariff-action-negotiated-20',
    ]);
    expect(await ids('/v1/events?to=2025-04-07')).toEqual([
      '2025-04-tariff-action-reciprocal-38',
      '2025-04-05-tariff-action-baseline',
    ]);
    // A multi-day event is found on any of its days.
    expect(await ids('/v1/events?from=2025-05-14&to=2025-05-14')).toEqual(['2025-05-12-negotiation-round-2']);
    // Coarse parameters: a whole month, a whole year.
    expect(await ids('/v1/events?from=2025-06&to=2025-06')).toEqual(['2025-06-negotiation-round-3']);
    // A coarse `to` reaches the end of its month.
    expect(await ids('/v1/events?from=2025-04-20&to=2025-05')).toEqual([
      '2025-04-tariff-action-reciprocal-38',
      '2025-04-24-negotiation-round-1',
      '2025-05-12-negotiation-round-2',
    ]);
    expect(await ids('/v1/events?from=2025')).toEqual(chronological.slice(0, 7));
    expect(await ids('/v1/events?to=2024')).toEqual([]);
  });

  it('filters by type, status, round, actor and confidence, and counts the filtered set', async () => {
    expect(await ids('/v1/events?type=negotiation_round')).toEqual([
      '2025-04-24-negotiation-round-1',
      '2025-05-12-negotiation-round-2',
      '2025-06-negotiation-round-3',
    ]);
    expect(await ids('/v1/events?status=scheduled')).toEqual([
      '2025-06-negotiation-round-3',
      '2025-07-01-tariff-action-negotiated-20',
    ]);
    expect(await ids('/v1/events?round=1')).toEqual(['2025-04-24-negotiation-round-1']);
    expect(await ids('/v1/events?actor=le-van-hung')).toEqual(['2025-05-12-negotiation-round-2']);
    expect(await ids('/v1/events?actor=tran-thi-dao')).toEqual([
      '2025-04-10-meeting-launch',
      '2025-04-24-negotiation-round-1',
      '2025-05-12-negotiation-round-2',
    ]);
    expect(await ids('/v1/events?minConfidence=0.9')).toEqual([
      '2025-04-05-tariff-action-baseline',
      '2025-04-10-meeting-launch',
      '2025-04-24-negotiation-round-1',
      '2025-05-12-negotiation-round-2',
    ]);
    const { body } = await getJson(app, '/v1/events?type=tariff_action&limit=1');
    expect(body.page.total).toBe(3);
    expect(body.data).toHaveLength(1);
  });

  it('combines filters', async () => {
    expect(await ids('/v1/events?type=negotiation_round&status=occurred&from=2025-05')).toEqual([
      '2025-05-12-negotiation-round-2',
    ]);
  });

  it('searches title and summary: accent- and case-insensitive, every word, word starts', async () => {
    expect(await ids('/v1/events?q=washington')).toEqual(['2025-05-12-negotiation-round-2']);
    expect(await ids('/v1/events?q=WÁSHINGTON')).toEqual(['2025-05-12-negotiation-round-2']);
    expect(await ids('/v1/events?q=wash')).toEqual(['2025-05-12-negotiation-round-2']);
    expect(await ids('/v1/events?q=ashington')).toEqual([]);
    // Both words must match: "Hanoi" alone also finds the proposal.
    expect(await ids('/v1/events?q=hanoi')).toEqual([
      '2025-04-24-negotiation-round-1',
      'undated-proposal-zero-tariffs',
    ]);
    expect(await ids('/v1/events?q=hanoi%20round')).toEqual(['2025-04-24-negotiation-round-1']);
  });
});

describe('GET /v1/events/:id', () => {
  it('answers the event itself', async () => {
    const { status, body } = await getJson(app, '/v1/events/2025-04-10-meeting-launch');
    expect(status).toBe(200);
    expect(body.id).toBe('2025-04-10-meeting-launch');
    expect(body.format).toBe('virtual');
    expect(body.actors.map((a: { id: string }) => a.id)).toEqual(['margaret-oneil', 'tran-thi-dao']);
    for (const s of body.sources) expect(docA.text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('lists what each document reported of its status, oldest report first', async () => {
    const { body } = await getJson(app, '/v1/events/2025-05-12-negotiation-round-2');
    expect(body.status).toBe('occurred');
    expect(body.history).toEqual([
      { status: 'scheduled', documentId: 'doc-a', reportedOn: '2025-04-25' },
      { status: 'occurred', documentId: 'doc-b', reportedOn: null },
    ]);
    const launch = await getJson(app, '/v1/events/2025-04-10-meeting-launch');
    expect(launch.body.history).toEqual([]);
  });

  it('answers undated events with null dates', async () => {
    const { body } = await getJson(app, '/v1/events/undated-call-officials');
    expect(body).toMatchObject({ startDate: null, endDate: null, datePrecision: 'unknown', round: null, actors: [] });
  });

  it('is a 404 problem for an unknown id', async () => {
    const { status, type, body } = await getJson(app, '/v1/events/no-such-event');
    expect(status).toBe(404);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ status: 404, title: 'Not Found', instance: '/v1/events/no-such-event' });
  });
});
