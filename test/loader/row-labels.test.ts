import { describe, expect, it } from 'vitest';
import { recogniseRowLabels } from '../../src/loader/recognise/row-labels.js';

const labels = (text: string) => recogniseRowLabels(text).map((l) => [text.slice(l.start, l.end), l.code, l.rated]);

describe('recogniseRowLabels', () => {
  it('reads a country in capitals or title case, with or without its rate', () => {
    const text = ['CHILE - 19%', 'South Korea: 15%', 'NEW ZEALAND — 10% on most goods', 'Peru', 'THE PHILIPPINES'].join(
      '\n',
    );
    expect(labels(text)).toEqual([
      ['CHILE - 19%', 'CL', true],
      ['South Korea: 15%', 'KR', true],
      ['NEW ZEALAND — 10% on most goods', 'NZ', true],
      ['Peru', 'PE', false],
      ['THE PHILIPPINES', 'PH', false],
    ]);
  });

  it('leaves sentences, headlines and lines naming two countries alone', () => {
    const text = [
      'Chile agreed to a 19% rate.',
      'Chile and Peru - 19%',
      'Chilean exporters relieved',
      'Where Chile stands: 19%, for now',
    ].join('\n');
    expect(labels(text)).toEqual([]);
  });
});
