// Trade flows a sentence states: an amount of dollars next to an export or import verb, the two
// sides it names, and the period. "Vietnam exported over $120 billion in goods to the US in
// 2023, while importing approximately $15 billion in return" gives both directions.
import type { Qualifier } from '../types.js';
import type { DateFound } from './dates.js';
import type { MoneyFound } from './money.js';
import type { DocumentContext, ResolvedSentence } from './sentence.js';

export interface TradeStatFrame {
  index: number;
  text: string;
  exporter: string;
  importer: string;
  period: string;
  valueUsd: number;
  qualifier: Qualifier;
  sourceOrganizationKey: string | null;
}

// ("bought $136.6 billion worth of goods from Vietnam … while selling it just $13.1 billion", "took in
// $119.5 billion worth of Vietnamese goods")
const FLOW =
  /\b(?:(export(?:ed|s|ing)?|shipp(?:ed|ing)|shipments|sent|sold|sell(?:s|ing)?|sales)|(import(?:ed|s|ing)?|bought|purchas(?:ed|es|ing)|t(?:ook|akes?|aking)\s+in))\b/gi;
// Totals and balances are not flows between two sides.
const NOT_A_FLOW =
  /\b(?:surplus|deficit|two-way|bilateral\s+trade|total\s+trade|trade\s+turnover|investment|worth\s+of\s+deals)\b/i;
// "the United States was the Philippines' top export destination": the possessor exports.
const EXPORT_DESTINATION =
  /^(?:’s|'s|’|')\s+(?:(?:top|largest|biggest|main|leading|most\s+important|second-largest|third-largest)\s+)?export\s+(?:destination|market)\b/i;
// A side named after a preposition is an object ("imports from Vietnam"), not the clause's subject.
const OBJECT_BEFORE = /\b(?:to|from|with|into|in|at|for|on|than|against|by)\s+(?:the\s+)?$/i;
const SOURCE = /\b(?:according\s+to|citing|data\s+from|figures\s+from|statistics\s+from|per)\b/i;

/** A period from the sentence's dates: '2023', '2025-04', or '2025-01/2025-05'. */
function periodOf(dates: DateFound[]): string | null {
  // A period the text states outright wins over one counted from publication ("a year earlier").
  const periods = dates.filter((x) => x.start.precision === 'year' || x.start.precision === 'month');
  const d = periods.find((x) => !x.relative || x.end) ?? periods[0] ?? null;
  if (!d?.start.date) return null;
  if (d.end?.date && d.end.date !== d.start.date) return `${d.start.date.slice(0, 7)}/${d.end.date.slice(0, 7)}`;
  return d.start.date;
}

// ("… $4.87 billion in the half": the half-year the figure before was for)
const SAME_PERIOD = /\b(?:over|in|during|for)\s+the\s+(?:same\s+(?:period|months|time)|half|quarter|period)\b/i;

const yearEarlierAfter = (text: string, at: number) =>
  /^\s*(?:a\s+year\s+(?:earlier|before|ago)|in\s+the\s+same\s+period\s+(?:of\s+)?(?:last\s+year|a\s+year\s+earlier))/i.test(
    text.slice(at, at + 40),
  );
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|against|versus|from)\s+(?:about\s+|around\s+|nearly\s+)?$/i;

/** A month or span of months told right after an amount ("$8.01 billion in July"). */
function periodRightAfter(f: ResolvedSentence, at: number): string | null {
  const d = f.dates.find(
    // ("22.66 billion ringgit ($5.4 billion) in March": past the bracket)
    (x) =>
      x.index >= at &&
      /^[)\]]?\s*(?:in|for|during)\s+$/i.test(f.text.slice(at, x.index)) &&
      x.start.precision !== 'day',
  );
  return d ? periodOf([d]) : null;
}

/** The same period a year earlier: '2025-01/2025-06' → '2024-01/2024-06'. */
const yearBack = (period: string) => period.replace(/\b(\d{4})/g, (y) => String(Number(y) - 1));

type Side = { index: number; code: string; end: number };

