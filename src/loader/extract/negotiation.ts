// Which negotiation each event belongs to: the talks between the two sides its passages tie it to.
// An event told among more sides ("rates for 14 countries, Vietnam among them") belongs to the
// document's own pair when its own two sides are that pair and one other side is named in passing,
// else to none: never to two sides picked from a list (docs/decisions/012-negotiations.md).
import { countryKey, type DocumentContext } from '../recognise/sentence.js';
import type { EventMention } from '../types.js';
import type { Actors } from './actors.js';
import { eventLabel } from './timeline.js';

/** The sides an event's passages name as parties: its country participants and its own two sides. */
function namedSides(actors: Actors, e: EventMention): Set<string> {
  const sides = new Set(e.countries);
  for (const p of e.participants) {
    const country = actors.registry.actors.get(p.actorKey)?.country;
    // A country (or the EU) as a party, not a person or office of it.
    if (country && p.actorKey === countryKey(country)) sides.add(country);
  }
  return sides;
}

function pairOf(ctx: DocumentContext, sides: Set<string>, e: EventMention): string[] | null {
  const two = e.countries.length === 2 && e.countries[0] !== e.countries[1];
  if (!two) return null;
  // An act on a measure is between the measure's two sides, whoever else the sentence names.
  if ((e.type === 'tariff_action' && e.identity) || sides.size <= 2) return [...e.countries];
  // A third side beside the document's own pair is named in passing ("in Geneva, Switzerland",
  // "like Japan"); four or more make an act on many countries, which is no one pair's.
  const own = ctx.mainPair;
  return sides.size === 3 && own.join() === e.countries.join() ? [...own] : null;
}

/** Sets each event's `negotiation`, reporting the events told among more sides than two. */
export function tieToNegotiations(ctx: DocumentContext, actors: Actors, events: EventMention[]): EventMention[] {
  for (const e of events) {
    const sides = namedSides(actors, e);
    e.negotiation = pairOf(ctx, sides, e);
    if (sides.size > 2)
      ctx.debug(() => ({
        rule: 'events.negotiation',
        action: 'changed',
        row: e,
        what: `${eventLabel(e)}: told among ${sides.size} sides, belongs to ${e.negotiation?.join('–') ?? 'no negotiation'}`,
      }));
  }
  return events;
}
