import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './helpers.ts';

const NBSP = '\u00A0';
const THIN = '\u2009';
const NNBSP = '\u202F';

describe('numbers and units as reporters write them', () => {
  it.each([
    ['"$4B" glued scale letter after a dollar sign', 'Russia-Azerbaijan trade tops $4B, the Kremlin says.', 4e9, 'USD', '$4B'],
    ['"$ 4billion" with a space after the sign and a glued scale word', 'The two countries crossed the $ 4billion mark for Russia-Azerbaijan turnover last year.', 4e9, 'USD', '$ 4billion'],
    ['"USD 4 bn" code before the number', 'Bilateral trade turnover reached USD 4 bn in 2023, the ministry said.', 4e9, 'USD', 'USD 4 bn'],
    ['"$3.7 bn" decimal with abbreviation', 'Trade between Russia and Azerbaijan amounted to $3.7 bn in 2022.', 3.7e9, 'USD', '$3.7 bn'],
    ['"$2.403 billion" three decimals', 'Bilateral trade between Russia and Azerbaijan reached $2.403 billion in 2021.', 2.403e9, 'USD', '$2.403 billion'],
    ['"AZN 120 million" manat code before the number', 'The government allocated AZN 120 million to upgrade the Yalama checkpoint on the Russian border.', 1.2e8, 'AZN', 'AZN 120 million'],
    ['"120 млн манатов" in Russian', 'Правительство Азербайджана выделило 120 млн манатов на реконструкцию пункта пропуска на границе с Россией.', 1.2e8, 'AZN', '120 млн манатов'],
    ['"4,3 млрд долларов" Russian decimal comma', 'Товарооборот России и Азербайджана в 2023 году составил 4,3 млрд долларов.', 4.3e9, 'USD', '4,3 млрд долларов'],
    ['"4 млрд 300 млн долларов" compound amount', 'Товарооборот России и Азербайджана в 2023 году составил 4 млрд 300 млн долларов.', 4.3e9, 'USD', '4 млрд 300 млн долларов'],
    ['"четыре миллиарда долларов" in words', 'Путин отметил, что товарооборот России и Азербайджана в прошлом году составил четыре миллиарда долларов.', 4e9, 'USD', 'четыре миллиарда долларов'],
    ['"four billion dollars" in words', 'He said trade turnover between Russia and Azerbaijan stood at four billion dollars last year.', 4e9, 'USD', 'four billion dollars'],
    ['"€250 million" euro sign', 'Russia and Azerbaijan agreed on a credit line of €250 million for Azerbaijani buyers.', 2.5e8, 'EUR', '€250 million'],
    ['"180 млрд рублей" roubles', 'Объем инвестиций России в Азербайджан в 2023 году составил 180 млрд рублей.', 1.8e11, 'RUB', '180 млрд рублей'],
    ['"$1.99billion" glued billion', 'Russian exports to Azerbaijan were $1.99billion in 2021.', 1.99e9, 'USD', '$1.99billion'],
  ])('money: %s', (_name, text, value, unit, surface) => {
    const f = onlyFigure(text);
    expect({ value: f.value, unit: f.unit, surface: f.surface }).toEqual({ value, unit, surface });
  });

  it.each([
    ['regular space', `The ${'4 324'}-kilometre line links Russia and Azerbaijan.`],
    ['no-break space', `The 4${NBSP}324-kilometre line links Russia and Azerbaijan.`],
    ['thin space', `The 4${THIN}324-kilometre line links Russia and Azerbaijan.`],
    ['narrow no-break space', `The 4${NNBSP}324-kilometre line links Russia and Azerbaijan.`],
    ['comma', 'The 4,324-kilometre line links Russia and Azerbaijan.'],
  ])('"4 324" thousands with a %s reads as 4324 km', (_name, text) => {
    const f = onlyFigure(text);
    expect(f).toMatchObject({ value: 4324, unit: 'km', metric: 'distance', period: null, periodBasis: 'none' });
  });

  it.each([
    ['"54%"', 'Trade turnover between Russia and Azerbaijan increased by 54% in 2023.', 54, '%'],
    ['"54 per cent"', 'Trade turnover between Russia and Azerbaijan increased by 54 per cent in 2023.', 54, '%'],
    ['"54 процента"', 'Товарооборот России и Азербайджана в 2023 году вырос на 54 процента.', 54, '%'],
    ['"12.5%"', 'Russian exports to Azerbaijan grew 12.5% in the first half of 2024.', 12.5, '%'],
    ['"в 1,8 раза"', 'Товарооборот России и Азербайджана в 2022 году вырос в 1,8 раза.', 1.8, 'times'],
    ['"grew 1.8 times"', 'Trade between Russia and Azerbaijan grew 1.8 times in 2022.', 1.8, 'times'],
    ['"doubled"', 'Trade between Russia and Azerbaijan doubled in 2022.', 2, 'times'],
    ['"вдвое"', 'Грузоперевозки между Россией и Азербайджаном в 2023 году выросли вдвое.', 2, 'times'],
    ['"twofold"', 'Cargo transit between Russia and Azerbaijan saw a twofold increase in 2023.', 2, 'times'],
  ])('growth: %s is a growth rate in %s', (_name, text, value, unit) => {
    const f = onlyFigure(text);
    expect(f).toMatchObject({ metric: 'growth_rate', value, unit, category: 'trade' });
  });

  it.each([
    ['"120.5 thousand tons"', 'Azerbaijan imported 120.5 thousand tons of Russian wheat in 2023.', 120500, 't'],
    ['"15 million tonnes"', 'Russian cargo transit through Azerbaijan reached 15 million tonnes in 2023.', 1.5e7, 't'],
    ['"2,5 тыс. тонн"', 'В 2023 году из России в Азербайджан было поставлено 2,5 тыс. тонн зерна.', 2500, 't'],
    ['"2 billion cubic metres"', 'Gazprom supplied 2 billion cubic metres of gas to Azerbaijan in 2023.', 2, 'bcm'],
    ['"1,5 млрд кубометров"', 'За прошлый год Россия поставила в Азербайджан 1,5 млрд кубометров газа.', 1.5, 'bcm'],
    ['"100,000 barrels"', 'Azerbaijan exported 100,000 barrels of oil to Russia in 2023.', 1e5, 'bbl'],
    ['"2,000 peacekeepers"', 'Russia deployed 2,000 peacekeepers to Karabakh in November 2020.', 2000, 'persons'],
    ['"1960 военнослужащих"', 'В ноябре 2020 года Россия направила в Карабах 1960 военнослужащих.', 1960, 'persons'],
    ['"two and a half million people"', 'Some two and a half million people live in Baku, Azerbaijan.', 2.5e6, 'persons'],
  ])('physical and head-count units: %s', (_name, text, value, unit) => {
    const f = onlyFigure(text);
    expect({ value: f.value, unit: f.unit }).toEqual({ value, unit });
  });

  it('"between $3 billion and $4 billion" is one range with low and high', () => {
    const f = onlyFigure('Russian investment in Azerbaijan is estimated at between $3 billion and $4 billion.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'investment', qualifier: 'range', value: 3e9, low: 3e9, high: 4e9, unit: 'USD' });
  });

  it('"3–4 billion dollars" range takes the scale and currency of its high end', () => {
    const f = onlyFigure('Russian investment in Azerbaijan is estimated at 3–4 billion dollars.');
    expect(f).toMatchObject({ qualifier: 'range', low: 3e9, high: 4e9, unit: 'USD' });
  });

  it('"от 3 до 4 млрд долларов" is a range', () => {
    const f = onlyFigure('Российские инвестиции в Азербайджан оцениваются в сумму от 3 до 4 млрд долларов.');
    expect(f).toMatchObject({ metric: 'investment', qualifier: 'range', low: 3e9, high: 4e9, unit: 'USD', subject: 'RU>AZ' });
  });

  it('"between 3,000 and 5,000 troops" is a range of troops', () => {
    const f = onlyFigure('Russia keeps between 3,000 and 5,000 troops at its base in Gyumri, Armenia.');
    expect(f).toMatchObject({ metric: 'troops', qualifier: 'range', low: 3000, high: 5000, unit: 'persons', category: 'security' });
  });

  it('a parenthesised conversion ("4,324-kilometer (2,686-mile)") is one figure, not two', () => {
    const f = onlyFigure('The BAM is a 4,324-kilometer (2,686-mile) railway line in Russia.');
    expect(f).toMatchObject({ value: 4324, unit: 'km', surface: '4,324-kilometer' });
  });

  it('a currency conversion in parentheses or after "or" restates the amount: one figure, in the unit written first', () => {
    const figures = figuresOf("Azerbaijan's defence budget for 2024 is 8.1 billion manats ($4.8 billion).");
    expect(figures.map((f) => [f.metric, f.value, f.unit, f.period])).toEqual([['military_spending', 8.1e9, 'AZN', '2024']]);
    const ru = figuresOf('Армения направит на оборону около 680 млрд драмов (порядка 1,75 млрд долларов) в 2025 году.');
    expect(ru.map((f) => [f.value, f.unit, f.period])).toEqual([[680e9, 'AMD', '2025']]);
    const or = figuresOf('Russian investment in Azerbaijan totals AZN 10.2 billion, or about $6 billion.');
    expect(or.map((f) => [f.value, f.unit])).toEqual([[10.2e9, 'AZN']]);
  });
});