/** The two sides of an amount in the sentence (none when it cannot tell them). */
function amountSides(f: ResolvedSentence, allSides: Side[], money: MoneyFound): Side[] {
  // The two sides of this amount: those named up to the end of its clause ("…, making the US its
  // second-largest market after China" names a third country, no side).
  const clauseEnd = f.text.slice(money.index).search(/[,;]\s+(?!and\b)|\s+—/);
  const near = allSides.filter((x) => clauseEnd < 0 || x.index < money.index + clauseEnd);
  // Otherwise the sentence's two sides, wherever named ("according to the US Commerce Department").
  let sides = new Set(near.map((x) => x.code)).size === 2 ? near : allSides;
  // "US imports from China fell to $X, while imports from Vietnam climbed to $Y": three countries,
  // and each amount's two are the sentence's subject and the one it comes from.
  if (new Set(sides.map((x) => x.code)).size > 2) {
    const lastVerb = [...f.text.slice(0, money.index).matchAll(FLOW)].at(-1);
    const from = lastVerb
      ? allSides.find(
          (x) =>
            x.index > lastVerb.index &&
            x.index < money.index &&
            /\bfrom\s+(?:the\s+)?$/i.test(f.text.slice(lastVerb.index, x.index)),
        )
      : undefined;
    const subjectSide = allSides.find((x) => !OBJECT_BEFORE.test(f.text.slice(Math.max(0, x.index - 12), x.index)));
    sides = from && subjectSide && from.code !== subjectSide.code ? [subjectSide, from] : [];
  }
  return sides;
}

/** The subject of the amount's clause: who exports or imports. */
function clauseSubject(
  f: ResolvedSentence,
  sides: Side[],
  codes: string[],
  verb: RegExpExecArray,
  exporting: boolean,
): string | null {
  // The clause's subject: the last side named before the verb in its clause; "while importing …"
  // keeps the subject of the clause before it; "exports from Vietnam" / "imports from Japan"
  // name one side after the verb.
  const head = f.text.slice(0, verb.index);
  const clause = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('—'), 0);
  const ownSubject =
    sides
      .filter(
        (s) =>
          s.index >= clause &&
          s.end <= verb.index &&
          !OBJECT_BEFORE.test(f.text.slice(Math.max(0, s.index - 12), s.index)),
      )
      .pop()?.code ?? null;
  const from = sides.find(
    (s) => s.index > verb.index && /\bfrom\s+(?:the\s+)?$/i.test(f.text.slice(verb.index, s.index)),
  );
  const fromSubject = from ? (exporting ? from.code : codes.find((c) => c !== from.code)!) : null;
  // "Exports to the US rose to $101.4 billion": the destination named, the exporter is the other side.
  const to = exporting
    ? sides.find((x) => x.index > verb.index && /^\S*\s+to\s+(?:the\s+)?$/i.test(f.text.slice(verb.index, x.index)))
    : undefined;
  const toSubject = to ? codes.find((c) => c !== to.code)! : null;
  return ownSubject ?? fromSubject ?? toSubject;
}

/**
 * Trade flows the sentence states. `lastPeriod` is the period the document's previous figure gave,
 * for "over the same period".
 */
