// The problems a round lookup answers: a number no article reports (404, linking the launch of
// the talks), and a number several negotiations have (409, listing each: never one silently).
import type { NegotiationRef } from '../contracts/negotiations.js';
import type { Round, TalksLaunch } from '../contracts/rounds.js';
import { HttpProblem, problemTypes, type ProblemLink } from '../lib/problem.js';

export const WHAT_A_ROUND_IS =
  'A round is a negotiation session the articles number ("the second round of negotiations"); numbers belong to a negotiation.';

const launchLink = (l: TalksLaunch): ProblemLink => ({ rel: 'launch', href: l.href, title: l.title });

/** The 404 for a round no article numbers; it points to the launch of the talks, often taken for round one. */
export function roundNotFound(round: number, launches: TalksLaunch[], of?: NegotiationRef): HttpProblem {
  const none = `No article reports a round ${round}${of ? ` of the ${of.title}` : ''}. ${WHAT_A_ROUND_IS}`;
  if (launches.length === 0) return new HttpProblem(404, 'Not Found', none, problemTypes.notFound);
  const told = launches.map((l) => {
    const when = l.startDate === null ? '' : ` of ${l.startDate}`;
    return `the ${l.type}${when} '${l.title}' (${l.href})`;
  });
  const detail = `${none} The talks were launched by ${told.join(', and ')}, no numbered round.`;
  return new HttpProblem(404, 'Not Found', detail, problemTypes.notFound, undefined, launches.map(launchLink));
}

/** The 409 for a number several negotiations have: each candidate round, never one of them silently. */
export function ambiguousRound(round: number, candidates: Round[]): HttpProblem {
  const hrefOf = (r: Round) =>
    r.negotiation ? `/v1/negotiations/${r.negotiation.id}/rounds/${round}` : `/v1/events/${encodeURIComponent(r.id)}`;
  const named = candidates.map((r) => (r.negotiation ? `${r.negotiation.id} (${r.negotiation.title})` : r.id));
  const detail =
    `Round ${round} is numbered in ${candidates.length} negotiations: ${named.join(', ')}. ` +
    `Ask /v1/negotiations/{id}/rounds/${round} for one; links lists each.`;
  const links = candidates.map((r) => ({ rel: 'candidate', href: hrefOf(r), title: r.title }));
  return new HttpProblem(409, 'Conflict', detail, problemTypes.ambiguousRound, undefined, links);
}
