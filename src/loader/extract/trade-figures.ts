// Stage 5, trade figures: the flows the sentences state, one row per flow, period and figure.
import { figureKey, sameFlow, type FigureKey } from '../identity.js';
import { sameFigure } from '../recognise/money.js';
import type { DocumentContext, ResolvedSentence } from '../recognise/sentence.js';
import { run, type Recogniser } from '../recognise/recogniser.js';
import type { TradeStatFrame } from '../recognise/trade-stats.js';
import type { TradeStatMention } from '../types.js';
import type { Actors } from './actors.js';
import { sentenceSpan } from './measures.js';

/** What the trade recognisers read beyond the document: the figure told just before. */
export interface TradeContext extends DocumentContext {
  /** The period the document's previous figure gave, for "over the same period". */
  lastPeriod: string | null;
  /** The last figure of the sentence right before, in the same paragraph: what "they fell 6.4%" goes on with. */
  previous: TradeStatFrame | null;
}

export const tradeLabel = (s: TradeStatMention) => `trade ${s.exporter}→${s.importer} ${s.period} $${s.valueUsd}`;

/** The recognisers in order; a later one is asked only when the ones before found nothing. */
export function tradeFigures(
  ctx: DocumentContext,
  actors: Actors,
  recognisers: Array<Recogniser<TradeStatFrame, TradeContext>>,
): TradeStatMention[] {
  const stats = new Map<string, { figure: FigureKey; row: TradeStatMention }>();
  let lastPeriod: string | null = null;
  let told: { f: ResolvedSentence; s: TradeStatFrame } | null = null;
  ctx.sentences.forEach((f, i) => {
    // "… were $40.3 billion last year. In January-October they fell 6.4% to $31.2 billion."
    const previous = told && ctx.sentences[i - 1] === told.f && told.f.paragraph === f.paragraph ? told.s : null;
    const tradeCtx: TradeContext = { ...ctx, lastPeriod, previous };
    let found: TradeStatFrame[] = [];
    for (const r of recognisers) if (!found.length) found = run(r, tradeCtx, f);
    told = found.length ? { f, s: found.at(-1)! } : null;
    for (const s of found) {
      lastPeriod = s.period;
      // Another figure for the same flow and period (customs vs. census) is another row.
      const flow = { exporter: s.exporter, importer: s.importer, period: s.period };
      const same = [...stats.values()].find(
        (x) => sameFlow(x.figure.flow, flow) && sameFigure(x.row.valueUsd, s.valueUsd),
      );
      const figure = same?.figure ?? { flow, valueUsd: s.valueUsd };
      const key = figureKey(figure);
      const existing = stats.get(key)?.row;
      if (existing) {
        if (!existing.spans.some((x) => x.start === f.start)) existing.spans.push(sentenceSpan(f));
        ctx.debug(() => ({
          rule: 'trade.same-figure',
          action: 'changed',
          row: existing,
          what: tradeLabel(existing),
          sentence: f,
        }));
        continue;
      }
      actors.countryActor(s.exporter, f);
      actors.countryActor(s.importer, f);
      const { exporter, importer, period, valueUsd, qualifier, sourceOrganizationKey } = s;
      const row: TradeStatMention = {
        exporter,
        importer,
        period,
        valueUsd,
        qualifier,
        sourceOrganizationKey,
        spans: [sentenceSpan(f)],
        confidence: 0.85,
      };
      stats.set(key, { figure, row });
      ctx.debug(() => ({ rule: 'trade.new', action: 'made', row, what: tradeLabel(row), sentence: f }));
    }
  });
  return [...stats.values()].map((x) => x.row);
}
