import { describe, expect, it } from 'vitest';
import {
  actorNameKey,
  byCount,
  directionKey,
  eventIdentityKey,
  eventKey,
  figureKey,
  fitsName,
  flowKey,
  majority,
  measureKey,
  measureSlotKey,
  mostCommon,
  nameTokens,
  nonAscii,
  opensWithBareTitle,
  opensWithTitle,
  precisionOf,
  readEventIdentity,
  sameFlow,
  sameRate,
  type EventIdentity,
  type MeasureKey,
  type MeasureSlot,
} from '../../src/loader/identity.js';

const distinct = (keys: string[]) => new Set(keys).size === keys.length;

describe('merge keys', () => {
  const measure: MeasureKey = { imposer: 'US', target: 'VN', rate: 46, scope: 'main' };

  it('a measure key tells apart direction, rate and scope, and is the same for the same measure', () => {
    expect(measureKey({ ...measure })).toBe(measureKey(measure));
    expect(
      distinct([
        measureKey(measure),
        measureKey({ ...measure, imposer: 'VN', target: 'US' }),
        measureKey({ ...measure, rate: 4.6 }),
        measureKey({ ...measure, rate: 20 }),
        measureKey({ ...measure, scope: 'sectoral' }),
        measureKey({ ...measure, scope: 'plain' }),
      ]),
    ).toBe(true);
  });

  it('sameRate ignores the scope only', () => {
    expect(sameRate(measure, { ...measure, scope: 'plain' })).toBe(true);
    expect(sameRate(measure, { ...measure, rate: 20 })).toBe(false);
    expect(sameRate(measure, { ...measure, imposer: 'VN', target: 'US' })).toBe(false);
  });

  it('event identities keep the form extract writes, and read back to the same value', () => {
    const ids: EventIdentity[] = [
      { kind: 'round', round: 2 },
      { kind: 'measure-act', imposer: 'US', target: 'VN', rate: 46, status: 'announced' },
      { kind: 'measure-act', imposer: 'US', target: 'VN', rate: 46, status: 'paused' },
      { kind: 'measure-act', imposer: 'US', target: 'VN', rate: 7.5, status: 'in_effect' },
      { kind: 'tariff-act', imposer: 'US', target: 'CA', status: 'in_effect', date: '2025-08-07' },
      { kind: 'tariff-act', imposer: 'US', target: 'CA', status: 'in_effect', date: '2025-08-06' },
    ];
    expect(eventIdentityKey(ids[0]!)).toBe('round:2');
    expect(eventIdentityKey(ids[1]!)).toBe('tariff:US>VN:46:announced');
    expect(eventIdentityKey(ids[4]!)).toBe('tariff:US>CA:in_effect:2025-08-07');
    expect(distinct(ids.map(eventIdentityKey))).toBe(true);
    for (const id of ids) expect(readEventIdentity(eventIdentityKey(id))).toEqual(id);
    expect(readEventIdentity(null)).toBeNull();
  });

  it('an event key tells apart sides, identity, day, and undated events by who took part', () => {
    const sides = ['US', 'VN'];
    expect(eventKey({ sides, identity: 'round:2' })).toBe('US-VN|round:2');
    expect(eventKey({ sides, type: 'meeting', date: null, people: ['bessent', 'greer'] })).toBe(
      'US-VN|meeting|undated|bessent,greer',
    );
    expect(
      distinct([
        eventKey({ sides, identity: 'round:2' }),
        eventKey({ sides, identity: 'round:3' }),
        eventKey({ sides: ['CN', 'US'], identity: 'round:2' }),
        eventKey({ sides, type: 'meeting', day: '2025-07-02' }),
        eventKey({ sides, type: 'call', day: '2025-07-02' }),
        eventKey({ sides, type: 'meeting', date: '2025-07', people: [] }),
        eventKey({ sides, type: 'meeting', date: null, people: ['greer'] }),
        eventKey({ sides, type: 'meeting', date: null, people: ['bessent'] }),
      ]),
    ).toBe(true);
  });

  it("an actor's name key folds the name and keeps an organization's country apart", () => {
    const org = { kind: 'organization', country: 'VN', name: 'Ministry of Commerce' } as const;
    expect(actorNameKey({ ...org, name: 'MINISTRY of commerce' })).toBe(actorNameKey(org));
    expect(
      distinct([
        actorNameKey(org),
        actorNameKey({ ...org, country: 'CN' }),
        actorNameKey({ ...org, country: null }),
        actorNameKey({ ...org, kind: 'person', country: null }),
      ]),
    ).toBe(true);
    expect(actorNameKey({ kind: 'person', country: null, name: 'Nguyễn Hồng Diên' })).toBe('person:nguyen hong dien');
  });

  it('a flow key tells apart direction and period; a direction key the way a measure runs', () => {
    const flow = { exporter: 'VN', importer: 'US', period: '2024' };
    expect(
      distinct([
        flowKey(flow),
        flowKey({ ...flow, exporter: 'US', importer: 'VN' }),
        flowKey({ ...flow, period: '2024-Q1' }),
      ]),
    ).toBe(true);
    expect(directionKey(['US', 'VN'])).not.toBe(directionKey(['VN', 'US']));
  });

  it('a measure slot tells apart direction, rate and which measure of that rate, and is the same for the same slot', () => {
    const slot: MeasureSlot = { imposer: 'US', target: 'VN', rate: 46, n: 0 };
    expect(measureSlotKey({ ...slot })).toBe(measureSlotKey(slot));
    expect(
      distinct([
        measureSlotKey(slot),
        measureSlotKey({ ...slot, imposer: 'VN', target: 'US' }),
        measureSlotKey({ ...slot, target: 'CN' }),
        measureSlotKey({ ...slot, rate: 4.6 }),
        measureSlotKey({ ...slot, rate: 20 }),
        measureSlotKey({ ...slot, n: 1 }),
        measureSlotKey({ ...slot, rate: 4, n: 60 }),
      ]),
    ).toBe(true);
  });

  it('a figure key tells apart the flow and the value first told; sameFlow compares the flow only', () => {
    const flow = { exporter: 'VN', importer: 'US', period: '2024' };
    const figure = { flow, valueUsd: 136_600_000_000 };
    expect(figureKey({ flow: { ...flow }, valueUsd: 136_600_000_000 })).toBe(figureKey(figure));
    expect(
      distinct([
        figureKey(figure),
        figureKey({ ...figure, valueUsd: 123_500_000_000 }),
        figureKey({ ...figure, flow: { ...flow, exporter: 'US', importer: 'VN' } }),
        figureKey({ ...figure, flow: { ...flow, period: '2024-Q1' } }),
      ]),
    ).toBe(true);
    expect(sameFlow(flow, { ...flow })).toBe(true);
    expect(sameFlow(flow, { ...flow, period: '2025' })).toBe(false);
    expect(sameFlow(flow, { ...flow, exporter: 'US', importer: 'VN' })).toBe(false);
  });
});

