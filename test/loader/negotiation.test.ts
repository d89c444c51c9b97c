// Which negotiation an event belongs to (extract/negotiation.ts), and what a negotiation is made of
// (resolve/negotiations.ts).
import { describe, expect, it } from 'vitest';
import {
  negotiationId,
  negotiationsOf,
  negotiationStatus,
  negotiationTitle,
} from '../../src/loader/resolve/negotiations.js';
import { events, load } from './helpers.js';

const byTitle = (paragraphs: string[], date = '- July 8, 2025') => load({ title: 'Trade talks', date, paragraphs }).x;

describe('the negotiation of an event', () => {
  it('is the pair of its two sides', () => {
    const x = byTitle([
      'Vietnam and the United States held a second round of trade negotiations in Washington on May 19, 2025.',
    ]);
    expect(events(x, 'negotiation_round').map((e) => e.negotiation)).toEqual([['US', 'VN']]);
  });

  it("is the document's own pair when one more side is named in passing", () => {
    const x = byTitle([
      'Vietnam and the United States met in Washington on May 19, 2025 for a second round of trade negotiations.',
      'Negotiators of Vietnam and the United States met in Hanoi on June 2, 2025, as talks between Japan and the United States stalled.',
      'Vietnam hopes for a deal before the United States raises its tariffs.',
    ]);
    const met = events(x).find((e) => e.startDate === '2025-06-02');
    expect(met?.participants.map((p) => p.actorKey)).toContain('country:JP');
    expect(met?.countries).toEqual(['US', 'VN']);
    expect(met?.negotiation).toEqual(['US', 'VN']);
  });

  it("is none when its own two sides are not the document's pair and a third is named", () => {
    const x = byTitle([
      'Vietnam and the United States met in Washington on May 19, 2025 for a second round of trade negotiations.',
      'Vietnam and the United States will meet again in Hanoi in June.',
      'Japan and the United States met in Tokyo on June 2, 2025, while Vietnam waited for its own round.',
    ]);
    const met = events(x).find((e) => e.startDate === '2025-06-02');
    expect(met?.countries).toEqual(['JP', 'US']);
    expect(met?.negotiation).toBeNull();
  });

  it('is none for an act told among many countries', () => {
    const x = byTitle([
      'President Donald Trump on Monday signed an order setting new tariff rates for Japan, South Korea and Vietnam.',
      'Japan said it would keep negotiating with the United States.',
    ]);
    const order = events(x).find((e) => e.startDate === '2025-07-07');
    expect(order).toBeDefined();
    expect(order!.negotiation).toBeNull();
  });
});

describe('negotiations of merged rows', () => {
  const cite = (documentId: string) => [{ documentId }];
  const event = (pair: string[] | null, type: any, documentId: string, more: Record<string, unknown> = {}) => ({
    pair,
    type,
    status: 'occurred',
    startDate: '2025-05-01',
    endDate: null,
    round: null,
    sources: cite(documentId),
    ...more,
  });

  it('are named by their two codes in either order, and titled by name', () => {
    expect(negotiationId('VN', 'US')).toBe('us-vn');
    expect(negotiationId('US', 'VN')).toBe('us-vn');
    expect(negotiationTitle('VN', 'US')).toBe('United States–Vietnam trade negotiations');
    expect(negotiationTitle('US', 'EU')).toBe('European Union–United States trade negotiations');
  });

  it('stand where their events say', () => {
    expect(negotiationStatus([event(['JP', 'US'], 'tariff_action', 'a')])).toBe('no_talks_reported');
    expect(negotiationStatus([event(['JP', 'US'], 'meeting', 'a')])).toBe('ongoing');
    expect(negotiationStatus([event(['JP', 'US'], 'agreement', 'a', { status: 'scheduled' })])).toBe('ongoing');
    expect(negotiationStatus([event(['JP', 'US'], 'agreement', 'a')])).toBe('agreement_reached');
  });

  it('exist where events tie two sides, and gather the measures and figures of those sides alone', () => {
    const r = negotiationsOf({
      actors: [{ id: 'japan', kind: 'country', name: 'Japan', country: 'JP' }],
      events: [
        event(['JP', 'US'], 'negotiation_round', 'a', { round: 2, startDate: '2025-05-01' }),
        event(['JP', 'US'], 'meeting', 'b', { startDate: '2025-04', endDate: null }),
        event(['JP', 'US'], 'call', 'b', { startDate: null }),
        event(null, 'tariff_action', 'c'),
      ],
      tariffs: [
        { id: 'us-jp-24', imposingCountry: 'US', targetCountry: 'JP', sources: cite('c') },
        { id: 'us-kr-25', imposingCountry: 'US', targetCountry: 'KR', sources: cite('c') },
      ],
      tradeStats: [{ id: 'jp-to-us', exporter: 'JP', importer: 'US', sources: cite('d') }],
    });
    expect(r.negotiations).toEqual([
      {
        id: 'jp-us',
        title: 'Japan–United States trade negotiations',
        partyA: 'JP',
        partyB: 'US',
        partyAActor: 'japan',
        partyBActor: null,
        status: 'ongoing',
        firstDate: '2025-04',
        lastDate: '2025-05-01',
        eventCount: 3,
        roundCount: 1,
        documentCount: 4,
        searchText: 'japan united states trade negotiations japan united states jp us',
      },
    ]);
    expect(r.events.map((e) => e.negotiationId)).toEqual(['jp-us', 'jp-us', 'jp-us', null]);
    expect(r.tariffs.map((t) => t.negotiationId)).toEqual(['jp-us', null]);
    expect(r.tradeStats.map((s) => s.negotiationId)).toEqual(['jp-us']);
  });
});
