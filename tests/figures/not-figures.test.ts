import { describe, expect, it } from 'vitest';
import { extractFigures, findQuantities } from '../../src/figures/index.ts';
import { figuresOf } from './helpers.ts';

describe('numbers that are not figures', () => {
  it.each([
    ['years', 'In 1993 Heydar Aliyev became president of Azerbaijan, and in 2010 Russia extended its lease until 2044.'],
    ['dates with day and month', 'The talks took place on 6 October 2022 and again on April 22, 2024 and on Aug 20 2024.'],
    ['Russian dates', 'Переговоры прошли 6 октября 2022 года в Москве, а следующие намечены на 15 марта.'],
    ['ordinals and anniversaries', 'They celebrated the 50th anniversary of BAM at the 2nd Caspian forum and the 21st meeting of the commission.'],
    ['Russian ordinals', 'На 2-м Каспийском форуме отметили 50-летие БАМа и 30-ю годовщину договора.'],
    ['ages', 'Putin, 71, met Aliyev, 62; a 62-year-old minister and a man aged 45 joined them.'],
    ['phone and fax numbers', 'Call the trade mission at +994 12 596 32 41 or fax (012) 596-32-42.'],
    ['page, article and resolution numbers', 'See page 12 of the report, Article 5 of the treaty and UN Resolution 884.'],
    ['times of day', 'The meeting started at 7:28 AM and ended at 14:00.'],
    ['durations', 'The two-day visit followed three decades of conflict and 30 years of independence.'],
    ['model names', 'Azerbaijan bought S-400 systems, Su-25 jets and MiG-29 fighters.'],
    ['bare counts of things', 'The two governments signed 11 documents and opened 3 new flights.'],
    ['a calendar widget', 'Su Mo Tu We Th Fr Sa\n  1 2 3 4 5 6\n7 8 9 10 11 12 13\n14 15 16 17 18 19 20'],
  ])('%s', (_name, text) => {
    expect(figuresOf(text, '2024-05-15', 'Russia and Azerbaijan')).toEqual([]);
  });

  it('a railway length is a distance with no period, never a trade figure', () => {
    const figures = figuresOf('The 4,324-kilometer railway carried goods between Russia and Azerbaijan, boosting trade.', '2024-04-22');
    expect(figures).toEqual([expect.objectContaining({ metric: 'distance', category: 'other', period: null, periodBasis: 'none' })]);
  });

  it('findQuantities keeps bare numbers (unit null) but never dates or ordinals', () => {
    const quantities = findQuantities('On 6 October 2022, the 2nd forum counted 11 documents and $4 billion.');
    expect(quantities.map((q) => [q.value, q.unit])).toEqual([
      [11, null],
      [4e9, 'USD'],
    ]);
  });

  it('quotes and surfaces are exact slices of the text, in text order', () => {
    const text = 'Putin met Aliyev.\n"Our trade turnover is growing: it has already reached more than $4 billion. Russian investments in the Azerbaijani economy amount to $6 billion," Putin said.\nThe BAM is a 4,324-kilometer line.';
    const figures = extractFigures(text, { published: '2024-04-22' });
    expect(figures.length).toBe(3);
    for (const f of figures) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(text.slice(f.surfaceStart, f.surfaceEnd)).toBe(f.surface);
      expect(f.surfaceStart).toBeGreaterThanOrEqual(f.start);
      expect(f.surfaceEnd).toBeLessThanOrEqual(f.end);
    }
    expect(figures.map((f) => f.start)).toEqual([...figures.map((f) => f.start)].sort((a, b) => a - b));
    expect(figures[0]!.quote).toBe('"Our trade turnover is growing: it has already reached more than $4 billion.');
  });

  it('empty and number-free texts give no figures', () => {
    expect(extractFigures('', { published: null })).toEqual([]);
    expect(extractFigures('Russia and Azerbaijan discussed security in the region.', { published: '2024-04-22' })).toEqual([]);
  });
});
