/**
 * General causes behind holdout-25's and holdout-26's first passes (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-25 causes', () => {
  it('a period that ends a pair of tolls sharing one verb dates both ("Three were killed and nine wounded in May")', () => {
    const text = 'Along the Georgian border three soldiers were killed and nine wounded in May.';
    expect(figuresOf(text, '2024-06-04').map((f) => [f.metric, f.value, f.period])).toEqual([['casualties', 3, '2024-05'], ['casualties', 9, '2024-05']]);
    // Each toll's own period still wins, and a comma breaks the pair.
    expect(figuresOf('Along the Georgian border three soldiers were killed in April and nine wounded in May.', '2024-06-04').map((f) => f.period)).toEqual(['2024-04', '2024-05']);
    expect(figuresOf('Along the Georgian border three soldiers were killed, and nine were wounded in May.', '2024-06-04').map((f) => f.period)).toEqual(['2024-06', '2024-05']);
  });
  it('"during the reporting period" after a pair of tolls is the headline\'s period', () => {
    const text = ['Border bulletin No. 9/2024 (2–29 September 2024)', '', 'Three servicemen were killed and five wounded during the reporting period.'].join('\n');
    expect(figuresOf(text, '2024-10-02').map((f) => [f.value, f.period])).toEqual([[3, '2024-09'], [5, '2024-09']]);
  });
  it('"$2 billion and 3 people" are two numbers: "and" joins digits only below a thousand ("3 hundred and 21")', () => {
    const text = 'Russian exports to Georgia reached $2 billion and 3 people were killed at the border in March.';
    expect(figuresOf(text, '2024-04-10').map((f) => f.value)).toEqual([2e9, 3]);
    expect(figuresOf('The contingent numbered 3 hundred and 21 officers.', '2024-04-10').map((f) => f.value)).toEqual([321]);
  });
  it('days of one month ("between 4 and 28 March") are a span: the month, for a change counted over it too', () => {
    const text = 'Monitors logged 57 ceasefire violations on the Georgian border between 4 and 28 March, 12% more than in the previous period.';
    expect(figuresOf(text, '2024-04-02').map((f) => [f.metric, f.value, f.period])).toEqual([['incidents', 57, '2024-03'], ['growth_rate', 12, '2024-03']]);
  });
  it('a bare "Total" row under rows of periods sums their period: one month, or the run from the first to the last', () => {
    const weeks = ['Table 3. Reported ceasefire violations by week, March 2024', 'Week | Reported by Armenia | Reported by Azerbaijan | Total', '4–10 March | 6 | 4 | 10', '11–17 March | 8 | 5 | 13', 'Total | 14 | 9 | 23'].join('\n');
    expect(figuresOf(weeks, '2024-04-02').filter((f) => f.value === 14 || f.value === 23).map((f) => [f.metric, f.value, f.period])).toEqual([['incidents', 14, '2024-03'], ['incidents', 23, '2024-03']]);
    const months = ['Таблица 1. Товарооборот России и Грузии, млн долларов', 'Месяц | Товарооборот | Экспорт', 'Январь 2024 | 210,5 | 150,1', 'Февраль 2024 | 198,2 | 140,7', 'Март 2024 | 230,0 | 161,3', 'Итого | 638,7 | 452,1'].join('\n');
    expect(figuresOf(months, '2024-04-20').filter((f) => f.value === 638.7e6).map((f) => f.period)).toEqual(['2024-01..2024-03']);
  });
  it('"N reports of ceasefire violations from A and M from B": the next count repeats the preposition, so its noun is elided', () => {
    const text = 'Monitors received 35 reports of ceasefire violations from the Ministry of Defence of Georgia and 22 from the Ministry of Defence of Russia.';
    expect(figuresOf(text, '2024-04-02').map((f) => [f.metric, f.value, f.unit])).toEqual([['incidents', 35, 'count'], ['incidents', 22, 'count']]);
    // Another preposition that far from the count is no such list.
    expect(figuresOf('Monitors received 35 reports of ceasefire violations from the Ministry of Defence of Georgia and 22 in the press.', '2024-04-02').map((f) => f.value)).toEqual([35]);
  });
  it('a breakdown in brackets after a head count ("nine were wounded (five Georgian and four Ossetian)") counts the same people, not families', () => {
    const text = 'In March three soldiers were killed and nine were wounded (five Georgian and four Ossetian).';
    expect(figuresOf(text, '2024-04-02').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['casualties', 3, '2024-03'], ['casualties', 9, '2024-03'], ['casualties', 5, '2024-03'], ['casualties', 4, '2024-03'],
    ]);
    expect(figuresOf('In May, 2,310 displaced people (604 families) moved back to Tskhinvali district.', '2024-06-02').map((f) => f.value)).toEqual([2310]);
  });
  it('"slipping 1.1%", "dipped 3%", "tumbled 20%" are declines', () => {
    const text = 'Georgia\'s exports to Russia slipped 1.1% in 2024, dipped 3% in the first quarter and tumbled 20% in April.';
    expect(figuresOf(text, '2025-05-20').map((f) => [f.metric, f.value])).toEqual([['growth_rate', -1.1], ['growth_rate', -3], ['growth_rate', -20]]);
  });
  it('in a freight story, tonnes shipped one way ("shipments from Russia to Georgia") are that freight by direction, not exports', () => {
    const text = ['Georgian Railway: freight via Upper Lars up 6% to 2.4 million tonnes in 2024', '', 'Freight carried through the Upper Lars crossing rose 6% last year to 2.4 million tonnes.', 'Shipments from Russia to Georgia fell 3% to 1.6 million tonnes, while flows the other way rose to 0.5 million tonnes.'].join('\n');
    const read = figuresOf(text, '2025-01-20').filter((f) => f.value === 1.6e6 || f.value === 0.5e6 || f.value === -3).map((f) => [f.metric, f.growthOf ?? null, f.value]);
    expect(read).toEqual([['growth_rate', 'cargo_volume', -3], ['cargo_volume', null, 1.6e6], ['cargo_volume', null, 0.5e6]]);
    // Shipments of named goods, or to a market, stay exports.
    const goods = ['Georgian Railway: freight via Upper Lars up 6% to 2.4 million tonnes in 2024', '', 'Freight carried through the Upper Lars crossing rose 6% last year to 2.4 million tonnes.', 'Shipments to Russia of Georgian mandarins reached 120,000 tonnes.'].join('\n');
    expect(figuresOf(goods, '2025-01-20').filter((f) => f.value === 120000).map((f) => f.metric)).toEqual(['exports']);
  });
  it('a goal in words with no unit of its own ("we will pass four point eight billion") keeps the horizon its sentence names', () => {
    const text = 'Last year our trade with Georgia came to two billion dollars. I am sure that by the end of the year we will pass two point five billion.';
    expect(figuresOf(text, '2024-11-05').map((f) => [f.value, f.period, f.modality ?? null])).toEqual([[2e9, '2023', null], [2.5e9, '2024', 'target']]);
  });
  it('a headline\'s "trade to pass $N this year" is a goal for the year', () => {
    expect(figuresOf('Minister: Russia-Georgia trade to pass $2.5 billion this year', '2024-11-05').map((f) => [f.period, f.modality ?? null])).toEqual([['2024', 'target']]);
  });
  it('"вырос почти в 1,9 раза: в 2021 году …" is a change whose colon opens the detail, and "на эти цели" after a military budget is that budget', () => {
    const text = 'Военный бюджет Армении за четыре года вырос почти в 1,8 раза: в 2021 году на эти цели было выделено 320 млрд драмов.';
    expect(figuresOf(text, '2025-03-10').map((f) => [f.metric, f.value, f.unit])).toEqual([['growth_rate', 1.8, 'times'], ['military_spending', 320e9, 'AMD']]);
    expect(figuresOf('The purpose of this exercise is twofold: trade with Georgia grew.', '2025-03-10')).toEqual([]);
  });
  it('"Еще около 15 тыс. служат в …" after a force\'s strength is more of that force, and so is the dashed next item', () => {
    const text = 'Вооруженные силы Грузии насчитывают около 20 тыс. военнослужащих. Еще около 5 тыс. служат в пограничной полиции, примерно 3 тыс. – в Национальной гвардии.';
    expect(figuresOf(text, '2025-03-10').map((f) => [f.metric, f.value])).toEqual([['troops', 20000], ['troops', 5000], ['troops', 3000]]);
  });
  it('a head before a colon says whom the counts after it count; the part right after its whole ("из 212 человек 130") and "остальные 82" are of them', () => {
    const text = 'Большинство пострадавших – мирные жители: из 212 человек 130 были гражданскими лицами, в том числе 17 детей, остальные 82 – военнослужащие и саперы.';
    expect(figuresOf(text, '2025-04-10').map((f) => [f.metric, f.value])).toEqual([['casualties', 212], ['casualties', 130], ['casualties', 17], ['casualties', 82]]);
    const english = 'Of the 212 mine victims since 2021, 130 were civilians, including 17 children, and the other 82 were soldiers.';
    expect(figuresOf(english, '2025-04-10').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['casualties', 212, '2021..2025'], ['casualties', 130, '2021..2025'], ['casualties', 17, '2021..2025'], ['casualties', 82, '2021..2025'],
    ]);
    // A title's verb is no head: "Fields That Still Kill: interviews with 90 survivors".
    expect(figuresOf('The report "Fields That Still Kill: Mines in Georgia" is based on interviews with 90 survivors and officials.', '2025-04-10').map((f) => f.metric)).toEqual(['other']);
  });
  it('"shipped 4.1 billion cubic metres (bcm) of gas to Georgia, 12% more than a year earlier": exports, and the change set off after them is theirs', () => {
    const text = 'Gazprom shipped 4.1 billion cubic metres (bcm) of gas to Georgia in the first half of 2025, 12% more than a year earlier.';
    expect(figuresOf(text, '2025-08-10').map((f) => [f.metric, f.growthOf ?? null, f.value])).toEqual([['exports', null, 4.1], ['growth_rate', 'exports', 12]]);
  });
  it('"about 30 km from the Georgian border" is where a place lies, a distance, not the border\'s length; "162 km from Rasht to Astara" is a run', () => {
    expect(figuresOf('The blast hit a farm near Sadakhlo, about 30 km from the Georgian border, on Monday.', '2025-03-10').map((f) => f.metric)).toEqual(['distance']);
    expect(figuresOf('Взрыв произошел в 12 км от границы с Грузией.', '2025-03-10').map((f) => f.metric)).toEqual(['distance']);
    expect(figuresOf('The Georgian border runs 80 km from the Ossetian ridge to the sea.', '2025-03-10').map((f) => f.metric)).toEqual(['border_length']);
  });
  it('"600,000 bpd that Azerbaijan exports" is an export rate: "bpd" is barrels a day, and the relative clause names the flow', () => {
    const text = 'The line carries about 20,000 barrels per day, a fraction of the roughly 600,000 bpd that Kazakhstan exports.';
    expect(figuresOf(text, '2025-03-10').map((f) => [f.metric, f.value, f.unit, f.modality ?? null])).toEqual([['cargo_volume', 20000, 'bbl', 'rate'], ['exports', 600000, 'bbl', 'rate']]);
  });
  it('"trade, swollen by re-exports, about $12 billion, more than double the 2022 level": the aside names no metric, and "more than double" is no absolute change', () => {
    const text = 'Russia–Georgia trade reached $2.1 billion in 2024, and Russia–Kazakhstan trade, swollen by re-exports, about $28 billion, more than double the 2021 level.';
    expect(figuresOf(text, '2025-02-10').map((f) => [f.metric, f.value])).toEqual([['trade_turnover', 2.1e9], ['trade_turnover', 28e9], ['growth_rate', 2]]);
  });
  it('"some 4,000 troops at its 4th base … and about 3,500 at the 7th": the next head count repeats the preposition', () => {
    const text = 'In Moldova, Russia keeps some 1,500 troops at its base in Tiraspol and about 400 at the depot in Cobasna.';
    expect(figuresOf(text, '2025-02-10').map((f) => [f.metric, f.value])).toEqual([['troops', 1500], ['troops', 400]]);
  });
  it('a note under a numbered table title that names no metric ("Figures are in US$ million at current prices") leaves the title the caption', () => {
    const table = ['Table 2. Military expenditure in Central Asia, 2022–24', 'Figures are in US$ million at current prices and exchange rates.', 'Country | 2022 | 2023 | 2024', 'Kazakhstan | 1,140 | 1,250 | 1,410'].join('\n');
    expect(figuresOf(table, '2025-04-28').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['military_spending', 1.14e9, '2022'], ['military_spending', 1.25e9, '2023'], ['military_spending', 1.41e9, '2024'],
    ]);
  });
  it('people resettled under a return programme, in a sentence or in a table headed "Переселено", are no longer displaced', () => {
    const text = 'В рамках программы «Великое возвращение» в села Кельбаджарского района переселены 3 120 человек.';
    expect(figuresOf(text, '2025-06-11').map((f) => f.metric)).toEqual(['other']);
    const table = ['Переселение в освобожденные районы по районам (данные Государственного комитета по делам беженцев и вынужденных переселенцев)', 'Район | Переселено на 1 июня 2025 г., человек | В т.ч. в январе-мае 2025 г., человек', 'Губадлинский | 2 140 | 510', 'Кубатлинский | 1 870 | 420'].join('\n');
    expect(figuresOf(table, '2025-06-11').map((f) => f.metric)).toEqual(['other', 'other', 'other', 'other']);
  });
  it('in a freight story, tonnes sent "в направлении Грузии" and "в обратном направлении" are freight by direction', () => {
    const text = ['РЖД увеличили отправку грузов в Грузию на 5%', '', 'В январе — июне 2025 года по сети РЖД в сообщении с Грузией перевезено 1,2 млн тонн грузов. Из них в направлении Грузии отправлено 0,9 млн тонн, в обратном направлении — 0,3 млн тонн.'].join('\n');
    expect(figuresOf(text, '2025-07-15').filter((f) => f.unit === 't').map((f) => [f.metric, f.value])).toEqual([['cargo_volume', 1.2e6], ['cargo_volume', 0.9e6], ['cargo_volume', 0.3e6]]);
  });
  it('"Из общего числа нарушений за май 41 …, 12 — в …, еще 7 — в …": the total\'s noun and period count every item after it', () => {
    const text = 'Из общего числа нарушений за май 41 зафиксировано на грузинском участке границы, 12 — в направлении Цхинвали, еще 7 — в Кодорском ущелье.';
    expect(figuresOf(text, '2024-06-03').map((f) => [f.metric, f.value, f.unit, f.period])).toEqual([
      ['incidents', 41, 'count', '2024-05'], ['incidents', 12, 'count', '2024-05'], ['incidents', 7, 'count', '2024-05'],
    ]);
  });
  it('a table cell may open with its qualifier ("about 2,200"), and a column of other things counted ("Observation posts") takes no head count', () => {
    const table = ['Table 1. Russian contingent in Transnistria', 'Date | Troops | Observation posts', 'January 2020 | 1,500 | 15', 'January 2022 | about 1,400 | 12', 'January 2024 | около 1 300 | 11'].join('\n');
    expect(figuresOf(table, '2024-07-09').map((f) => [f.metric, f.value, f.qualifier, f.period])).toEqual([
      ['troops', 1500, 'exact', '2020-01'], ['troops', 1400, 'about', '2022-01'], ['troops', 1300, 'about', '2024-01'],
    ]);
  });
  it('goods "shipped" are exports when the sentence names the goods, or when sellers ship them, whatever carried them', () => {
    expect(figuresOf('Of the fruit shipped to Russia, apricots accounted for 21,300 tonnes.', '2024-11-19').map((f) => f.metric)).toEqual(['exports']);
    expect(figuresOf('Kazakh exporters also shipped around 1.4 million tonnes to Iran last year, mainly through the port of Aktau.', '2024-11-19').map((f) => f.metric)).toEqual(['exports']);
    // Freight through a port with no seller or goods named stays cargo.
    expect(figuresOf('The port of Aktau shipped around 1.4 million tonnes to Iran last year.', '2024-11-19').map((f) => f.metric)).toEqual(['cargo_volume']);
  });
  it('"grew by 40 per cent between 2018 and 2023, from $1.5 billion to $2.1 billion": the ends of the change are the span\'s first and last years', () => {
    const text = 'Trade between Russia and Georgia grew by 40 per cent between 2018 and 2023, from $1.5 billion to $2.1 billion.';
    expect(figuresOf(text, '2024-02-18').map((f) => [f.metric, f.value, f.period])).toEqual([['growth_rate', 40, '2018..2023'], ['trade_turnover', 1.5e9, '2018'], ['trade_turnover', 2.1e9, '2023']]);
    // A revision keeps one period for both.
    expect(figuresOf('Rosstat revised trade with Georgia for 2018–2023 from $9.1 billion to $9.4 billion.', '2024-02-18').map((f) => f.period)).toEqual(['2018..2023', '2018..2023']);
  });
  it('"Georgia spent $541 million" after bullets on military spending is military spending too', () => {
    const text = ['KEY FACTS', '• Kazakhstan\'s military expenditure rose by 9 per cent in 2024 to $2.1 billion.', '• Uzbekistan increased its military spending by 12 per cent in 2024, to $1.9 billion.', '• Kyrgyzstan spent $240 million, or 1.8 per cent of GDP.'].join('\n');
    expect(figuresOf(text, '2025-04-28').filter((f) => f.value === 240e6).map((f) => [f.metric, f.period])).toEqual([['military_spending', '2024']]);
  });
  it('a digest of ministers\' answers: "cases of fire", "attempts to cross the state border illegally, 312 of them …", "including 11 so far this year", money "from the state budget", and money "spent" after a defence allocation', () => {
    expect(figuresOf('The minister said the army had recorded 9 cases of fire from Georgian positions in April.', '2025-05-21').map((f) => [f.metric, f.value])).toEqual([['incidents', 9]]);
    expect(figuresOf('Border guards stopped 640 attempts to cross the state border illegally last year, 120 of them on the border with Turkey.', '2025-05-21').map((f) => [f.metric, f.value])).toEqual([['incidents', 640], ['incidents', 120]]);
    expect(figuresOf('He said 210 people had been killed or injured by mines since 2021, 40 of them fatally, including 6 so far this year.', '2025-05-21').map((f) => [f.metric, f.value])).toEqual([['casualties', 210], ['casualties', 40], ['casualties', 6]]);
    expect(figuresOf('Mine clearance will receive 95 million lari from the state budget this year, he said.', '2025-05-21').map((f) => f.metric)).toEqual(['funding']);
    const spent = 'Under the 2025 budget, 3.1 billion lari is allocated to defence, or 14% of all spending, and 0.9 billion lari had been spent in January-April.';
    expect(figuresOf(spent, '2025-05-21').filter((f) => f.unit === 'GEL').map((f) => f.metric)).toEqual(['military_spending', 'military_spending']);
  });
  it('a rate after a pair of amounts ("до 15 тыс. тонн грузов и до 9 тыс. пассажиров в сутки") is both amounts\', and a participle aside (", построенный в 1961 году,") dates no figure after it', () => {
    const text = 'Новый мост рассчитан на пропуск до 15 тыс. тонн грузов и до 9 тыс. пассажиров в сутки.';
    expect(figuresOf(text, '2024-09-18').filter((f) => f.unit === 't').map((f) => [f.value, f.modality ?? null, f.period])).toEqual([[15000, 'rate', null]]);
    const old = 'Действующий мост, построенный в 1961 году, пропускает не более 5 тыс. тонн грузов в сутки.';
    expect(figuresOf(old, '2024-09-18').map((f) => [f.value, f.modality ?? null, f.period])).toEqual([[5000, 'rate', null]]);
    // An aside after the figure still dates it: "контингент численностью 1960 военнослужащих, введенный … 10 ноября 2020 года,".
    const after = 'Контингент численностью 1960 военнослужащих, введенный в Карабах 10 ноября 2020 года, покинул регион.';
    expect(figuresOf(after, '2024-06-18').map((f) => f.period)).toEqual(['2020-11']);
  });
  it('"в конце апреля", "к началу апреля", "at the end of April", "in mid-May" name their month', () => {
    expect(figuresOf('К началу апреля в Южной Осетии находились около 4 тыс. российских военнослужащих.', '2024-05-23').map((f) => f.period)).toEqual(['2024-04']);
    expect(figuresOf('At the end of April, about 3,500 Russian troops remained in Abkhazia.', '2024-05-23').map((f) => f.period)).toEqual(['2024-04']);
  });
  it('"… в 1,9 раза больше, чем годом ранее, когда поставки составили 0,9 млрд кубометров": the base is a year before the story\'s period', () => {
    const text = '«Газпром» в 2023 году поставил в Грузию около 0,4 млрд кубометров газа. Это в 1,5 раза больше, чем годом ранее, когда поставки составили 0,27 млрд кубометров.';
    expect(figuresOf(text, '2024-03-13').filter((f) => f.unit === 'bcm').map((f) => [f.value, f.period])).toEqual([[0.4, '2023'], [0.27, '2022']]);
  });
  it('"31 Georgian servicemen and more than 40 people on the Ossetian side were killed": the verb after the pair is both counts\'', () => {
    const text = 'In the fighting of 8 August 2008, 31 Georgian servicemen and more than 40 people on the Ossetian side were killed.';
    expect(figuresOf(text, '2009-03-12').map((f) => [f.metric, f.value])).toEqual([['casualties', 31], ['casualties', 40]]);
    expect(figuresOf('Russia keeps 4,000 servicemen at the base and 20 aircraft at the airfield.', '2009-03-12').map((f) => f.metric)).toEqual(['troops']);
  });
  it('a road that "runs about 700 km from Vladikavkaz to the Georgian border" and "a 12-km bypass" are distances; "the border runs 390 km from Astara to Krasny Most" is the border\'s length', () => {
    const road = 'The highway, which runs about 700 km from Vladikavkaz to the Georgian border, is being widened, and a 12-km bypass around Kazbegi is planned.';
    expect(figuresOf(road, '2024-09-24').map((f) => [f.metric, f.value])).toEqual([['distance', 700], ['distance', 12]]);
    expect(figuresOf('The border runs 390 km from Astara to Krasny Most.', '2024-09-24').map((f) => f.metric)).toEqual(['border_length']);
  });
  it('a period right after a colon opens the statement anew ("Moscow added units: in December 2022, according to …, the force numbered about 2,200")', () => {
    const text = 'Moscow later added engineering units: in March 2021, according to defence ministry briefings, the force numbered about 1,700 personnel.';
    expect(figuresOf(text, '2024-07-09').map((f) => [f.metric, f.value, f.period])).toEqual([['troops', 1700, '2021-03']]);
  });
  it('year columns headed "2025 Proj." are projections: goals for the years not yet over', () => {
    const table = ['Table 1. Georgia: selected indicators', 'Indicator | 2023 | 2024 | 2025 Proj. | 2026 Proj.', 'Exports of goods (US$ billion) | 5.9 | 6.3 | 6.6 | 7.0'].join('\n');
    expect(figuresOf(table, '2025-06-12').map((f) => [f.period, f.modality ?? null])).toEqual([['2023', null], ['2024', null], ['2025', 'target'], ['2026', 'target']]);
  });
  it('"оборонные расходы составят около 3% ВВП, а в 2027 году могут превысить 2 млрд лари": the word right after the share is the share\'s, the amount after "а" is the spending', () => {
    const text = 'По прогнозу аналитиков, в 2026 году оборонные расходы Грузии составят около 2% ВВП, а в 2027 году могут превысить 2 млрд лари.';
    expect(figuresOf(text, '2025-12-15').filter((f) => f.unit === 'GEL').map((f) => [f.metric, f.modality ?? null, f.period])).toEqual([['military_spending', 'target', '2027']]);
    // A relative clause after the share still names the share's whole: "17,1% всех расходов госбюджета, которые заложены в объеме 50,8 млрд".
    const whole = 'Оборонная статья – это 17,1% всех расходов госбюджета на 2025 год, которые заложены в объеме 50,8 млрд манатов.';
    expect(figuresOf(whole, '2024-10-20').filter((f) => f.unit === 'AZN').map((f) => f.metric)).toEqual(['other']);
  });
  it('"some 1,800 Russian troops remained in the region" after the story placed the contingent is that contingent (RU>AZ)', () => {
    const text = 'Russia deployed 1,960 peacekeepers to Karabakh in November 2020. In April 2024, when the pull-out began, some 1,800 Russian troops remained in the region.';
    expect(figuresOf(text, '2024-07-09').map((f) => [f.value, f.subject])).toEqual([[1960, 'RU>AZ'], [1800, 'RU>AZ']]);
  });
  it('"$0.41 billion of imports from Georgia by Russia\'s count" after "…of Georgian exports to Russia": the flow named after "of" is the amount\'s', () => {
    const text = 'The two sources roughly agree: $0.40 billion of Georgian exports to Russia by our count, $0.41 billion of imports from Georgia by Russia\'s.';
    expect(figuresOf(text, '2025-02-18').map((f) => f.metric)).toEqual(['exports', 'imports']);
  });
  it('"grew from $1.5 billion to $2.1 billion between 2018 and 2023": the span after the change starts at the old value', () => {
    const text = 'Trade between Russia and Georgia grew from $1.5 billion to $2.1 billion between 2018 and 2023.';
    expect(figuresOf(text, '2024-02-18').map((f) => [f.value, f.period])).toEqual([[1.5e9, '2018'], [2.1e9, '2023']]);
  });
  it('a list item with its verb elided ("…, Узбекистана – в 48 тыс., Киргизии – в 10,9 тыс.") is its own country\'s, and repeats the change', () => {
    const troops = 'IISS оценивает численность армии Казахстана в 39 тыс. военнослужащих, Узбекистана - в 48 тыс., Киргизии - в 10,9 тыс.';
    expect(figuresOf(troops, '2024-03-01').map((f) => [f.metric, f.value, f.subject])).toEqual([['troops', 39000, 'KZ'], ['troops', 48000, 'UZ'], ['troops', 10900, 'KG']]);
    const changes = 'С 2019 по 2023 год военные расходы Казахстана выросли на 40%, Узбекистана - в 1,6 раза, Киргизии - на 25%.';
    expect(figuresOf(changes, '2024-03-01').map((f) => [f.metric, f.value, f.unit, f.subject])).toEqual([['growth_rate', 40, '%', 'KZ'], ['growth_rate', 1.6, 'times', 'UZ'], ['growth_rate', 25, '%', 'KG']]);
    // A flow keeps its other end; the source named before the first item's clause is no item.
    const flows = 'По данным ФТС РФ, Турция за январь-июнь поставила в Россию 120 тыс. тонн лимонов, Египет - 95 тыс. тонн, Иран - около 40 тыс. тонн.';
    expect(figuresOf(flows, '2024-03-01').map((f) => f.subject)).toEqual(['TR>RU', 'EG>RU', 'IR>RU']);
  });
  it('"in the period" is the period the story named last, as "тогда" is; "the period of …" names its own', () => {
    const text = 'Grain made up about 21% of Russia\'s exports to Georgia in the first eight months, customs data show. Russia\'s total exports to Georgia came to $1.1 billion in the period.';
    expect(figuresOf(text, '2025-10-14').map((f) => [f.value, f.period])).toEqual([[21, '2025-01..2025-08'], [1.1e9, '2025-01..2025-08']]);
    const own = 'Grain made up about 21% of Russia\'s exports to Georgia in the first eight months. Exports to Georgia came to $1.6 billion in the period of 2023.';
    expect(figuresOf(own, '2025-10-14').map((f) => f.period)).toEqual(['2025-01..2025-08', '2023']);
  });
  it('what a country "harvested" is its output, not the imports named later in the sentence', () => {
    const text = 'Georgia harvested about 400,000 tons of wheat in 2023, leaving it dependent on imports from Russia for most of its bread.';
    expect(figuresOf(text, '2024-02-10').map((f) => [f.metric, f.value])).toEqual([['other', 400000]]);
  });
  it('"about 39,000 active personnel and Uzbekistan\'s 48,000": another country\'s count with its own, unqualified number', () => {
    const text = 'At the end of 2023, Kazakhstan\'s armed forces numbered about 39,000 active personnel and Uzbekistan\'s 48,000, the institute said.';
    expect(figuresOf(text, '2024-02-10').map((f) => [f.value, f.qualifier, f.subject])).toEqual([[39000, 'about', 'KZ'], [48000, 'exact', 'UZ']]);
    // A pair named again is no one country's item.
    const pairs = 'Товарооборот России и Китая в 2023 году составил 240 млрд долларов, России и Казахстана – около 28 млрд.';
    expect(figuresOf(pairs, '2024-02-10').map((f) => f.subject)).toEqual(['RU-CN', 'RU-KZ']);
  });
  it('money "received" by a humanitarian response plan is funding', () => {
    const text = 'As of 31 May, $8.2 million had been received for the Georgia plan. In 2023, the inter-agency response in Georgia received $41 million.';
    expect(figuresOf(text, '2024-06-10').map((f) => [f.metric, f.value])).toEqual([['funding', 8.2e6], ['funding', 41e6]]);
  });
  it('a total broken down by buyers ("в том числе 5,2 млрд кубометров — в страны Евросоюза") is the seller\'s, its parts go to each buyer', () => {
    const ru = 'В 2023 году Казахстан экспортировал 8,1 млрд кубометров газа, в том числе 5,2 млрд кубометров — в страны Евросоюза и 2,9 млрд кубометров — в Китай.';
    expect(figuresOf(ru, '2024-03-20').map((f) => f.subject)).toEqual(['KZ', 'KZ>EU', 'KZ>CN']);
    const en = 'In 2023 Kazakhstan exported 8.1 bcm of gas, including 5.2 bcm to the countries of the European Union.';
    expect(figuresOf(en, '2024-03-20').map((f) => f.subject)).toEqual(['KZ', 'KZ>EU']);
  });
  it('the month a statement was made ("в апреле заявил, что …", "In April, the minister said …") is no flow\'s period, the amount in words too', () => {
    const ru = 'Премьер-министр Грузии в апреле заявил, что товарооборот с Россией «превысил два миллиарда долларов».';
    expect(figuresOf(ru, '2024-09-10').map((f) => [f.value, f.period])).toEqual([[2e9, '2023']]);
    const en = 'In April, the minister said trade between Georgia and Russia had exceeded $2 billion.';
    expect(figuresOf(en, '2024-09-10').map((f) => [f.value, f.period])).toEqual([[2e9, '2023']]);
    // A closing attribution leaves the month to the figure.
    expect(figuresOf('In April exports to Georgia rose to $210 million, officials said.', '2024-09-10').map((f) => f.period)).toEqual(['2024-04']);
  });
  it('remittances and money transfers are no trade (other, a fall signed); reinvested earnings are investment', () => {
    const sent = 'Money transfers from Russia to Georgia fell 11 per cent in 2024 to about $1.9 billion, central bank data show.';
    expect(figuresOf(sent, '2025-02-10').map((f) => [f.metric, f.value])).toEqual([['other', -11], ['other', 1.9e9]]);
    const reinvested = 'In 2024, Russian companies invested $120 million in Georgia, of which reinvested earnings made up $45 million.';
    expect(figuresOf(reinvested, '2025-02-10').map((f) => [f.metric, f.value])).toEqual([['investment', 120e6], ['investment', 45e6]]);
  });
  it('a "Balance" column and "the positive balance of foreign trade" are no turnover', () => {
    const table = ['Georgia: foreign trade by quarter, US$ million', 'Period | Turnover | Exports | Imports | Balance', 'Q1 2024 | 4,120.5 | 1,210.3 | 2,910.2 | -1,699.9', 'Q2 2024 | 4,350.1 | 1,301.8 | 3,048.3 | -1,746.5'].join('\n');
    expect(figuresOf(table, '2024-08-02').map((f) => f.metric)).toEqual(['trade_turnover', 'exports', 'imports', 'other', 'trade_turnover', 'exports', 'imports', 'other']);
    const prose = 'In January–March 2024, the foreign trade turnover of Georgia amounted to US$4,120.5 million. The negative balance of foreign trade was US$1,699.9 million.';
    expect(figuresOf(prose, '2024-05-02').map((f) => f.metric)).toEqual(['trade_turnover', 'other']);
  });
  it('"more than double its 2019 level": the year of the level compared with dates neither the change nor the figures after it', () => {
    const text = 'Russia\'s trade with Georgia rose to $2.4 billion last year, more than double its 2019 level, while Russia\'s trade with Armenia was about $7.3 billion.';
    expect(figuresOf(text, '2024-10-23').map((f) => [f.value, f.period])).toEqual([[2.4e9, '2023'], [2, '2023'], [7.3e9, '2023']]);
  });
  it('what tourists spent is other, and so is a region\'s exports named by its adjective ("экспорт астраханских товаров")', () => {
    expect(figuresOf('Foreign tourists spent about $3.3 billion in Georgia in 2023, officials said.', '2024-05-10').map((f) => f.metric)).toEqual(['other']);
    expect(figuresOf('Экспорт астраханских товаров в Грузию вырос на 12%, до 48 млн долларов.', '2024-05-10').map((f) => f.metric)).toEqual(['other', 'other']);
  });
  it('a "Returnees resettled" column under a casualty caption counts people back home (other), not the toll', () => {
    const table = ['Mine casualties in Georgia, 2022–2023', 'Year | Killed | Injured | Returnees resettled', '2022 | 4 | 11 | 320', '2023 | 2 | 7 | 540'].join('\n');
    expect(figuresOf(table, '2024-04-03').map((f) => [f.metric, f.value])).toEqual([['casualties', 4], ['casualties', 11], ['other', 320], ['casualties', 2], ['casualties', 7], ['other', 540]]);
  });
  it('a bare "Total" row under rows of mixed shapes ("2021", …, "2023 (Jan–Jun)") runs from the first row\'s first month to the last row\'s last', () => {
    const table = ['Mine casualties in Georgia, November 2020 – June 2023', 'Year | Killed | Injured', '2020 (Nov–Dec) | 1 | 3', '2021 | 4 | 11', '2023 (Jan–Jun) | 2 | 7', 'Total | 7 | 21'].join('\n');
    expect(figuresOf(table, '2023-08-03').filter((f) => f.value === 7 || f.value === 21).map((f) => [f.value, f.period])).toEqual([[7, '2023-H1'], [7, '2020-11..2023-06'], [21, '2020-11..2023-06']]);
  });
  it('a row opened by the verb of a toll ("Погибли от мин, чел.", "Пострадали от мин") counts casualties under any caption', () => {
    const table = ['Таблица 2. Возвращение в районы Грузии, 2022–2023', 'Показатель | 2022 | 2023', 'Погибли от мин, чел. | 6 | 4', 'Пострадали от мин, чел. | 14 | 9'].join('\n');
    expect(figuresOf(table, '2024-03-01').map((f) => [f.metric, f.value])).toEqual([['casualties', 6], ['casualties', 4], ['casualties', 14], ['casualties', 9]]);
  });
  it('a bare Russian scale word after a verb that states an amount is one of it ("превысил миллиард долларов")', () => {
    const text = 'По итогам года экспорт Грузии в Россию превысил миллиард долларов, сообщил министр.';
    expect(figuresOf(text, '2024-01-16').map((f) => [f.metric, f.value, f.qualifier])).toEqual([['exports', 1e9, 'more_than']]);
  });
  it('"с лишним" goes on with a number in words and makes it "more than" ("два миллиарда триста с лишним миллионов")', () => {
    const text = 'Товарооборот России и Грузии за прошлый год составил два миллиарда триста с лишним миллионов долларов.';
    expect(figuresOf(text, '2024-01-16').map((f) => [f.metric, f.value, f.qualifier, f.period])).toEqual([['trade_turnover', 2.3e9, 'more_than', '2023']]);
  });
  it('"spoke of reaching $3 billion this year", "говорили о выходе на …": a goal, for the whole year', () => {
    const en = 'Before the row, both governments spoke of reaching $3 billion in trade between Russia and Georgia this year.';
    expect(figuresOf(en, '2025-07-08').map((f) => [f.value, f.modality, f.period])).toEqual([[3e9, 'target', '2025']]);
    const ru = 'Правительства России и Грузии говорили о выходе на 3 млрд долларов товарооборота в этом году.';
    expect(figuresOf(ru, '2025-07-08').map((f) => [f.value, f.modality, f.period])).toEqual([[3e9, 'target', '2025']]);
  });
});
