/**
 * General causes behind holdout-19's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-19 causes', () => {
  it('"the first three months of the new season" is no calendar run: the stated months date the figure', () => {
    const text = 'В июле–сентябре, в первые три месяца нового сельскохозяйственного сезона, Россия поставила в Азербайджан 412 тыс. тонн пшеницы.';
    expect(figuresOf(text, '2024-10-15').map((f) => [f.metric, f.value, f.period])).toEqual([['exports', 412_000, '2024-Q3']]);
  });
  it('a length named only by a section of a border, or by nothing after a border length, measures the border', () => {
    const english = 'The commissions agreed a 9.4-kilometre segment of their shared frontier near Ijevan on Tuesday.';
    expect(figuresOf(english, '2025-03-11').map((f) => [f.metric, f.value])).toEqual([['border_length', 9.4]]);
    const russian = 'Граница двух государств длиной 390 км описана договором. К осени на местности обозначено еще около 45 км.';
    expect(figuresOf(russian, '2025-09-01').map((f) => [f.metric, f.value])).toEqual([['border_length', 390], ['border_length', 45]]);
    const anaphor = 'Стороны согласовали новый участок границы у села Кямарли. Его протяженность составляет 6,2 км.';
    expect(figuresOf(anaphor, '2025-09-01').map((f) => [f.metric, f.value])).toEqual([['border_length', 6.2]]);
  });

  it('a road, railway or pipeline in the sentence keeps a length a distance, even after a border length', () => {
    const text = 'Граница двух государств длиной 390 км описана договором. Участок автодороги Газах – Тбилиси длиной около 4 км перенесут, а газопровод протяженностью 680 км продлят.';
    expect(figuresOf(text, '2025-09-01').map((f) => [f.metric, f.value])).toEqual([['border_length', 390], ['distance', 4], ['distance', 680]]);
  });
});
