// Refiners of tariff measures, run once every rate is read: what the document as a whole says of them.
import { isAfter } from '../recognise/dates.js';
import { sidesOf } from '../recognise/sentence.js';
import type { Refiner } from '../recognise/recogniser.js';
import type { TariffMention } from '../types.js';
import { sentenceSpan, tariffLabel } from './measures.js';
import { addHistory, statusChange } from './tariff-history.js';

/**
 * "Vietnamese goods face 20% … The rate takes effect on August 7": a rate said in the present
 * tense but due on a later day is announced, not in force yet.
 */
export const dueLaterIsAnnounced: Refiner<TariffMention[]> = {
  name: 'measures.due-later-is-announced',
  refine(ctx, measures) {
    const pub = ctx.publishedDate;
    for (const m of measures) {
      if (m.status !== 'in_effect' || !pub || !m.effectiveDate || !isAfter(m.effectiveDate, pub)) continue;
      if (m.history.some((h) => h.status === 'in_effect' && h.date && !isAfter(h.date, pub))) continue;
      m.status = 'announced';
      m.history = m.history.filter((h) => h.status !== 'in_effect' || h.date);
      if (!m.history.some((h) => h.status === 'announced'))
        m.history.unshift({ status: 'announced', date: m.announcedDate, datePrecision: m.datePrecision });
      ctx.debug(() => ({ rule: this.name, action: 'changed', row: m, what: `${tariffLabel(m)} announced` }));
    }
    return measures;
  },
};

/**
 * "Washington paused the tariffs on April 9": a status change with no rate moves the one measure
 * this document holds between those sides.
 */
export const ratelessStatusChange: Refiner<TariffMention[]> = {
  name: 'measures.rateless-status-change',
  refine(ctx, measures) {
    ctx.sentences.forEach((f, i) => {
      if (f.percents.length || !/\b(?:tariffs?|duties|levies)\b/i.test(f.text)) return;
      const change = statusChange(f.text);
      if (!change) return;
      const sides = sidesOf(f);
      // ("On March 8, China announced 100% tariffs … and 25% tariffs … Those duties have been collected
      // since March 20": the measures the sentence before told.)
      const previous = ctx.sentences[i - 1];
      const those =
        /^(?:Those|These|The)\s+(?:new\s+)?(?:duties|tariffs|levies)\b/.test(f.text) && previous
          ? measures.filter((m) => m.spans.some((s) => s.start === previous.start))
          : [];
      const moved = those.length
        ? those
        : measures.filter(
            (m) => sides.includes(m.imposingCountry) || sides.includes(m.targetCountry) || sides.length === 0,
          );
      if (moved.length !== 1 && !those.length) return;
      const date = f.dates.find((d) => d.start.precision !== 'year');
      for (const m of moved) {
        if (m.spans.some((s) => s.start === f.start)) continue;
        m.spans.push(sentenceSpan(f));
        m.status = change;
        addHistory(m, change, date?.start.date ?? null, date?.start.precision ?? 'unknown');
        ctx.debug(() => ({
          rule: this.name,
          action: 'changed',
          row: m,
          what: `${tariffLabel(m)} ${change}`,
          sentence: f,
        }));
      }
    });
    return measures;
  },
};
