/**
 * Sentences from general news pages (../shared/corpora/article-extraction-benchmark) that are no
 * trade or security figures: prices, deals, tolls of disease, civil servants, interest rates.
 * The bot reads whole pages, so such asides sit next to the figures it watches.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const tradeOrSecurity = (text: string, published = '2019-11-19') => figuresOf(text, published).filter((f) => f.category !== 'other');

describe('prices and small deals are no trade figures (metrics.yaml min_amount_usd)', () => {
  it('shop prices and savings after "buy", "get it for" and "sells" are kept as other', () => {
    const text = 'New Release: Last Chance to Buy Pokemon Sword or Shield and Get $10 Amazon Credit\n'
      + 'Get it at Walmart for $499.99\n'
      + "If you know you're in it for the long haul, then you can pay a $69.99 annual subscription fee, which saves you $14.\n"
      + 'The average retail price of a new vehicle sold locally in October was $39,014, up from $38,373 a year ago.';
    expect(tradeOrSecurity(text)).toEqual([]);
    expect(figuresOf(text, '2019-11-19').map((f) => f.value)).toEqual([10, 499.99, 69.99, 14, 39014, 38373]);
  });

  it('the same floor in rubles: 45 000 рублей is a price, 45 млрд рублей a budget', () => {
    const text = 'Билет на паром Махачкала – Баку в 2024 году продавали за 45 000 рублей, а на модернизацию порта в 2024 году выделили 45 млрд рублей.';
    expect(tradeOrSecurity(text, '2024-06-01').map((f) => [f.metric, f.value])).toEqual([['funding', 45_000_000_000]]);
  });
});

describe('tolls of disease are no casualties (metrics.yaml not_violent)', () => {
  it('premature deaths from air pollution and plague deaths are other', () => {
    const text = 'The Lancet Commission on pollution and health found that in 2015, there were 9 million premature deaths stemming from air pollution around the world.\n'
      + 'China has experienced a small smattering of plague infections in recent years—26 cases and 11 deaths between 2009 and 2018, reports Reuters.';
    expect(tradeOrSecurity(text)).toEqual([]);
  });

  it('soldiers killed in a crash stay casualties', () => {
    const text = 'Two United States service members have been killed in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday.';
    expect(tradeOrSecurity(text, '2019-11-20').map((f) => [f.metric, f.value])).toEqual([['casualties', 2]]);
  });

  it('«скончались от коронавируса» is no casualty, «погибли при обстреле» is', () => {
    const text = 'В Баку от коронавируса скончались пять граждан России. При обстреле погибли трое азербайджанских военнослужащих.';
    expect(tradeOrSecurity(text, '2021-03-10').map((f) => [f.metric, f.value])).toEqual([['casualties', 3]]);
  });
});

describe('civil servants are no troops (metrics.yaml civil_services)', () => {
  it('"two federal prison officers" and "three customs officers" are people, not troops; "officers" of a contingent are', () => {
    const text = 'WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records.\n'
      + 'Three Azerbaijani customs officers were detained at the Yarag-Kazmalyar checkpoint.\n'
      + 'The Russian contingent in Karabakh included about 40 officers.';
    expect(figuresOf(text, '2024-05-10').map((f) => [f.metric, f.value])).toEqual([['other', 2], ['other', 3], ['troops', 40]]);
  });
});

describe('interest rates are levels, not growth', () => {
  it('"the interest rate on a loan stayed below 6 percent" and "down from 6.2 percent" are no growth of funding', () => {
    const text = 'The sales slump comes even as the average interest rate on a new vehicle loan stayed below 6 percent for the fourth consecutive month.\n'
      + 'The annual percentage rate on new financed vehicles averaged 5.7 percent in October, down from 6.2 percent a year earlier, according to Edmunds.com.';
    expect(tradeOrSecurity(text)).toEqual([]);
  });

  it('a growth of exports beside a fall of the interest rate keeps only the growth', () => {
    const text = "Russia's exports to Azerbaijan rose 12% in 2023 while the average interest rate on loans fell by 2%.";
    expect(tradeOrSecurity(text, '2024-05-10').map((f) => [f.metric, f.value, f.growthOf])).toEqual([['growth_rate', 12, 'exports']]);
  });
});

describe('deals, acquisitions and shares are no flows', () => {
  it('"bought Whole Foods … for $13.7 billion" and "a $19 billion acquisition" are deal prices; "sold goods for $3 billion" stays trade', () => {
    const text = 'Amazon bought Whole Foods in August 2017 for $13.7 billion, its largest acquisition and an aggressive move into the grocery business.\n'
      + "After all, he's the man behind his company's $19 billion acquisition of WhatsApp, he personally brokered its $1 billion buyout of Instagram.\n"
      + 'In 2019 Russia sold goods for $3 billion to Azerbaijan.';
    expect(tradeOrSecurity(text, '2020-01-15').map((f) => [f.metric, f.value])).toEqual([['exports', 3_000_000_000]]);
  });

  it('"made up 18% of Azerbaijan\'s imports" is a share, "were up 18%" a growth', () => {
    const text = "Russia made up 18% of Azerbaijan's imports in 2023. Imports from Russia were up 7% in 2023.";
    expect(figuresOf(text, '2024-02-01').map((f) => [f.metric, f.value])).toEqual([['other', 18], ['growth_rate', 7]]);
  });

  it('"The purpose of this exercise is twofold:" is no doubling', () => {
    expect(figuresOf("The purpose of this exercise is twofold: you see what you already have and don't need to ever buy again.", '2020-01-15')).toEqual([]);
  });
});

describe('dates and times that look like counts', () => {
  it('"killed since 9/11" and "killed one cloudless afternoon" count nobody', () => {
    const text = '"If you look at the number of Americans killed since 9/11 by terrorism, it\'s less than 100."\n'
      + 'For an instant I stood like the man who, pipe in mouth, was killed one cloudless afternoon long ago in Virginia.';
    expect(figuresOf(text, '2015-07-24').filter((f) => f.value === 9 || f.value === 1)).toEqual([]);
  });

  it('an altitude in kilometres near "borders" is a distance, not a border length', () => {
    const text = 'The Progress MS-04 cargo craft broke up at an altitude of 190 kilometers (118 miles) over the remote Russian Tuva region in Siberia that borders Mongolia.';
    expect(figuresOf(text, '2016-12-02').map((f) => [f.metric, f.value])).toEqual([['distance', 190]]);
  });
});

describe('ranges counted by the verb before them', () => {
  it('"killing 30,000–40,000 Māori" and "killed between 30,000 and 40,000" are ranges with no noun after them', () => {
    const text = 'The resulting intertribal Musket Wars encompassed over 600 battles between 1801 and 1840, killing 30,000–40,000 Māori.\n'
      + 'Fighting in the 1990s killed between 30,000 and 40,000, the commission found.';
    expect(figuresOf(text, '2020-01-15').filter((f) => f.metric === 'casualties').map((f) => [f.qualifier, f.low, f.high])).toEqual([['range', 30_000, 40_000], ['range', 30_000, 40_000]]);
  });

  it('«убили от 30 до 40 человек» is a toll', () => {
    const [f] = figuresOf('Обстрелы Тертера в октябре 2020 года убили от 30 до 40 человек.', '2020-11-01');
    expect(f).toMatchObject({ metric: 'casualties', qualifier: 'range', low: 30, high: 40 });
  });
});

describe('a ranking of trading partners (metrics.yaml trade_partners)', () => {
  it('an amount in parentheses after a partner is its turnover with the ranked country, dated by the sentence opening', () => {
    const text = 'Товарооборот России и Азербайджана в январе–мае вырос на 3%.\n'
      + 'По итогам пяти месяцев Россия занимает четвертое место среди торговых партнеров республики с долей 9,1%, первое место удерживает Италия (3,9 млрд долларов).';
    const partner = figuresOf(text, '2025-06-20').filter((f) => f.metric === 'trade_turnover');
    expect(partner.map((f) => [f.value, f.period, f.subject])).toEqual([[3_900_000_000, '2025-01..2025-05', 'AZ-IT']]);
  });

  it('"Azerbaijan\'s third-largest trading partner, behind Italy ($16.1 billion) and Turkey ($7.9 billion)" names the owner by its possessive', () => {
    const text = "Russia remained Azerbaijan's third-largest trading partner in 2024, behind Italy ($16.1 billion) and Turkey ($7.9 billion).";
    expect(figuresOf(text, '2025-01-24').map((f) => [f.metric, f.value, f.period, f.subject])).toEqual([
      ['trade_turnover', 16_100_000_000, '2024', 'AZ-IT'],
      ['trade_turnover', 7_900_000_000, '2024', 'AZ-TR'],
    ]);
  });
});

describe('real-news causes (tests/fixtures/figures/real-news)', () => {
  it('sales with no country in the whole article are no trade: "sold 30,154 new cars …, down 10 percent"', () => {
    const text = 'Local auto dealers sold 30,154 new cars, trucks and SUVs in October, down 10 percent from a year ago, according to InfoNation.';
    expect(tradeOrSecurity(text, '2019-11-19')).toEqual([]);
  });

  it('"At least 106 protesters in 21 cities have been killed" counts protesters; "as many as 200 have been killed" is no goal', () => {
    const text = 'At least 106 protesters in 21 cities have been killed in Iran, according to credible reports received by Amnesty. '
      + 'The real death toll may be much higher, with some reports suggesting as many as 200 have been killed.';
    expect(tradeOrSecurity(text, '2019-11-19').map((f) => [f.metric, f.value, f.qualifier, f.modality ?? null])).toEqual([
      ['casualties', 106, 'at_least', null], ['casualties', 200, 'up_to', null],
    ]);
  });

  it('"18 years after … in the wake of the September 11, 2001 attacks" does not date the troops that remain', () => {
    const [f] = tradeOrSecurity('Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country in the wake of the September 11, 2001 attacks.', '2019-11-20');
    expect(f).toMatchObject({ metric: 'troops', value: 13_000, period: '2019-11' });
  });

  it('"agreed to inject $6.5 billion … into WeWork" is an investment', () => {
    const [f] = tradeOrSecurity('SoftBank of Japan agreed to inject $6.5 billion in debt and equity into WeWork.', '2019-11-19');
    expect(f).toMatchObject({ metric: 'investment', value: 6_500_000_000 });
  });
});

describe('abbreviations and bounds', () => {
  it('"Some 200 U.S. military personnel" are troops: an abbreviation with dots stands between the number and its noun', () => {
    const [f] = tradeOrSecurity('Some 200 U.S. military personnel are believed to remain at the al-Tanf base in Syria.', '2019-11-19');
    expect(f).toMatchObject({ metric: 'troops', value: 200, qualifier: 'about', period: '2019-11' });
  });

  it('"through November 2028" bounds the loan programme, it is no period; "From January through September 2024" is a run', () => {
    const text = 'Russia will lend Azerbaijan $2.6 billion through November 2028. From January through September 2024 Russia exported $2 billion of goods to Azerbaijan.';
    expect(figuresOf(text, '2024-11-19').map((f) => [f.metric, f.period])).toEqual([['funding', '2024-11'], ['exports', '2024-01..2024-09']]);
  });
});

describe('a decimal comma in a page of the other language', () => {
  it('«4,3 млрд долларов» and «7,25%» keep their decimals when English text makes the page English', () => {
    const text = 'The Central Bank of Azerbaijan kept its refinancing rate at 7.25 percent, while annual inflation slowed to 1.1 percent in April, the bank said in a statement on Friday.\n'
      + 'Ставка рефинансирования сохранена на уровне 7,25%, а товарооборот России и Азербайджана в 2023 году составил 4,3 млрд долларов.';
    expect(figuresOf(text, '2024-05-10').map((f) => f.value)).toEqual([7.25, 1.1, 7.25, 4_300_000_000]);
  });

  it('English thousands stay thousands: "4,324-kilometer" and "1,960 troops"', () => {
    const text = 'Russia deployed 1,960 troops along the 4,324-kilometer railway corridor, officials said.';
    expect(figuresOf(text, '2024-05-10').map((f) => f.value)).toEqual([1960, 4324]);
  });
});

describe('the noun right after an amount, debts, fees and disease', () => {
  const trade = (text: string) => figuresOf(text, '2019-11-18').filter((f) => f.category !== 'other').map((f) => [f.metric, f.value]);

  it('"to fund a $3 billion buyout", "a $17 million net worth": the noun after the amount is what it is', () => {
    expect(trade('SoftBank agreed to fund a $3 billion buyout of existing shareholders.')).toEqual([]);
    expect(trade('Investments she may have made could have resulted in a $17 million net worth.')).toEqual([]);
    expect(trade('Russia and Azerbaijan signed a $300 million investment agreement in Baku.')).toEqual([['investment', 300_000_000]]);
  });

  it('debts and fees are no funding or investment ("Student loan obligations … total $1.5 trillion", "planned to charge … $6 million")', () => {
    expect(trade('Student loan obligations in this country total $1.5 trillion, researchers say.')).toEqual([]);
    expect(trade('He borrowed against his own stake in the company and planned to charge WeWork almost $6 million to use his trademark.')).toEqual([]);
  });

  it('deaths among disease cases are no casualties', () => {
    expect(trade('According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015, with 584 deaths.')).toEqual([]);
  });
});

describe('budget requests are funding', () => {
  it('"the agency\'s 2020 budget request for $22.6bn" and "its $1.6 billion budget amendment in May" are funding', () => {
    const of = (text: string) => figuresOf(text, '2019-11-19').map((f) => [f.metric, f.value, f.period]);
    expect(of('US lawmakers are debating the agency’s 2020 budget request for $22.6bn.')).toEqual([['funding', 22_600_000_000, '2020']]);
    expect(of('Congress has not provided all the money NASA requested in its $1.6 billion budget amendment in May.')).toEqual([['funding', 1_600_000_000, '2019-05']]);
  });
});
