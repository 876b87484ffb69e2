/**
 * General causes behind holdout-19's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.ts';
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
  it('the first count of a pair ("120 Armenian and 45 Azerbaijani soldiers were killed") shares the verb after the second', () => {
    const text = 'During the April 2016 escalation, 120 Armenian and 45 Azerbaijani soldiers were killed.';
    expect(figuresOf(text, '2025-05-01').map((f) => [f.metric, f.value, f.period])).toEqual([['casualties', 120, '2016-04'], ['casualties', 45, '2016-04']]);
    const deployed = 'Some 400 Russian and 200 Turkish officers were posted to the monitoring centre.';
    expect(figuresOf(deployed, '2025-05-01').map((f) => f.metric)).toEqual(['troops', 'troops']);
  });

  it('a period before a toll clause dates every toll after it, also past a qualifier ("and at least 12 civilians")', () => {
    const since = 'Since January 2021, shelling along the line has killed 64 soldiers and at least 12 civilians, according to a Yerevan-based monitor.';
    const read = figuresOf(since, '2025-03-01').map((f) => [f.metric, f.value, f.qualifier, f.period]);
    expect(read).toEqual([['casualties', 64, 'exact', '2021..2025'], ['casualties', 12, 'at_least', '2021..2025']]);
    const month = 'Fighting in March 2024 killed 17 servicemen and up to 5 civilians.';
    expect(figuresOf(month, '2025-03-01').map((f) => [f.value, f.period])).toEqual([[17, '2024-03'], [5, '2024-03']]);
  });

  it('a city written as where a source sits ("a Yerevan-based monitor") names no party to the figure', () => {
    const text = 'Border incidents killed 14 Azerbaijani servicemen last year, a Tbilisi-based monitoring group said.';
    expect(figuresOf(text, '2025-03-01').map((f) => [f.metric, f.subject])).toEqual([['casualties', 'AZ']]);
  });
  it('a table column named as output ("Добыча нефти, млн т") is output, whatever the caption names', () => {
    const text = [
      'Туркменистан: добыча и экспорт газа по кварталам 2025 года',
      'Квартал | Добыча газа, млрд куб. м | Экспорт газа, млрд куб. м',
      'I квартал | 20,1 | 9,8',
      'II квартал | 19,4 | 9,1',
    ].join('\n');
    const read = figuresOf(text, '2025-08-01').map((f) => [f.metric, f.value]);
    expect(read.filter(([metric]) => metric === 'exports')).toEqual([['exports', 9.8], ['exports', 9.1]]);
    expect(read.filter(([metric]) => metric === 'other')).toEqual([['other', 20.1], ['other', 19.4]]);
  });
  it('a tonnage or volume of output is dated like a flow and carries its period to the flows after it', () => {
    const russian = 'Добыча газа в Туркменистане за девять месяцев выросла на 2,1% – до 61,3 млрд кубометров. Экспорт туркменского газа составил 33,5 млрд кубометров.';
    const read = figuresOf(russian, '2025-10-20').map((f) => [f.metric, f.value, f.period]);
    expect(read).toContainEqual(['other', 61.3, '2025-01..2025-09']);
    expect(read).toContainEqual(['exports', 33.5, '2025-01..2025-09']);
    const english = 'Kazakhstan produced 46.1 million tonnes of oil in the first half of the year. Exports came to 35.2 million tonnes.';
    expect(figuresOf(english, '2025-08-01').map((f) => [f.metric, f.value, f.period])).toEqual([['other', 46_100_000, '2025-H1'], ['exports', 35_200_000, '2025-H1']]);
  });
  it('", then about 1,500 strong" is dated by a date earlier in its sentence, else by the story\'s last period', () => {
    const story = 'The offensive began on 19 September 2023. The Turkish monitoring group, then about 60 strong, stayed in its base.';
    expect(figuresOf(story, '2024-06-10').map((f) => [f.metric, f.value, f.period])).toEqual([['troops', 60, '2023-09']]);
    const entry = '3 March 2024 — The ministry says the contingent, then some 1,500 strong, will leave by summer.';
    expect(figuresOf(entry, '2024-06-10').map((f) => [f.metric, f.value, f.period])).toEqual([['troops', 1500, '2024-03']]);
  });
  it('a bare number after the verb of the count in the sentence before counts the same thing ("In 2024 it recorded 37")', () => {
    const text = 'In 2021, the ministry registered 812 shelling incidents along the line. In 2023 it registered 54, down from 230 the year before.';
    const read = figuresOf(text, '2024-05-01').map((f) => [f.metric, f.value, f.period]);
    expect(read).toEqual([['incidents', 812, '2021'], ['incidents', 54, '2023'], ['incidents', 230, '2022']]);
    const other = 'In 2021, the ministry registered 812 shelling incidents along the line. In 2023 it registered a new office, its 54th.';
    expect(figuresOf(other, '2024-05-01').map((f) => f.value)).toEqual([812]);
  });
  it('a split year "2024/25" is a season: a run of its months crosses New Year, and its own months date it', () => {
    const run = 'Россия в июле–декабре 2024/25 сельхозгода поставила в Азербайджан 640 тыс. тонн пшеницы.';
    expect(figuresOf(run, '2025-02-10').map((f) => [f.metric, f.value, f.period])).toEqual([['exports', 640_000, '2024-H2']]);
    const crossing = 'Kazakhstan shipped 2.2 million tons of wheat to Iran in September-February 2024/25.';
    expect(figuresOf(crossing, '2025-03-10').map((f) => f.period)).toEqual(['2024-09..2025-02']);
    const months = 'Exports in the 2024/25 season, which runs from July to June, are seen at 44 million tons.';
    expect(figuresOf(months, '2025-03-10').map((f) => f.period)).toEqual(['2024-07..2025-06']);
    const bare = 'В сезоне 2024/25 Азербайджан импортировал 1,3 млн тонн зерна.';
    expect(figuresOf(bare, '2025-08-10').map((f) => f.period)).toEqual(['2024..2025']);
  });
  it('a "Total" column of a table by period counts what the columns before it count, when they agree', () => {
    const table = [
      'Table 2. Landmine casualties in Armenia by year',
      'Year | Killed | Injured | Total',
      '2022 | 4 | 9 | 13',
      '2023 | 2 | 7 | 9',
    ].join('\n');
    const read = figuresOf(table, '2024-03-01').map((f) => [f.metric, f.value, f.period]);
    expect(read).toEqual([
      ['casualties', 4, '2022'], ['casualties', 9, '2022'], ['casualties', 13, '2022'],
      ['casualties', 2, '2023'], ['casualties', 7, '2023'], ['casualties', 9, '2023'],
    ]);
  });
  it('goods bought "в России" / "у России" come from Russia', () => {
    const text = 'За девять месяцев Азербайджан закупил в России 940 тыс. тонн пшеницы, а Грузия закупает у России около 500 тыс. тонн в год.';
    expect(figuresOf(text, '2025-10-15').map((f) => [f.metric, f.value, f.subject])).toEqual([['imports', 940_000, 'RU>AZ'], ['imports', 500_000, 'RU>GE']]);
  });
  it('in a list of amounts with the verb left out, the place right after each amount is where it went', () => {
    const text = 'Азербайджан экспортировал 11,2 млрд кубометров газа: 5,9 млрд кубометров ушло в Италию, 3,6 млрд в Турцию и 1,7 млрд в Грузию.';
    const read = figuresOf(text, '2025-08-01').map((f) => [f.value, f.subject]);
    expect(read.slice(1)).toEqual([[5.9, 'AZ>IT'], [3.6, 'AZ>TR'], [1.7, 'AZ>GE']]);
  });

  it("a flow's owner from an earlier paragraph yields to the title's only country", () => {
    const text = [
      'Kazakhstan sent 1.2 million tons of its crude through the pipeline. Most of its exports still go through Novorossiysk, about 1.4 million barrels a day.',
      '',
      'Gas is the brighter side. Exports reached 11.8 bcm in the first half, of which 5.9 bcm went to Italy.',
    ].join('\n');
    const read = extractFigures(text, { published: '2025-08-01', title: "Azerbaijan's oil output slides as gas sales climb" });
    expect(read.filter((f) => f.value === 5.9).map((f) => f.subject)).toEqual(['AZ>IT']);
  });
  it('a toll "including N" is a part of the count before it: its period and subject', () => {
    const text = 'Officials reported about 140 dead in the March 2021 clashes, including 12 civilians.';
    expect(figuresOf(text, '2024-06-20').map((f) => [f.metric, f.value, f.period])).toEqual([['casualties', 140, '2021-03'], ['casualties', 12, '2021-03']]);
  });
  it('"the last year for which … data exist" is no relative year: the year it follows dates the figure', () => {
    const text = 'In 2020, the last year for which the committee published country tables, exports to Russia came to $690 million.';
    expect(figuresOf(text, '2025-02-01').map((f) => [f.metric, f.value, f.period])).toEqual([['exports', 690_000_000, '2020']]);
  });
  it('"в составе N человек" after a contingent is its strength', () => {
    const text = 'Турецкий контингент прибыл в центр мониторинга в январе 2021 года. Он был развернут в составе 60 человек.';
    expect(figuresOf(text, '2022-03-01').map((f) => [f.metric, f.value])).toEqual([['troops', 60]]);
  });
  it('attempts to cross a border illegally are incidents', () => {
    const russian = 'С начала года пограничники пресекли 41 попытку незаконного пересечения границы.';
    expect(figuresOf(russian, '2025-06-10').map((f) => [f.metric, f.value])).toEqual([['incidents', 41]]);
    const english = 'Border guards stopped 31 illegal crossing attempts in April.';
    expect(figuresOf(english, '2025-06-10').map((f) => [f.metric, f.value, f.period])).toEqual([['incidents', 31, '2025-04']]);
  });
  it('a count after ", тогда как … –" / ", while … –" counts what the count before it counts', () => {
    const text = 'С начала года пограничники зафиксировали 22 нарушения режима, тогда как за тот же период прошлого года – 57.';
    expect(figuresOf(text, '2025-06-10').map((f) => [f.metric, f.value])).toEqual([['incidents', 22], ['incidents', 57]]);
  });
  it("a defence budget is one country's, by its currency, in prose and in a table of a two-country story", () => {
    const text = [
      'Russia and Azerbaijan agreed on new rail tariffs, and Russian exports to Azerbaijan rose to $2.9 billion last year.',
      '',
      'Defence budget of the republic (million manats)',
      'Item | 2024 | 2025',
      'Defence budget | 7,900 | 8,860',
    ].join('\n');
    const spending = figuresOf(text, '2024-12-13').filter((f) => f.metric === 'military_spending');
    expect(spending.map((f) => [f.value, f.subject])).toEqual([[7_900_000_000, 'AZ'], [8_860_000_000, 'AZ']]);
  });
  it("an export sold abroad in general, or broken down by buyers, is the seller's total, not a flow to the story's other country", () => {
    const story = 'Russia and Azerbaijan discussed gas swaps. ';
    const abroad = figuresOf(`${story}Turkmenistan sold 31.4 billion cubic metres of gas abroad last year.`, '2025-03-01');
    expect(abroad.map((f) => f.subject)).toEqual(['TM']);
    const broken = figuresOf(`${story}Azerbaijan exported 11.6 bcm in January–June, 6.1 bcm of it to Europe.`, '2025-08-01');
    expect(broken[0]!.subject).toBe('AZ');
    const russian = figuresOf('Россия и Азербайджан обсудили транзит. Экспорт азербайджанского газа составил 11,6 млрд кубометров, в том числе в Европу – 6,1 млрд.', '2025-08-01');
    expect(russian[0]!.subject).toBe('AZ');
  });
  it("displaced people in a sentence that names no one are the story's displaced, not its main pair", () => {
    const text = 'Russia and Azerbaijan discussed the return programme in Moscow. About 640,000 internally displaced people are registered in Azerbaijan. Some 12,000 of them moved home this year.';
    const read = figuresOf(text, '2025-06-01').filter((f) => f.metric === 'displaced').map((f) => f.subject);
    expect(read).toEqual(['AZ', 'AZ']);
  });
  it("the capacity of one country's section or terminal is that country's", () => {
    const russian = 'Россия и Азербайджан обсудили коридор. Пропускная способность грузинского участка составляет 12 млн тонн в год.';
    expect(figuresOf(russian, '2025-06-01').map((f) => f.subject)).toEqual(['GE']);
    const english = 'Russia and Azerbaijan discussed the corridor. The capacity of the Iranian section is 9 million tonnes a year.';
    expect(figuresOf(english, '2025-06-01').map((f) => f.subject)).toEqual(['IR']);
  });
  it('spoken "миллиард триста с небольшим" is a little over 1.3 billion', () => {
    const text = 'Товарооборот за год превысил 4 млрд долларов. Российский экспорт – где-то 2,8 млрд долларов, импорт из Азербайджана – миллиард триста с небольшим.';
    const read = figuresOf(text, '2024-03-01').map((f) => [f.value, f.qualifier]);
    expect(read).toContainEqual([1_300_000_000, 'more_than']);
    const tonnes = figuresOf('Россия поставила в Азербайджан два миллиона пятьсот тонн пшеницы с лишним.', '2024-03-01');
    expect(tonnes.map((f) => [f.value, f.qualifier])).toEqual([[2_500_000, 'more_than']]);
  });
});