describe('names', () => {
  it('name tokens are folded words', () => {
    expect(nameTokens('Nguyễn Hồng Diên')).toEqual(['nguyen', 'hong', 'dien']);
    expect(nameTokens("  Jamieson  Greer's ")).toEqual(['jamieson', 'greer', 's']);
    expect(nameTokens('')).toEqual([]);
  });

  it('counts the letters beyond ASCII', () => {
    expect(nonAscii('Nguyễn Hồng Diên')).toBe(3);
    expect(nonAscii('Nguyen Hong Dien')).toBe(0);
  });

  it('one word fits a name it starts or ends', () => {
    const name = nameTokens('Jamieson Lee Greer');
    expect(fitsName(['greer'], name)).toBe(true);
    expect(fitsName(['jamieson'], name)).toBe(true);
    expect(fitsName(['lee'], name)).toBe(false);
  });

  it('more words fit when all are in the name and the last ends it', () => {
    const name = nameTokens('Nguyễn Hồng Diên');
    expect(fitsName(nameTokens('Hồng Diên'), name)).toBe(true);
    expect(fitsName(nameTokens('Nguyen Dien'), name)).toBe(true);
    expect(fitsName(nameTokens('Dien Hong'), name)).toBe(false);
    expect(fitsName(nameTokens('Hong Dien Thi'), name)).toBe(false);
  });

  it("extract's bare-name rule: five titles, as a word", () => {
    expect(opensWithBareTitle('Minister Diên')).toBe(true);
    expect(opensWithBareTitle('Secretary')).toBe(true);
    expect(opensWithBareTitle('Minister-designate Diên')).toBe(true);
    expect(opensWithBareTitle('Ministerial talks')).toBe(false);
    expect(opensWithBareTitle('Governor Newsom')).toBe(false);
    expect(opensWithBareTitle('the Minister')).toBe(false);
  });

  it("resolve's canonical-name rule: ten titles, followed by a space", () => {
    expect(opensWithTitle('Minister Diên')).toBe(true);
    expect(opensWithTitle('Governor Newsom')).toBe(true);
    expect(opensWithTitle('Chancellor Merz')).toBe(true);
    expect(opensWithTitle('Secretary')).toBe(false);
    expect(opensWithTitle('Minister-designate Diên')).toBe(false);
    expect(opensWithTitle('Jamieson Greer')).toBe(false);
  });
});

describe('precision and counts', () => {
  it('the precision of a date is read from how it is written', () => {
    expect(precisionOf('2025-04-02')).toBe('day');
    expect(precisionOf('2025-04')).toBe('month');
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf(null)).toBe('unknown');
  });

  it('byCount puts the most frequent first, ties by the tie rule, else as first seen', () => {
    expect(byCount(['b', 'a', 'b', 'c', 'a']).map((x) => [x.value, x.count])).toEqual([
      ['b', 2],
      ['a', 2],
      ['c', 1],
    ]);
    expect(byCount(['b', 'a', 'b', 'a'], (x, y) => x.localeCompare(y)).map((x) => x.value)).toEqual(['a', 'b']);
    expect(byCount([[1, 2] as const, [1, 2] as const, [2, 1] as const], undefined, (p) => p.join())[0]!.count).toBe(2);
  });

  it('mostCommon breaks a tie alphabetically and is null for nothing', () => {
    expect(mostCommon(['VN', 'US', 'VN'])).toBe('VN');
    expect(mostCommon(['VN', 'US'])).toBe('US');
    expect(mostCommon([])).toBeNull();
  });

  it('a majority is more than half: a tie or a plurality is none', () => {
    const key = (p: readonly [string, string]) => directionKey(p);
    expect(
      majority(
        [
          ['US', 'VN'],
          ['US', 'VN'],
          ['VN', 'US'],
        ] as const,
        key,
      ),
    ).toEqual(['US', 'VN']);
    expect(
      majority(
        [
          ['US', 'VN'],
          ['VN', 'US'],
        ] as const,
        key,
      ),
    ).toBeNull();
    expect(majority(['a', 'a', 'b', 'c'])).toBeNull();
    expect(majority([])).toBeNull();
  });
});
