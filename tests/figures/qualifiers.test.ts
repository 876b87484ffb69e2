import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('qualifiers in English and Russian', () => {
  it.each([
    ['more than', 'Trade between Russia and Azerbaijan reached more than $4 billion last year.', 'more_than'],
    ['over', 'Trade between Russia and Azerbaijan was over $4 billion last year.', 'more_than'],
    ['exceeded', 'Trade between Russia and Azerbaijan exceeded $4 billion last year.', 'more_than'],
    ['surpassed', 'Russian investments in Azerbaijan have surpassed six billion dollars.', 'more_than'],
    ['crossed the … mark', 'Russia-Azerbaijan turnover crossed the $4 billion mark last year.', 'more_than'],
    ['above', 'Trade between Russia and Azerbaijan stayed above $4 billion last year.', 'more_than'],
    ['at least', 'At least 170 people were killed in the explosion near Stepanakert, Armenian officials said.', 'at_least'],
    ['or more (after the unit)', 'Russia and Azerbaijan can move 15 million tonnes of cargo per year or more.', 'at_least'],
    ['less than', 'Russian exports to Azerbaijan were less than $3 billion last year.', 'less_than'],
    ['under', 'Russian exports to Azerbaijan were under $3 billion last year.', 'less_than'],
    ['almost', 'Trade between Russia and Azerbaijan reached almost $5 billion last year.', 'less_than'],
    ['nearly', 'Trade between Russia and Azerbaijan reached nearly five billion dollars last year.', 'less_than'],
    ['about', 'Trade between Russia and Azerbaijan was about $4.4 billion last year.', 'about'],
    ['around', 'Around 2,000 Russian peacekeepers served in Karabakh.', 'about'],
    ['some', 'Some 2,000 Russian peacekeepers served in Karabakh.', 'about'],
    ['approximately', 'Trade between Russia and Azerbaijan was approximately $4.4 billion last year.', 'about'],
    ['roughly', 'Trade between Russia and Azerbaijan was roughly $4.4 billion last year.', 'about'],
    ['up to', 'Up to 5,000 Russian troops could be deployed in Armenia.', 'up_to'],
    ['no qualifier', 'Trade between Russia and Azerbaijan was $4.36 billion last year.', 'exact'],
    ['более', 'Товарооборот России и Азербайджана в прошлом году составил более 4 млрд долларов.', 'more_than'],
    ['свыше', 'Товарооборот России и Азербайджана в прошлом году составил свыше 4 млрд долларов.', 'more_than'],
    ['превысил', 'Товарооборот России и Азербайджана в прошлом году превысил 4 млрд долларов.', 'more_than'],
    ['превышают', 'Российские инвестиции в экономику Азербайджана превышают 6 млрд долларов.', 'more_than'],
    ['не менее', 'Азербайджан выделит не менее 120 млн манатов на дорогу к границе с Россией.', 'at_least'],
    ['около', 'Товарооборот России и Азербайджана в прошлом году составил около 4,4 млрд долларов.', 'about'],
    ['почти', 'Товарооборот России и Азербайджана в прошлом году составил почти 5 млрд долларов.', 'less_than'],
    ['до (up to)', 'На границе может быть размещено до 2 тыс. российских пограничников.', 'up_to'],
    ['вырос до (grew to, exact)', 'Товарооборот России и Азербайджана в 2023 году вырос до 4,4 млрд долларов.', 'exact'],
    ['– до after a growth rate (exact)', 'Экспорт России в Азербайджан в 2023 году вырос на 18%, до 3,26 млрд долларов.', 'exact'],
    ['top (a verb)', 'Officials in Baku expect trade with Russia to top $5 billion this year.', 'more_than'],
    ['по меньшей мере', 'При обстреле погибли по меньшей мере 45 человек, сообщили в Минздраве Армении.', 'at_least'],
    ['по крайней мере', 'На границе с Азербайджаном погибли по крайней мере 12 армянских военнослужащих.', 'at_least'],
    ['как минимум до (at least, "до" is "to")', 'Стороны договорились увеличить поставки российского газа в Азербайджан как минимум до 3 млрд кубометров.', 'at_least'],
    ['at least to', 'Baku wants Russian gas deliveries raised at least to 3 billion cubic metres.', 'at_least'],
  ])('"%s"', (_name, text, qualifier) => {
    // A growth rate before the amount ("вырос на 18%, до …") is not the figure under test.
    const amounts = figuresOf(text).filter((f) => f.metric !== 'growth_rate');
    expect(amounts).toHaveLength(1);
    expect(amounts[0]!.qualifier).toBe(qualifier);
  });

  it.each([
    ['почти на', 'Товарооборот России и Азербайджана в первом квартале вырос почти на 12%.', 'less_than', 12],
    ['более чем на', 'Экспорт Азербайджана в Россию за девять месяцев сократился более чем на 20%.', 'more_than', -20],
    ['by almost', 'Trade between Russia and Azerbaijan grew by almost 12% in the first quarter.', 'less_than', 12],
    ['a comparative after "на" is not a qualifier', 'Экспорт России в Азербайджан оказался на 7% выше, чем годом ранее.', 'exact', 7],
  ])('a qualifier before "на"/"by" qualifies the growth rate: %s', (_name, text, qualifier, value) => {
    const f = figuresOf(text, '2024-05-15').find((x) => x.metric === 'growth_rate');
    expect(f).toMatchObject({ qualifier, value });
  });

  it('"at least" before a head count does not spill onto the count inside "including …"', () => {
    const figures = figuresOf('At least 60 people, including 12 children, were killed and more than 150 injured in the shelling, Armenian officials said.', '2024-05-15');
    expect(figures.map((f) => [f.metric, f.value, f.qualifier])).toEqual([
      ['casualties', 60, 'at_least'],
      ['casualties', 12, 'exact'],
      ['casualties', 150, 'more_than'],
    ]);
  });
});
