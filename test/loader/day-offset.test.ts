// Events dated by a day counted from another event: "the day before", "came a day after".
import { describe, expect, it } from 'vitest';
import { events, load } from './helpers.js';

describe('a day counted from the event just reported', () => {
  it('"The day before, …" dates the talks a day before the summit', () => {
    const { x } = load({
      title: 'Leaders Meet in Lima',
      date: 'October 10, 2025',
      paragraphs: [
        'President Daniel Ortiz of Peru and Prime Minister Hana Sato of Japan met in Lima on October 9, 2025.',
        'The day before, Peruvian Trade Minister Luis Vega held talks with Japanese Deputy Minister Ken Ito on fisheries.',
      ],
    });
    const dates = events(x, 'meeting')
      .map((e) => e.startDate)
      .sort();
    expect(dates).toEqual(['2025-10-08', '2025-10-09']);
  });

  it('"…came a day after X held talks" dates those talks the day before, as a second event', () => {
    const { x } = load({
      title: 'Summit in Santiago',
      date: 'March 5, 2025',
      paragraphs: [
        'The meeting, on 4 March 2025, came a day after Chilean Finance Minister Rosa Pérez held talks with Canadian Trade Minister Paul Grant.',
      ],
    });
    expect(
      events(x, 'meeting')
        .map((e) => e.startDate)
        .sort(),
    ).toEqual(['2025-03-03', '2025-03-04']);
  });
});
