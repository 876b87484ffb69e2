/**
 * General causes behind holdout-14's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);
/** Metric and value of the trade and security figures, where period and qualifier are not the point. */
const metricValues = (text: string, published: string) => brief(text, published).map(([m, v]) => [m, v]);

describe('holdout-14 causes', () => {
  it('a sentence with no metric word goes on with the total of its paragraph, not with the component named last', () => {
    const text = 'Rosstat put trade between Russia and Kazakhstan at $27.8 billion in 2024, with exports of $19.1 billion and imports of $8.7 billion. The agency later lowered the number to $27.2 billion.';
    expect(metricValues(text, '2025-04-10')).toEqual([
      ['trade_turnover', 27_800_000_000],
      ['exports', 19_100_000_000],
      ['imports', 8_700_000_000],
      ['trade_turnover', 27_200_000_000],
    ]);
  });

  it('the carry stops at the paragraph and at any metric word of the sentence', () => {
    const text = 'Trade between Russia and Azerbaijan reached $4.8 billion in 2024.\n\nThe new terminal cost $120 million. The group later sold it for $150 million.';
    expect(figuresOf(text, '2025-04-10').map((f) => [f.metric, f.value])).toEqual([
      ['trade_turnover', 4_800_000_000],
      ['other', 120_000_000],
      ['other', 150_000_000],
    ]);
  });

  it('tonnes with no word of their own in a cargo paragraph are cargo', () => {
    const text = 'Cargo shipped through the port of Aktau to Baku rose to 2.1 million tonnes in 2024. Kazakh grain made up 0.7 million tonnes of it.';
    expect(metricValues(text, '2025-02-01')).toEqual([
      ['cargo_volume', 2_100_000],
      ['cargo_volume', 700_000],
    ]);
  });

  it('"за полугодие", "in the half-year" with no ordinal is the first half, of this year once it is over', () => {
    expect(brief('Экспорт российской пшеницы в Азербайджан за полугодие составил 610 тыс. тонн.', '2025-08-12')).toEqual([['exports', 610_000, 'exact', '2025-H1']]);
    expect(brief('Экспорт российской пшеницы в Азербайджан за полугодие составил 610 тыс. тонн.', '2025-03-12')).toEqual([['exports', 610_000, 'exact', '2024-H1']]);
    expect(brief('Russian wheat exports to Azerbaijan in the half-year came to 610,000 tonnes.', '2025-08-12')).toEqual([['exports', 610_000, 'exact', '2025-H1']]);
  });

  it('goods sent, taken or received are exported or imported; money "sent" is not', () => {
    expect(metricValues('Kazakhstan sent 1.4 million tonnes of grain to Azerbaijan in 2024.', '2025-02-01')).toEqual([['exports', 1_400_000]]);
    expect(metricValues('В 2024 году в Иран ушло 2,1 млрд кубометров российского газа.', '2025-02-01')).toEqual([['exports', 2.1]]);
    expect(metricValues('Georgia received 0.9 bcm of Azerbaijani gas in 2024.', '2025-02-01')).toEqual([['imports', 0.9]]);
    expect(figuresOf('Moscow sent $5 million to Baku in 2024.', '2025-02-01').map((f) => f.metric)).toEqual(['other']);
  });

  it('"в Грузию" is a country, not a cargo ("груз")', () => {
    const text = 'В 2024 году Азербайджан экспортировал в Турцию 5,9 млрд кубометров газа, в Грузию – 0,9 млрд.';
    expect(metricValues(text, '2025-02-01')).toEqual([['exports', 5.9], ['exports', 0.9]]);
  });

  it("one country's gas in cubic metres is its whole flow, and so is its change; a bilateral gas flow's change stays a part", () => {
    expect(metricValues("Turkmenistan's gas exports rose to 42.1 bcm in 2024, up 3.2% on a year earlier.", '2025-02-01')).toEqual([['exports', 42.1], ['growth_rate', 3.2]]);
    const bilateral = figuresOf('В 2024 году «Газпром» поставил в Армению 2,6 млрд кубометров газа – на 4% больше, чем годом ранее.', '2025-02-01');
    expect(bilateral.map((f) => f.metric)).toEqual(['exports', 'other']);
  });

  it('"the rail figure", "its final number": a figure named by its noun points back to the last one of its kind', () => {
    const text = 'Rail freight between Russia and Azerbaijan rose to 2.3 million tonnes in January-June. Two border guards were injured in March.\n\nA correction: the rail figure for January-June, 2.3 million tonnes, was preliminary; the railway\'s final number is 2.2 million tonnes.';
    expect(metricValues(text, '2025-08-01')).toEqual([
      ['cargo_volume', 2_300_000],
      ['casualties', 2],
      ['cargo_volume', 2_300_000],
      ['cargo_volume', 2_200_000],
    ]);
  });

  it('"speaking in Baku in January, put trade at …": a place may stand between the verb of saying and the report date', () => {
    const text = 'Deputy Prime Minister Alexei Overchuk, speaking in Baku in January, put trade between Russia and Azerbaijan at about $5.1 billion for last year.';
    expect(brief(text, '2026-03-04')).toEqual([['trade_turnover', 5_100_000_000, 'about', '2025']]);
  });

  it('"за тот же период" after a newer run of months is that run, not an older span of years', () => {
    const text = 'За последние пять лет доля России в импорте вооружений Армении составила около 90%, экспорт зерна в Армению – 1,2 млн тонн. За девять месяцев экспорт российской пшеницы в Азербайджан составил 1,06 млн тонн. Общий экспорт из России в Азербайджан за тот же период – 2,71 млрд долларов.';
    expect(brief(text, '2025-11-18').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['exports', 1_200_000, '2020..2025'],
      ['exports', 1_060_000, '2025-01..2025-09'],
      ['exports', 2_710_000_000, '2025-01..2025-09'],
    ]);
  });

  it('"in June last year", "в июне прошлого года" is that month of the year before', () => {
    expect(brief('Gunmen killed 22 people in coordinated attacks in Dagestan in June last year.', '2025-08-14')).toEqual([['casualties', 22, 'exact', '2024-06']]);
    expect(brief('В июне прошлого года экспорт нефти из России в Азербайджан составил 0,2 млн тонн.', '2025-08-14')).toEqual([['exports', 200_000, 'exact', '2024-06']]);
  });

  it('a digit group\'s comma ("2,000th") does not open the clause of a period in an aside', () => {
    const text = "Derbent, which marked its 2,000th anniversary in 2015, was one of two cities where gunmen killed 22 people, most of them police officers, in coordinated attacks in June last year.";
    expect(brief(text, '2025-08-14')).toEqual([['casualties', 22, 'exact', '2024-06']]);
  });

  it('a queue\'s length is no distance; "в свою очередь" and "первая очередь" are no queue', () => {
    const all = (text: string, published: string) => figuresOf(text, published).map((f) => [f.metric, f.value]);
    expect(all('By seven in the morning the line of lorries on the Derbent-Magaramkent road stretched for 14 kilometres.', '2025-07-16')).toEqual([]);
    expect(all('В пиковые дни марта очередь на въезд в Россию растягивалась на 7 км.', '2026-05-27')).toEqual([]);
    expect(all('Азербайджан, в свою очередь, модернизирует 252-километровую железнодорожную линию Баку – Ялама.', '2025-03-01')).toEqual([['distance', 252]]);
    expect(all('Первая очередь трубопровода длиной 231 км проходит по территории Азербайджана.', '2025-03-01')).toEqual([['distance', 231]]);
  });

  it('a country in its currency\'s name ("долларов США", "US dollars") is no party to the figure', () => {
    const subjects = (text: string, published: string) => figuresOf(text, published).map((f) => [f.metric, f.subject]);
    expect(subjects('Товарооборот России и Азербайджана в 2025 году составил 4,9 млрд долларов США.', '2026-02-18')).toEqual([['trade_turnover', 'RU-AZ']]);
    expect(subjects('Trade between Russia and Azerbaijan reached four and a half billion US dollars last year.', '2025-02-18')).toEqual([['trade_turnover', 'RU-AZ']]);
  });

  it('a region\'s trade is a part of its country\'s, in a sentence and in a table under its caption', () => {
    const sentence = 'Товарооборот Дагестана с Азербайджаном за четыре месяца вырос на 11,2% и составил 131,9 млн долларов.';
    expect(figuresOf(sentence, '2026-05-27').map((f) => [f.metric, f.value])).toEqual([['other', 11.2], ['other', 131_900_000]]);
    const table = [
      'Торговля Республики Дагестан с Азербайджаном (млн долларов США)',
      'Показатель | Январь–апрель 2025 | Январь–апрель 2026 | Изменение, %',
      'Товарооборот | 118,6 | 131,9 | +11,2',
      'Экспорт в Азербайджан | 84,3 | 90,2 | +7,0',
    ].join('\n');
    expect(figuresOf(table, '2026-05-27').map((f) => [f.metric, f.value, f.subject])).toEqual([
      ['other', 118_600_000, 'RU-AZ'], ['other', 131_900_000, 'RU-AZ'], ['other', 11.2, 'RU-AZ'],
      ['other', 84_300_000, 'RU>AZ'], ['other', 90_200_000, 'RU>AZ'], ['other', 7, 'RU>AZ'],
    ]);
    // A deputy "from Dagestan" speaks of the whole country's trade.
    expect(brief('Депутат от Дагестана сказал, что товарооборот с Азербайджаном в прошлом году превысил семь миллиардов долларов.', '2025-03-12')).toEqual([['trade_turnover', 7_000_000_000, 'more_than', '2024']]);
  });

  it('the change column of a result that is no figure of ours is `other`, as in a sentence', () => {
    const table = ['Ключевые финансовые показатели (млн манатов)', 'Показатель | 2024 | 2025 | Изменение, %', 'Чистая прибыль | 22,3 | 27,4 | +22,9', 'Товарооборот с Россией | 410 | 450 | +9,8'].join('\n');
    expect(figuresOf(table, '2026-03-01').map((f) => [f.metric, f.value])).toEqual([
      ['other', 22_300_000], ['other', 27_400_000], ['other', 22.9],
      ['trade_turnover', 410_000_000], ['trade_turnover', 450_000_000], ['growth_rate', 9.8],
    ]);
  });

  it('a word of another kind ("transit declarations") does not stop the paragraph\'s series of money', () => {
    const text = "Azerbaijan's customs committee put trade with Russia at $4.62 billion in 2025. In its first release on January 21 the committee reported $4.71 billion, and it lowered the number after removing double-counted transit declarations.";
    expect(brief(text, '2026-03-05')).toEqual([
      ['trade_turnover', 4_620_000_000, 'exact', '2025'],
      ['trade_turnover', 4_710_000_000, 'exact', '2025'],
    ]);
  });

  it('"a higher total", "a lower figure" points back like "the total"; "a total of" does not', () => {
    const text = "Azerbaijan's customs committee put trade with Russia at $4.62 billion in 2025.\nRussia's customs service, which counts the same goods from the other end, gives a higher total: $4.93 billion, 6.8% more than the year before.";
    expect(brief(text, '2026-03-05').map(([m, v]) => [m, v])).toEqual([
      ['trade_turnover', 4_620_000_000],
      ['trade_turnover', 4_930_000_000],
      ['growth_rate', 6.8],
    ]);
    const totalOf = figuresOf("Trade between Russia and Azerbaijan reached $4.8 billion in 2024.\nA total of $120 million went into the new terminal's cranes.", '2025-03-05');
    expect(totalOf.map((f) => f.metric)).toEqual(['trade_turnover', 'other']);
  });

  it('a lease, a rent and a ship\'s deadweight are no trade figures', () => {
    expect(brief('Moscow paid about $7 million a year to lease the Gabala radar from Azerbaijan.', '2025-03-05')).toEqual([]);
    expect(brief('Cargo through Astrakhan fell to 2.08 million tonnes, and river-sea vessels of 5,000 tonnes deadweight leave half-loaded.', '2025-03-05').map(([m, v]) => [m, v])).toEqual([['cargo_volume', 2_080_000]]);
  });

  it('a rate in a year not yet begun is aimed at; "until at least 2028" bounds, no period', () => {
    const modal = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.period, f.modality ?? null]);
    expect(modal('Work on the Russian side of the Yarag-Kazmalyar crossing is due to finish in 2027, when the post is meant to handle 5 million tonnes of cargo a year.', '2025-07-16')).toEqual([['cargo_volume', 5_000_000, '2027', 'target']]);
    expect(modal('We expect Russian gas deliveries to Iran via Azerbaijan to start at 2 bcm in 2025 and to stay under 5 bcm a year until at least 2028.', '2024-12-03')).toEqual([
      ['exports', 2, '2025', 'target'],
      ['exports', 5, null, 'target'],
    ]);
    // A forecast's own amount only: the base after it is no aim.
    expect(modal('ASCO expects the Russia-Azerbaijan rail line to handle 850,000 tonnes of cargo this year, against 690,000 tonnes in 2024.', '2025-03-01')).toEqual([
      ['cargo_volume', 850_000, '2025', 'target'],
      ['cargo_volume', 690_000, '2024', null],
    ]);
  });

  it('an instant flow "per second" is no figure', () => {
    expect(figuresOf('This summer the flow of the Samur on the Russia-Azerbaijan border dropped to about 18 cubic metres per second.', '2025-07-16')).toEqual([]);
  });

  it('"in the four quarters to the end of September", "in the 12 months to March 2025" are twelve months ending then', () => {
    expect(brief('UK trade with Azerbaijan is modest, about £1.3 billion in the four quarters to the end of September.', '2025-01-22')).toEqual([['trade_turnover', 1_300_000_000, 'about', '2023-10..2024-09']]);
    expect(brief('Trade between Russia and Azerbaijan was $4.6 billion in the 12 months to March 2025.', '2025-06-01')).toEqual([['trade_turnover', 4_600_000_000, 'exact', '2024-04..2025-03']]);
  });

  it('a month or a day followed by a verb of saying is when it was said ("Первоначально, в январе, комитет называл …")', () => {
    const text = 'Государственный таможенный комитет оценил товарооборот с Россией за 2024 год в 4,82 млрд долларов. Первоначально, в январе, комитет называл 4,76 млрд долларов, но в феврале пересмотрел оценку.';
    expect(brief(text, '2025-03-12')).toEqual([
      ['trade_turnover', 4_820_000_000, 'exact', '2024'],
      ['trade_turnover', 4_760_000_000, 'exact', '2024'],
    ]);
    // With no verb of saying the month is the figure's.
    expect(brief('В январе экспорт российской пшеницы в Азербайджан составил 90 тыс. тонн.', '2025-03-12')).toEqual([['exports', 90_000, 'exact', '2025-01']]);
  });

  it('"По данным …, на 1 января 2025 года" opens the sentence for every stock in it', () => {
    const text = 'По данным Минэкономики Азербайджана, на 1 января 2025 года накопленные российские инвестиции в экономику республики составляли 6,4 млрд долларов, азербайджанские в России – 1,4 млрд.';
    expect(brief(text, '2025-03-12').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['investment', 6_400_000_000, '2025-01'],
      ['investment', 1_400_000_000, '2025-01'],
    ]);
  });

  it('trade in services and the gap between two counts are kept apart from goods trade', () => {
    const text = 'По оценке Банка России, экспорт российских услуг в Азербайджан в 2024 году составил около 1,1 млрд долларов, импорт услуг – около 0,6 млрд. Разрыв между двумя источниками – около 450 млн долларов – эксперты объясняют учетом поставок через третьи страны.';
    expect(brief(text, '2025-03-12')).toEqual([]);
  });

  it('"выделяется" allocates like "выделено", and its change follows', () => {
    expect(brief('Министр финансов Азербайджана: на разминирование в 2026 году выделяется 220 млн манатов, на 10% больше, чем в текущем году.', '2025-11-18')).toEqual([
      ['funding', 220_000_000, 'exact', '2026'],
      ['growth_rate', 10, 'exact', '2026'],
    ]);
  });

  it('a "when" clause inside a change from one year to another does not date the change; an aside may stand before "when"', () => {
    const text = 'Russia and Azerbaijan are old partners. Trade grew from $2.37 billion in 2020, when the land border was closed, to $4.62 billion in 2025, almost doubling. Measured against 2019, before the pandemic, when trade stood at $3.03 billion, last year\'s figure is about 52% higher.';
    expect(brief(text, '2026-02-19')).toEqual([
      ['trade_turnover', 2_370_000_000, 'exact', '2020'],
      ['trade_turnover', 4_620_000_000, 'exact', '2025'],
      ['growth_rate', 2, 'less_than', '2020..2025'],
      ['trade_turnover', 3_030_000_000, 'exact', '2019'],
      ['growth_rate', 52, 'about', '2025'],
    ]);
  });

  it('a length written as an adjective names the noun after it ("the 338-km land border"), a section excepted', () => {
    const lengths = (text: string) => figuresOf(text, '2025-07-16').filter((f) => f.unit === 'km').map((f) => [f.metric, f.value]);
    expect(lengths('The Yarag-Kazmalyar crossing, the main road link across the 338-km land border between Russia and Azerbaijan, is busy.')).toEqual([['border_length', 338]]);
    expect(lengths('The 4,324-kilometer railway corridor links Russia and Iran through Azerbaijan.')).toEqual([['distance', 4324]]);
  });

  it('"In 2000, the year before the visit, … traded goods worth", "fifteenfold", a share "from about 12%"', () => {
    const text = "In 2000, the year before the visit, Russia and Azerbaijan traded goods worth $324 million. Last year the figure was about $4.9 billion. Over the past 25 years trade has grown roughly fifteenfold. Russia's share of Azerbaijan's foreign trade has fallen from about 12% in 2001 to 9.4% last year.";
    expect(figuresOf(text, '2026-01-09').map((f) => [f.metric, f.value, f.qualifier, f.period])).toEqual([
      ['trade_turnover', 324_000_000, 'exact', '2000'],
      ['trade_turnover', 4_900_000_000, 'about', '2025'],
      ['growth_rate', 15, 'about', '2001..2026'],
      ['other', 12, 'about', '2001'],
      ['other', 9.4, 'exact', '2025'],
    ]);
  });

  it('"and more" that opens another clause is no qualifier; a programme\'s allocation "this year" is the whole year', () => {
    expect(brief('In January-October trade between Russia and Azerbaijan grew 9.4% to $3.98 billion, and more and more of it moves by road.', '2024-11-20')).toEqual([
      ['growth_rate', 9.4, 'exact', '2024-01..2024-10'],
      ['trade_turnover', 3_980_000_000, 'exact', '2024-01..2024-10'],
    ]);
    expect(brief('The federal programme provides 11.2 billion roubles for rebuilding the Russian side of the crossing, of which 4.1 billion roubles this year.', '2024-11-20').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['funding', 11_200_000_000, '2024-11'],
      ['funding', 4_100_000_000, '2024'],
    ]);
    // What was sent so far this year stays the year to date.
    expect(brief('Только в этом году Азербайджан направил на восстановление Карабаха около 3,6 млрд манатов.', '2025-11-10').map(([m, v, , p]) => [m, v, p])).toEqual([['funding', 3_600_000_000, '2025-01..2025-10']]);
  });

  it('"…, down from 1.08 million tonnes" after a dated new value is the same run a year before', () => {
    const text = 'SOCAR shipped 0.96 million tonnes of Azerbaijani oil through the Baku–Novorossiysk pipeline in January–October, down from 1.08 million tonnes.';
    expect(brief(text, '2024-12-03')).toEqual([
      ['cargo_volume', 960_000, 'exact', '2024-01..2024-10'],
      ['cargo_volume', 1_080_000, 'exact', '2023-01..2023-10'],
    ]);
  });

  it('"double the volume of the same quarter of 2024" compares with 2024; "in the same period of 2024" dates its own figure', () => {
    expect(brief("Russian grain forwarded to Iran through Azerbaijan's Astara terminal rose to 412,000 tonnes in the third quarter, roughly double the volume of the same quarter of 2024.", '2025-10-30')).toEqual([
      ['cargo_volume', 412_000, 'exact', '2025-Q3'],
      ['growth_rate', 2, 'about', '2025-Q3'],
    ]);
  });

  it('a table row that opens with two countries joined by a dash is their route', () => {
    const table = ['Route (thousand tonnes) | Q3 2024 | Q3 2025 | Change, %', 'Russia–Azerbaijan | 1,152 | 1,370 | +18.9', 'Russia–Iran transit via Azerbaijan | 406 | 512 | +26.1', 'Russia–Kazakhstan (Caspian ferry) | 233 | 198 | -15.0'].join('\n');
    const text = 'Volga-Caspian Logistics carried more cargo between Russia and Azerbaijan in the third quarter.\n\n' + table;
    expect(figuresOf(text, '2025-11-06').filter((f) => f.metric === 'cargo_volume').map((f) => [f.value, f.subject])).toEqual([
      [1_152_000, 'RU-AZ'], [1_370_000, 'RU-AZ'], [406_000, 'RU-IR'], [512_000, 'RU-IR'], [233_000, 'RU-KZ'], [198_000, 'RU-KZ'],
    ]);
  });

  it('a nationality of the flow after a verb of giving is no recipient ("gave Russian exports to Azerbaijan as 2.7 bcm")', () => {
    const subjects = figuresOf('Correction: an earlier version of this analysis gave Russian exports to Azerbaijan in January–October as 2.7 bcm.', '2024-12-03').map((f) => f.subject);
    expect(subjects).toEqual(['RU>AZ']);
  });

  it('a source ("the Central Bank of Azerbaijan", "the Azerbaijani economy ministry") names no end of a flow', () => {
    const text = 'The Central Bank of Azerbaijan put accumulated Russian investment at $6.4 billion at the end of September 2025, and the Azerbaijani economy ministry says more than $6.6 billion has been invested since 1995.';
    expect(figuresOf(text, '2026-03-05').map((f) => f.subject)).toEqual(['RU>AZ', 'RU-AZ']);
  });

  it('an amount that goes on with the paragraph\'s total takes the total\'s subject, not the component\'s named last', () => {
    const text = "Azerbaijan's customs committee put trade with Russia at $4.62 billion in 2025. Russian exports to Azerbaijan came to $3.35 billion and imports from Azerbaijan to $1.27 billion. The committee also revised its 2024 figure to $4.47 billion.";
    expect(figuresOf(text, '2026-02-19').map((f) => [f.metric, f.subject])).toEqual([
      ['trade_turnover', 'RU-AZ'], ['exports', 'RU>AZ'], ['imports', 'AZ>RU'], ['trade_turnover', 'RU-AZ'],
    ]);
  });

  it('a table whose rows name no metric takes its caption\'s, title line and unit line together', () => {
    const text = ['Таблица 2. Перевозки грузов между Азербайджаном и Россией по видам транспорта', '(тыс. тонн)', 'Вид транспорта | I полугодие 2025 | I полугодие 2026 | Изменение, %', 'Железнодорожный | 2 140,5 | 2 412,8 | +12,7', 'Автомобильный | 1 018,2 | 1 065,9 | +4,7'].join('\n');
    expect(figuresOf(text, '2026-08-14').map((f) => [f.metric, f.value, f.period, f.subject])).toEqual([
      ['cargo_volume', 2_140_500, '2025-H1', 'RU-AZ'], ['cargo_volume', 2_412_800, '2026-H1', 'RU-AZ'], ['growth_rate', 12.7, '2026-H1', 'RU-AZ'],
      ['cargo_volume', 1_018_200, '2025-H1', 'RU-AZ'], ['cargo_volume', 1_065_900, '2026-H1', 'RU-AZ'], ['growth_rate', 4.7, '2026-H1', 'RU-AZ'],
    ]);
  });

  it('spoken estimates: "миллионов пятнадцать" is about 15 million; "north of", "без малого", "maybe" qualify', () => {
    expect(brief('Пропускная способность границы России и Азербайджана – миллионов пятнадцать тонн в год.', '2025-12-09')).toEqual([['cargo_volume', 15_000_000, 'about', null]]);
    expect(brief('Trade between Russia and Azerbaijan is north of four billion dollars this year.', '2025-09-23').map(([m, v, q]) => [m, v, q])).toEqual([['trade_turnover', 4_000_000_000, 'more_than']]);
    expect(brief('Пшеницы из России в Азербайджан за девять месяцев отгрузили без малого полтора миллиона тонн.', '2025-12-09').map(([m, v, q]) => [m, v, q])).toEqual([['exports', 1_500_000, 'less_than']]);
  });

  it('rail shipments are cargo; "the highest monthly volume since December 2023, when …" dates the "when" figure by that month', () => {
    const text = 'Russian Railways said rail shipments to Azerbaijan rose 9% in March to 412,000 tonnes, the highest monthly volume since December 2023, when 436,000 tonnes were loaded.';
    expect(brief(text, '2026-04-15')).toEqual([
      ['growth_rate', 9, 'exact', '2026-03'],
      ['cargo_volume', 412_000, 'exact', '2026-03'],
      ['cargo_volume', 436_000, 'exact', '2023-12'],
    ]);
  });

  it('"have been hurt", "forced the evacuation of", "about 64,000 strong" and "the deadliest … since March 2025, when"', () => {
    const text = "It was the deadliest mine blast since March 2025, when three ANAMA deminers were killed near Aghdam in Azerbaijan. According to ANAMA, 14 people have been hurt in the first five months of this year alone. A wildfire in Azerbaijan's Tartar district forced the evacuation of about 310 residents on Monday. Azerbaijan's army, about 64,000 strong according to the IISS, has been shrinking.";
    expect(brief(text, '2026-06-18')).toEqual([
      ['casualties', 3, 'exact', '2025-03'],
      ['casualties', 14, 'exact', '2026-01..2026-05'],
      ['displaced', 310, 'about', '2026-06'],
      ['troops', 64_000, 'about', '2026-06'],
    ]);
  });

  it('a bare verb of spending goes on with the paragraph\'s defence spending; "4% less than the X" leaves X exact', () => {
    const text = "SIPRI's new data tell three stories. Azerbaijan spent $4.9 billion on its armed forces last year, about 3.8% of GDP. Armenia spent $1.7 billion, or 6.2% of its much smaller economy.\n\nThe 2026 Russian federal budget allots 12.9 trillion roubles to national defence, about 4% less than the 13.5 trillion roubles of 2025.";
    expect(brief(text, '2026-05-06').filter(([m]) => m === 'military_spending')).toEqual([
      ['military_spending', 4_900_000_000, 'exact', '2025'],
      ['military_spending', 1_700_000_000, 'exact', '2025'],
      ['military_spending', 12_900_000_000_000, 'exact', '2026'],
      ['military_spending', 13_500_000_000_000, 'exact', '2025'],
    ]);
  });

  it('an answer that opens with a word of its own still reads its amounts after the question; "с лишним" before a number', () => {
    const text = '– Игорь Викторович, каким получается 2025 год для двусторонней торговли России и Азербайджана?\n\n– Хорошим. За девять месяцев вышло с лишним три с половиной миллиарда долларов.';
    expect(brief(text, '2025-12-09')).toEqual([['trade_turnover', 3_500_000_000, 'more_than', '2025-01..2025-09']]);
  });

  it('"потратила на военные нужды" is defence spending, and the elided amounts after it too', () => {
    const text = 'По оценке SIPRI, в 2024 году Россия потратила на военные нужды 149 млрд долларов, Азербайджан – 4,8 млрд, Армения – 1,7 млрд.';
    expect(brief(text, '2026-01-27').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['military_spending', 149_000_000_000, '2024'],
      ['military_spending', 4_800_000_000, '2024'],
      ['military_spending', 1_700_000_000, '2024'],
    ]);
  });

  it('"revised … to X from the Y published in May": Y is of the period revised, not the month it was published', () => {
    const text = 'The ministry has revised its January–March 2026 trade turnover figure with Russia to $1,142.7 million from the $1,155.0 million published in Digest No. 4 in May.';
    expect(brief(text, '2026-08-05').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['trade_turnover', 1_142_700_000, '2026-Q1'],
      ['trade_turnover', 1_155_000_000, '2026-Q1'],
    ]);
  });

  it('a table row that names a part of the flow ("Non-oil exports to Russia") is other, in money', () => {
    const text = ["Azerbaijan's trade with Russia, $ million", 'Indicator | Jan–Jun 2025 | Jan–Jun 2026 | Change, %', 'Exports to Russia | 561.3 | 603.8 | +7.6', 'Non-oil exports to Russia | 548.0 | 590.2 | +7.7'].join('\n');
    expect(figuresOf(text, '2026-08-05').map((f) => [f.metric, f.value])).toEqual([
      ['exports', 561_300_000], ['exports', 603_800_000], ['growth_rate', 7.6],
      ['other', 548_000_000], ['other', 590_200_000], ['other', 7.7],
    ]);
  });

  it('the words of a relative clause closed before the amount are not the amount\'s ("…, which shares the line north of Baku, reached 6.9 million tonnes")', () => {
    const text = 'Bilateral rail freight between Russia and Azerbaijan, which shares the line north of Baku, reached 6.9 million tonnes in January–October, 7% more than a year earlier.';
    expect(brief(text, '2025-12-10').map(([m, v]) => [m, v])).toEqual([['cargo_volume', 6_900_000], ['growth_rate', 7]]);
  });

  it('a short aside in parentheses ("(ANAMA)") does not cut off the verb; "One of them" is no count; "injures" is a casualty cue', () => {
    const text = 'Two deminers of the Mine Action Agency (ANAMA) were injured on Saturday when a mine exploded near Horadiz in Azerbaijan. One of them, a 31-year-old team leader, was taken to hospital in Baku.';
    expect(brief(text, '2026-04-15')).toEqual([['casualties', 2, 'exact', '2026-04']]);
    expect(brief('Mine blast injures two deminers in Azerbaijan', '2026-04-15').map(([m, v]) => [m, v])).toEqual([['casualties', 2]]);
  });
});
