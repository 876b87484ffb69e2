import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './helpers.ts';

describe('what a figure measures and whom it is about', () => {
  it.each([
    ['trade turnover', 'Trade turnover between Russia and Azerbaijan amounted to $4.36 billion in 2023.', 'trade_turnover', 'RU-AZ'],
    ['bilateral trade', 'Bilateral trade between Azerbaijan and Russia reached $4.4 billion in 2023.', 'trade_turnover', 'RU-AZ'],
    ['товарооборот', 'Товарооборот России и Азербайджана в 2023 году составил 4,4 млрд долларов.', 'trade_turnover', 'RU-AZ'],
    ['Russian exports to Azerbaijan', 'Russian exports to Azerbaijan came to $3.3 billion in 2023.', 'exports', 'RU>AZ'],
    ["Azerbaijan's exports to Russia", "Azerbaijan's exports to Russia reached $1.1 billion in 2023.", 'exports', 'AZ>RU'],
    ["imports from Russia (Azerbaijan's)", "Azerbaijan's imports from Russia totalled $3.26 billion in 2023.", 'imports', 'RU>AZ'],
    ['экспорт Азербайджана в Россию', 'Экспорт Азербайджана в Россию в 2023 году составил 1,1 млрд долларов.', 'exports', 'AZ>RU'],
    ['российские инвестиции в экономику Азербайджана', 'Российские инвестиции в экономику Азербайджана составляют 6 млрд долларов.', 'investment', 'RU>AZ'],
    ['funding earmarked', 'Azerbaijan has earmarked $120 million to boost cargo transport to Russia.', 'funding', 'AZ'],
    ['military spending', "Azerbaijan's military spending reached $3.1 billion in 2022.", 'military_spending', 'AZ'],
    ['cargo', 'Cargo transported between Russia and Azerbaijan reached 5.2 million tonnes in 2023.', 'cargo_volume', 'RU-AZ'],
    ['casualties', 'Azerbaijan said 192 of its servicemen were killed in the operation.', 'casualties', 'AZ'],
    ['displaced, from one country to another', 'More than 100,000 ethnic Armenians fled Karabakh for Armenia within a week.', 'displaced', 'AZ>AM'],
    ['displaced, only the people named', 'More than 100,000 ethnic Armenians have left, the government said.', 'displaced', 'AM'],
    ['incidents', 'Azerbaijan recorded 27 ceasefire violations by Armenian units on the border.', 'incidents', 'AZ-AM'],
    ['border length', 'The Russia-Azerbaijan border is 390 km long.', 'border_length', 'RU-AZ'],
    ['troops named by their country', 'On the Armenian-Azerbaijani border up to 2,000 Russian border guards may be deployed.', 'troops', 'RU'],
  ])('%s', (_name, text, metric, subject) => {
    const f = onlyFigure(text, '2024-05-15');
    expect({ metric: f.metric, subject: f.subject }).toEqual({ metric, subject });
  });

  it('a sentence naming no country takes the article pair ("Our trade turnover" in a Putin–Aliyev story)', () => {
    const text = 'Putin met Azerbaijani President Ilham Aliyev in Moscow on Monday.\n"Our trade turnover is growing: it has already reached more than $4 billion," Putin said.';
    const turnover = figuresOf(text, '2024-04-22').find((f) => f.metric === 'trade_turnover');
    expect(turnover).toMatchObject({ subject: 'RU-AZ', qualifier: 'more_than', value: 4e9 });
  });

  it('"with Caspian countries" is Russia with the group, not Russia–Azerbaijan', () => {
    const figures = figuresOf('Russian Minister Reshetnikov said trade turnover has increased by 54% with Caspian countries in the last six years.', '2022-10-06', 'Azerbaijan and Russia discuss trade');
    expect(figures[0]).toMatchObject({ metric: 'growth_rate', growthOf: 'trade_turnover', subject: 'RU-CASPIAN' });
  });

  it('a third country in the same sentence gets its own pair', () => {
    const figures = figuresOf("Azerbaijan's trade with Russia reached $4.4 billion last year, while its trade with Turkey hit $7.5 billion.", '2024-03-01');
    expect(figures.map((f) => [f.subject, f.value])).toEqual([
      ['RU-AZ', 4.4e9],
      ['AZ-TR', 7.5e9],
    ]);
  });

  it('"foreign trade" of one country is that country alone', () => {
    const f = onlyFigure("Azerbaijan's foreign trade turnover reached $38.7 billion in 2023.", '2024-02-01', 'Azerbaijan and Russia');
    expect(f).toMatchObject({ metric: 'trade_turnover', subject: 'AZ' });
  });

  it('a growth rate names the metric that grew and a decline is negative', () => {
    const figures = figuresOf('In the third quarter, Russian exports to Azerbaijan fell 8% to $780 million.', '2024-11-05');
    expect(figures[0]).toMatchObject({ metric: 'growth_rate', growthOf: 'exports', value: -8, subject: 'RU>AZ', period: '2024-Q3' });
    expect(figures[1]).toMatchObject({ metric: 'exports', value: 7.8e8, subject: 'RU>AZ', period: '2024-Q3' });
  });

  it('"сократился в 2 раза" is a factor of one half', () => {
    const f = onlyFigure('Товарооборот России и Азербайджана в 2020 году сократился в 2 раза.', '2021-02-01');
    expect(f).toMatchObject({ metric: 'growth_rate', unit: 'times', value: 0.5 });
  });

  it('the amount restating a growth rate takes its metric ("grew by 42% which was $1.99billion")', () => {
    const figures = figuresOf('The exports grew up by 42% which was $1.99billion and imports reached more than $400 million.', '2022-10-06', 'Russia-Azerbaijan trade');
    expect(figures.map((f) => [f.metric, f.growthOf ?? null, f.value])).toEqual([
      ['growth_rate', 'exports', 42],
      ['exports', null, 1.99e9],
      ['imports', null, 4e8],
    ]);
  });

  it('a share is not a growth rate and percentage points are not percent', () => {
    const figures = figuresOf("Russia's share in Azerbaijan's foreign trade rose by 1.5 percentage points to 12.3% in 2023.", '2024-02-20');
    expect(figures.map((f) => [f.metric, f.unit, f.value])).toEqual([
      ['other', 'pp', 1.5],
      ['other', '%', 12.3],
    ]);
  });

  it('per-capita amounts are not trade figures', () => {
    const f = onlyFigure("Azerbaijan's GDP per capita was about $7,100 in 2023.", '2024-04-30');
    expect(f).toMatchObject({ metric: 'other', category: 'other' });
  });

  it('partial trade ("non-oil exports", "trade in agricultural products") is kept apart from the total', () => {
    const figures = figuresOf("Azerbaijan's non-oil exports to Russia rose to $1.1bn in 2023. Trade in agricultural products between Azerbaijan and Russia reached $1.2 billion in 2023.", '2024-05-15');
    expect(figures.map((f) => f.metric)).toEqual(['other', 'other']);
  });

  it('an absolute change ("на 1,2 млрд манатов больше") is not a level', () => {
    const figures = figuresOf('Военный бюджет Азербайджана на 2024 год составит 8,1 млрд манатов, что на 1,2 млрд манатов больше, чем в этом году.', '2023-12-05');
    expect(figures.map((f) => [f.metric, f.value])).toEqual([
      ['military_spending', 8.1e9],
      ['other', 1.2e9],
    ]);
  });

  it('"aim higher than four billion dollars" is a target with no period', () => {
    const f = onlyFigure('The two nations should aim higher than four billion dollars in bilateral trade, Putin told Aliyev.', '2024-08-19');
    expect(f).toMatchObject({ metric: 'trade_turnover', qualifier: 'more_than', modality: 'target', period: null, periodBasis: 'none', subject: 'RU-AZ' });
  });

  it('"the figure" points back to the previous sentence\'s metric', () => {
    const text = 'Since the beginning of the year, trade turnover between Russia and Azerbaijan has reached $3.1 billion.\nOverchuk expected the full-year figure to exceed $4.5 billion.';
    const figures = figuresOf(text, '2024-10-20');
    expect(figures[1]).toMatchObject({ metric: 'trade_turnover', qualifier: 'more_than', modality: 'target' });
  });
});
