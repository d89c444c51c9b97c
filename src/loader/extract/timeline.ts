// The events a document reports, as they are told: what tariff actions and events share — who
// took part in what a sentence tells, and how an act on a tariff becomes its own event.
import { isAfter } from '../recognise/dates.js';
import { sidesOf, type DocumentContext, type ResolvedSentence } from '../recognise/sentence.js';
import type { DatePrecision, EventMention, EventStatus } from '../types.js';
import type { Actors } from './actors.js';
import { sentenceSpan } from './measures.js';

export interface OpenEvent {
  mention: EventMention;
  paragraph: number;
  personKeys: Set<string>;
  /** How frames refer back to it: rounds by number, tariff actions by their measure ("act:…" when rateless). */
  tariffKey: string | null;
}

export interface TariffAct {
  title: string;
  startDate: string | null;
  datePrecision: DatePrecision;
  status: EventStatus;
  imposer: string;
  target: string;
  identity: string;
  roles: Map<string, string>;
  confidence: number;
  tariffKey: string;
}

export const eventLabel = (m: EventMention) => `event "${m.title}" ${m.startDate ?? 'undated'}`;

export class Timeline {
  constructor(
    private readonly ctx: DocumentContext,
    private readonly actors: Actors,
    readonly open: OpenEvent[] = [],
  ) {}

  participantsOf(f: ResolvedSentence, roles: Map<string, string> = new Map()) {
    const out = new Map<string, string>();
    for (const a of f.actors) out.set(a.key, roles.get(a.key) ?? 'participant');
    for (const c of f.countries) {
      // A capital names where, not who ("in Paris"): it makes no party.
      if (c.form === 'capital') continue;
      const key = this.actors.countryActor(c.code, f);
      if (!out.has(key)) out.set(key, roles.get(key) ?? 'party');
    }
    for (const [k, r] of roles) if (!out.has(k)) out.set(k, r);
    return out;
  }

  sidesFor(f: ResolvedSentence) {
    const s = sidesOf(f);
    return (s.length >= 2 ? s.slice(0, 2) : this.ctx.mainPair).sort();
  }

  dayStatus(date: string): EventStatus {
    return this.ctx.publishedDate && isAfter(date, this.ctx.publishedDate) ? 'scheduled' : 'occurred';
  }

  /** An act on a tariff, told by sentence `f`: its own event, citing the sentence. */
  pushTariffAction(f: ResolvedSentence, a: TariffAct, rule: string) {
    // The same act told twice in a sentence ("the 30% rate … a 30% tariff") is one event.
    const same = this.open.find((e) => e.mention.identity === a.identity && e.mention.startDate === a.startDate);
    if (same) {
      if (!same.mention.spans.some((x) => x.start === f.start)) same.mention.spans.push(sentenceSpan(f));
      this.ctx.debug(() => ({
        rule: `${rule} (same act)`,
        action: 'changed',
        row: same.mention,
        what: eventLabel(same.mention),
        sentence: f,
      }));
      return;
    }
    const mention: EventMention = {
      type: 'tariff_action',
      title: a.title,
      summary: f.text,
      startDate: a.startDate,
      endDate: null,
      datePrecision: a.datePrecision,
      status: a.status,
      round: null,
      location: null,
      format: null,
      countries: [a.imposer, a.target].sort(),
      identity: a.identity,
      participants: [...this.participantsOf(f, a.roles)].map(([actorKey, role]) => ({ actorKey, role })),
      spans: [sentenceSpan(f)],
      confidence: a.confidence,
    };
    this.open.push({
      mention,
      paragraph: f.paragraph,
      personKeys: new Set(f.actors.filter((x) => x.kind === 'person').map((x) => x.key)),
      tariffKey: a.tariffKey,
    });
    this.ctx.debug(() => ({ rule, action: 'made', row: mention, what: eventLabel(mention), sentence: f }));
  }
}
