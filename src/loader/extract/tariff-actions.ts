// Stage 3, tariff actions: a dated act on a measure ("announced", "took effect") is an event of its
// own; so is an act on tariffs told with no rate ("The new duties take effect Aug. 6").
import { directionKey, eventIdentityKey, measureSlotKey, precisionOf } from '../identity.js';
import { countryKey, type DocumentContext } from '../recognise/sentence.js';
import { run, type Recogniser } from '../recognise/recogniser.js';
import { TARIFF_ACT, type TariffActFrame } from '../recognise/tariffs/index.js';
import type { TariffMention } from '../types.js';
import type { Actors } from './actors.js';
import { directionOf, sentenceSpan, type ToldRate } from './measures.js';
import { CHANGE_VERB, laterChange } from './tariff-history.js';
import { eventLabel, Timeline, type OpenEvent } from './timeline.js';

// The event is what this sentence reports, even when later sentences change the measure's status.
const VERB = {
  announced: 'announces',
  in_effect: 'puts into effect',
  paused: 'pauses',
  withdrawn: 'withdraws',
  superseded: 'replaces',
  proposed: 'proposes',
} as const;

const ACT_VERB = {
  announced: 'announces',
  in_effect: 'puts into effect',
  paused: 'pauses',
  withdrawn: 'lifts',
} as const;

function rateAction(timeline: Timeline, actors: Actors, { frame: told, f, slot, measure: m }: ToldRate) {
  let frame = told;
  // A tariff action is a dated act on this rate ("announced", "took effect"); a rate proposed,
  // left behind, or only described ("have paid a 10% tariff since April") is not one.
  // "lowered from the 24% announced on 2 April", "would remove the 15% it had imposed in March": the
  // day a sentence gives is the rate's announcement, an act whatever the rate's status is now.
  if (frame.announcedOn && frame.announcedDate) frame = { ...frame, status: 'announced' };
  if (frame.status === 'proposed' || frame.status === 'superseded' || (!frame.announcedDate && !frame.effectiveDate))
    return;
  // "Since Aug. 7, goods have paid a 20% tariff": the entry into force, told as a state.
  if (!TARIFF_ACT.test(f.text) && !(frame.status === 'in_effect' && frame.effectiveDate)) return;
  const roles = new Map<string, string>([
    [countryKey(m.imposingCountry), 'imposer'],
    [countryKey(m.targetCountry), 'target'],
  ]);
  if (m.announcedByKey) roles.set(m.announcedByKey, 'announcer');
  const actionDate =
    frame.status === 'in_effect'
      ? (frame.effectiveDate ?? frame.announcedDate)
      : (frame.announcedDate ?? frame.effectiveDate);
  const imposerName = actors.registry.nameOf(countryKey(m.imposingCountry));
  const targetName = actors.registry.nameOf(countryKey(m.targetCountry));
  const sides = { imposer: m.imposingCountry, target: m.targetCountry, rate: m.ratePercent };
  const act = {
    imposer: m.imposingCountry,
    target: m.targetCountry,
    roles,
    confidence: m.confidence,
    tariffKey: measureSlotKey(slot),
  };
  timeline.pushTariffAction(
    f,
    {
      ...act,
      title: `${imposerName} ${VERB[frame.status]} ${m.ratePercent}% ${m.kind === 'general' ? '' : `${m.kind.replace(/_/g, ' ')} `}tariff on ${targetName}`,
      startDate: actionDate,
      datePrecision: precisionOf(actionDate),
      status: frame.hedged ? 'unconfirmed' : actionDate ? timeline.dayStatus(actionDate) : 'occurred',
      // One event per act on the measure: its announcement, its pause, its entry into force.
      identity: eventIdentityKey({ kind: 'measure-act', ...sides, status: frame.status }),
    },
    'tariff-actions.rate',
  );
  // The sentence's second act on the rate, when it has its own day: "… and paused on April 9".
  const later = laterChange(f, frame);
  const laterDate = later?.date?.start.date;
  if (later && laterDate && laterDate !== actionDate) {
    timeline.pushTariffAction(
      f,
      {
        ...act,
        title: `${imposerName} ${CHANGE_VERB[later.status] ?? 'changes'} ${m.ratePercent}% tariff on ${targetName}`,
        startDate: laterDate,
        datePrecision: later.date!.start.precision,
        status: timeline.dayStatus(laterDate),
        identity: eventIdentityKey({ kind: 'measure-act', ...sides, status: later.status }),
      },
      'tariff-actions.later-change',
    );
  }
}

function ratelessAction(
  ctx: DocumentContext,
  timeline: Timeline,
  actors: Actors,
  f: DocumentContext['sentences'][number],
  act: TariffActFrame,
) {
  const countries = [act.imposingCountry, act.targetCountry].sort();
  const startDate = act.date.start.date!;
  const same = timeline.open.find(
    (e) =>
      e.mention.type === 'tariff_action' &&
      e.mention.startDate === startDate &&
      e.mention.countries.join() === countries.join(),
  );
  if (same) {
    if (!same.mention.spans.some((x) => x.start === f.start)) same.mention.spans.push(sentenceSpan(f));
    ctx.debug(() => ({
      rule: 'tariff-actions.rateless (same day)',
      action: 'changed',
      row: same.mention,
      what: eventLabel(same.mention),
      sentence: f,
    }));
    return;
  }
  const name = (code: string) => actors.registry.nameOf(actors.countryActor(code, f));
  timeline.pushTariffAction(
    f,
    {
      title: `${name(act.imposingCountry)} ${ACT_VERB[act.status]} tariffs on ${name(act.targetCountry)}`,
      startDate,
      datePrecision: act.date.start.precision,
      status: timeline.dayStatus(startDate),
      imposer: act.imposingCountry,
      target: act.targetCountry,
      identity: eventIdentityKey({
        kind: 'tariff-act',
        imposer: act.imposingCountry,
        target: act.targetCountry,
        status: act.status,
        date: startDate,
      }),
      roles: new Map([
        [countryKey(act.imposingCountry), 'imposer'],
        [countryKey(act.targetCountry), 'target'],
      ]),
      // No rate: less sure what was acted on than when a rate is named.
      confidence: 0.7,
      // Kept apart from the talks that later sentences may refer back to.
      tariffKey: `act:${directionKey([act.imposingCountry, act.targetCountry])}`,
    },
    'tariff-actions.rateless',
  );
}

export function tariffActions(
  ctx: DocumentContext,
  actors: Actors,
  measures: { measures: TariffMention[]; told: ToldRate[] },
  acts: Recogniser<TariffActFrame>,
): OpenEvent[] {
  const timeline = new Timeline(ctx, actors);
  for (const told of measures.told) rateAction(timeline, actors, told);
  // Acts on tariffs with no rate given: an event, unless the same act on the same day is already one.
  const actCtx = { ...ctx, knownDirection: directionOf(measures.measures) };
  for (const f of ctx.sentences) for (const act of run(acts, actCtx, f)) ratelessAction(ctx, timeline, actors, f, act);
  return timeline.open;
}