export function recogniseTradeStats(
  ctx: Pick<DocumentContext, 'mainPair'>,
  f: ResolvedSentence,
  lastPeriod: string | null = null,
): TradeStatFrame[] {
  if (!f.money.length) return [];
  const period = periodOf(f.dates) ?? (SAME_PERIOD.test(f.text) ? lastPeriod : null);
  if (!period) return [];
  const allSides = f.countries.map((c) => ({ index: c.index, code: c.code, end: c.index + c.text.length }));
  // "Shipments to the US were worth $13.4bn" in an article about Vietnam and the US: the other side
  // is the other country the article is about.
  const named = new Set(allSides.map((s) => s.code));
  if (named.size === 1 && ctx.mainPair.length === 2 && ctx.mainPair.includes([...named][0]!)) {
    allSides.push({ index: -1, code: ctx.mainPair.find((c) => !named.has(c))!, end: -1 });
  }
  if (new Set(allSides.map((s) => s.code)).size < 2) return [];
  const sourceAt = SOURCE.exec(f.text);
  // "according to the US Census Bureau", or "Census Bureau figures show".
  const source =
    (sourceAt ? f.actors.find((a) => a.kind === 'organization' && a.index > sourceAt.index) : undefined) ??
    f.actors.find(
      (a) =>
        a.kind === 'organization' && /^\s+(?:figures|data|statistics)\s+(?:show|showed)\b/i.test(f.text.slice(a.end)),
    ) ??
    null;

  const frames: TradeStatFrame[] = [];
  let subject: string | null =
    allSides.find((s) => EXPORT_DESTINATION.test(f.text.slice(s.end, s.end + 50)))?.code ?? null;
  for (const money of f.money) {
    const sides = amountSides(f, allSides, money);
    const codes = [...new Set(sides.map((x) => x.code))];
    if (codes.length !== 2) continue;
    const before = f.text.slice(0, money.index);
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), 0);
    // "$2 billion trade surplus" says what the amount is; ", a deficit of …" after a comma does not.
    const after = f.text.slice(money.index, money.index + money.text.length + 30).split(/[,;]/)[0]!;
    if (NOT_A_FLOW.test(f.text.slice(clauseStart, money.index) + after)) continue;
    const verbs = [...before.matchAll(FLOW)];
    const verb = verbs[verbs.length - 1];
    // "fell to $6.87 billion in August from $8.01 billion in July": each amount its own month.
    const ownPeriod = periodRightAfter(f, money.index + money.text.length);
    // "…at $119.8 billion for January through August, compared with $90.3 billion in the same period
    // of last year": the same flow, a year back, however far its verb.
    const previous = frames.at(-1);
    const comparedEarlier =
      yearEarlierAfter(f.text, money.index + money.text.length) &&
      COMPARED_BEFORE.test(f.text.slice(Math.max(0, money.index - 30), money.index));
    if (previous && comparedEarlier && (!verb || money.index - verb.index > 80)) {
      frames.push({
        ...previous,
        index: money.index,
        text: money.text,
        period: yearBack(previous.period),
        valueUsd: money.valueUsd,
        qualifier: money.qualifier,
      });
      continue;
    }
    if (!verb || money.index - verb.index > 80) continue;
    const exporting = Boolean(verb[1]);
    subject = clauseSubject(f, sides, codes, verb, exporting) ?? subject;
    if (!subject) continue;
    const partner = codes.find((c) => c !== subject)!;
    // "fell to $196.5 billion from $211.7 billion a year earlier": the older figure, a year back.
    const yearEarlier = yearEarlierAfter(f.text, money.index + money.text.length);
    frames.push({
      index: money.index,
      text: money.text,
      exporter: exporting ? subject : partner,
      importer: exporting ? partner : subject,
      period: yearEarlier ? yearBack(period) : (ownPeriod ?? period),
      valueUsd: money.valueUsd,
      qualifier: money.qualifier,
      sourceOrganizationKey: source?.key ?? null,
    });
  }
  return frames;
}

// "In January-October they fell 6.4% to $31.2 billion", "Cumulative shipments for April-August were …":
// a sentence going on with the flow before it.
const GOES_ON =
  /^(?:(?:in|for|during|over|by)\s+[^,]{3,40},?\s+)?(?:they|these|those|(?:such|cumulative|total|overall)\s+(?:shipments|exports|imports|sales)|shipments|exports|imports|sales)\s+(?:[\w-]+\s+){0,2}?(?:fell|rose|dropped|declined|slipped|climbed|grew|jumped|were|was|reached|totalled|totaled|came\s+to|stood\s+at)\b/i;

/**
 * The figure a sentence naming no country gives for the flow the sentence before stated (`previous`,
 * its last figure), in its own period.
 */
export function continuedFlow(f: ResolvedSentence, previous: TradeStatFrame): TradeStatFrame[] {
  if (f.countries.length || !GOES_ON.test(f.text)) return [];
  const period = periodOf(f.dates);
  // ("to $31.2 billion", not the "from $33.4 billion" it fell from)
  const money = f.money.find((m) => !COMPARED_BEFORE.test(f.text.slice(Math.max(0, m.index - 30), m.index)));
  if (!period || !money || period === previous.period) return [];
  return [
    { ...previous, index: money.index, text: money.text, period, valueUsd: money.valueUsd, qualifier: money.qualifier },
  ];
}
