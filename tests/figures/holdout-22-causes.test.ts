/**
 * General causes behind holdout-22's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-22 causes', () => {
  it('"one soldier was killed" is a toll of one; one soldier with no toll is no strength', () => {
    expect(figuresOf('On 3 May one Armenian serviceman was wounded by sniper fire near Sotk.', '2023-06-01').map((f) => [f.metric, f.value])).toEqual([['casualties', 1]]);
    expect(figuresOf('One soldier told reporters the post had been abandoned.', '2023-06-01').filter((f) => f.category === 'security')).toEqual([]);
  });

  it('"Of the 41 incidents recorded in May, 30 involved …" makes the bare counts after it parts of the whole', () => {
    const text = 'Of the 41 incidents recorded in May, 30 involved small-arms fire, eight involved mortar fire and three were drone strikes.';
    expect(figuresOf(text, '2023-06-05').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['incidents', 41, '2023-05'],
      ['incidents', 30, '2023-05'],
      ['incidents', 8, '2023-05'],
      ['incidents', 3, '2023-05'],
    ]);
  });

  it('a "May total" row of a table by week is the month; an "Of which with casualties" column counts what the column before counts', () => {
    const weeks = ['Incidents on the border by week, May 2023', 'Week | Incidents | Killed', '1–7 May | 9 | 0', '8–14 May | 14 | 2', '15–31 May | 18 | 1', 'May total | 41 | 3'].join('\n');
    expect(figuresOf(weeks, '2023-06-05').filter((f) => f.quote.startsWith('May total')).map((f) => [f.metric, f.value, f.period])).toEqual([['incidents', 41, '2023-05'], ['casualties', 3, '2023-05']]);
    const years = ['Ceasefire violations recorded by the mission', 'Year | Violations recorded | Of which with casualties', '2021 | 88 | 9', '2022 | 301 | 25'].join('\n');
    expect(figuresOf(years, '2024-10-01').map((f) => [f.metric, f.unit, f.value])).toEqual([
      ['incidents', 'count', 88],
      ['incidents', 'count', 9],
      ['incidents', 'count', 301],
      ['incidents', 'count', 25],
    ]);
  });
  it('a forecast for the season under way ("in 2025/26 are forecast at") is dated by the season', () => {
    const text = 'Kazakhstan\'s wheat exports in 2025/26 are forecast at 9.5 million tonnes, up from 8.1 million tonnes in 2024/25.';
    expect(figuresOf(text, '2026-01-20').map((f) => [f.value, f.period, f.modality ?? null])).toEqual([[9.5e6, '2025..2026', 'target'], [8.1e6, '2024..2025', null]]);
  });

  it('a period inside a bracket dates only the bracket: the next item of the list keeps the story\'s period', () => {
    const text = 'В 2024 году Россия отгрузила в Армению 410 тыс. тонн пшеницы (годом ранее – 380 тыс. тонн), ячменя – 52 тыс. тонн.';
    expect(figuresOf(text, '2025-02-01').map((f) => [f.value, f.period])).toEqual([[410000, '2024'], [380000, '2023'], [52000, '2024']]);
  });
  it('freight by goods in a port table with a total row is a part of the throughput; the total is the whole; modes of transport are no goods', () => {
    const goods = ['Cargo | 2023, thousand t | 2024, thousand t', 'Grain | 800 | 950', 'Ferrous metals | 300 | 280', 'Other | 500 | 520', 'Total | 1,600 | 1,750'].join('\n');
    const read = figuresOf(goods, '2025-01-20').map((f) => [f.metric, f.value]);
    expect(read.filter(([m]) => m === 'cargo_volume')).toEqual([['cargo_volume', 1.6e6], ['cargo_volume', 1.75e6]]);
    expect(read.filter(([m]) => m === 'other')).toHaveLength(6);
    const modes = ['Перевозки грузов, тыс. тонн', 'Вид транспорта | 2023 | 2024', 'Железнодорожный | 1 200,0 | 1 350,0', 'Автомобильный | 800,0 | 820,0', 'Всего | 2 000,0 | 2 170,0'].join('\n');
    expect(figuresOf(modes, '2025-01-20').every((f) => f.metric === 'cargo_volume')).toBe(true);
  });

  it('the change of a count that is no figure ("41,200 TEU …, 22% more", "52 тыс. грузовиков, на 14% больше") is other', () => {
    expect(figuresOf('The terminal handled 18,500 TEU of containers, 9% more than a year earlier.', '2025-01-20').map((f) => f.metric)).toEqual(['other']);
    expect(figuresOf('Через переход прошли 48 тыс. грузовиков, на 11% больше, чем годом ранее.', '2025-01-20').map((f) => f.metric)).toEqual(['other']);
  });
  it('chips, semiconductors and dual-use goods are goods: their trade is a part of the flow', () => {
    const text = 'Kyrgyzstan\'s imports of US semiconductors rose from $0.9 million in 2021 to $6.1 million in 2022.';
    expect(figuresOf(text, '2024-11-27').map((f) => f.metric)).toEqual(['other', 'other']);
    expect(figuresOf('Импорт микросхем из Китая в Армению вырос до 45 млн долларов.', '2024-11-27').map((f) => f.metric)).toEqual(['other']);
  });
  it('a forecast table\'s years not yet over are goals ("Прогноз … по сценариям" over "Сценарий | 2027 | 2029")', () => {
    const table = ['Прогноз товарооборота России и Казахстана по сценариям, млрд долларов', 'Сценарий | 2025 | 2027 | 2029', 'Базовый | 27,1 | 29,0 | 31,5'].join('\n');
    expect(figuresOf(table, '2026-03-01').map((f) => [f.period, f.modality ?? null])).toEqual([['2025', null], ['2027', 'target'], ['2029', 'target']]);
    const rows = ['Forecast of Caspian port throughput, million t', 'Year | Cargo', '2025 | 4.1', '2027 | 5.0'].join('\n');
    expect(figuresOf(rows, '2026-03-01').map((f) => [f.period, f.modality ?? null])).toEqual([['2025', null], ['2027', 'target']]);
  });
  it('"from the current 12 million tonnes to 20 million tonnes a year" is a change of capacity: the old value a rate, the new a goal', () => {
    const en = 'The port\'s capacity will grow from the current 12 million tonnes to 20 million tonnes a year.';
    expect(figuresOf(en, '2025-05-20').map((f) => [f.value, f.qualifier, f.modality ?? null])).toEqual([[12e6, 'exact', 'rate'], [20e6, 'exact', 'target']]);
    const ru = 'Мощность терминала планируется увеличить с нынешних 5 млн тонн до 9 млн тонн в год.';
    expect(figuresOf(ru, '2025-05-20').map((f) => [f.value, f.modality ?? null])).toEqual([[5e6, 'rate'], [9e6, 'target']]);
  });
  it('a table of counts by side reads bare counts and "Погибли" columns, dated by its caption', () => {
    const table = ['Нарушения и потери в мае 2024 года по данным сторон', 'Источник | Обстрелы | Погибли | Ранены', 'Минобороны Азербайджана | 41 | 0 | 2', 'Минобороны Армении | 58 | 1 | 4'].join('\n');
    const read = figuresOf(table, '2024-06-03').map((f) => [f.metric, f.value, f.unit, f.period]);
    expect(read).toContainEqual(['incidents', 41, 'count', '2024-05']);
    expect(read).toContainEqual(['casualties', 1, 'persons', '2024-05']);
    expect(read).toHaveLength(6);
  });

  it('a heading that opens on a month ("Май на границе: …") is about that month; the change of a number of shellings is the incidents\' change', () => {
    expect(figuresOf('Май на границе: Баку насчитал 41 нарушение перемирия', '2024-06-03').map((f) => f.period)).toEqual(['2024-05']);
    expect(figuresOf('В мае число обстрелов выросло на 22% по сравнению с апрелем.', '2024-06-03').map((f) => [f.metric, f.growthOf])).toEqual([['growth_rate', 'incidents']]);
  });
  it('a column headed with its scale ("Вложения, млн долл.") reads its bare cells; a later predicate\'s intent and a payback time are not the amount\'s', () => {
    const table = ['Компания | Проект | Вложения, млн долл.', '«Ромашка» | завод в Гяндже | 35', '«Альфа» | терминал в Баку | более 1 200'].join('\n');
    expect(figuresOf(table, '2024-11-18').map((f) => [f.metric, f.value, f.unit, f.qualifier])).toEqual([['investment', 35e6, 'USD', 'exact'], ['investment', 1.2e9, 'USD', 'more_than']]);
    const quote = '«Мы вложили 27 млн долларов в завод в Гяндже и рассчитываем, что он окупится за шесть лет», – сказал директор.';
    expect(figuresOf(quote, '2024-11-18').map((f) => [f.metric, f.period, f.modality ?? null])).toEqual([['investment', '2024-11', null]]);
  });
  it('Kyrgyzstan, Tajikistan, Egypt and the other new partners are countries: their rows of a partners table are read', () => {
    const table = ['Торговля Азербайджана со странами ЕАЭС в 2024 году, млн долларов', 'Страна | Товарооборот | Экспорт', 'Казахстан | 480,2 | 150,1', 'Кыргызстан | 12,4 | 5,0'].join('\n');
    expect(figuresOf(table, '2025-02-01').map((f) => [f.metric, f.value, f.subject])).toEqual([
      ['trade_turnover', 480.2e6, 'AZ-KZ'], ['exports', 150.1e6, 'AZ>KZ'], ['trade_turnover', 12.4e6, 'AZ-KG'], ['exports', 5e6, 'AZ>KG'],
    ]);
  });
  it('a company\'s spending on its own projects is investment; tonnes shipped between two cities are freight', () => {
    expect(figuresOf('Gazprom spent about $150 million on its Armenian assets in 2024.', '2025-04-15').map((f) => f.metric)).toEqual(['investment']);
    expect(figuresOf('The ministry spent $20 million on mine clearance in 2024.', '2025-04-15').map((f) => f.metric)).toEqual(['funding']);
    expect(figuresOf('За полугодие из Астрахани в Баку отправлено 48 тыс. тонн грузов.', '2025-07-15').map((f) => f.metric)).toEqual(['cargo_volume']);
  });
  it('"товарооборот республики с Азербайджаном" in a story about a republic of Russia is the region\'s part; a region "области с" always is', () => {
    const story = 'Глава Татарстана провел переговоры в Баку. По итогам прошлого года товарооборот республики с Азербайджаном составил 310 млн долларов.';
    expect(figuresOf(story, '2025-03-01').map((f) => f.metric)).toEqual(['other']);
    const national = 'По данным Госкомстата Азербайджана, в 2024 году оборот республики с Россией составил 4,5 млрд долларов.';
    expect(figuresOf(national, '2025-03-01').map((f) => f.metric)).toEqual(['trade_turnover']);
    expect(figuresOf('Товарооборот области с Азербайджаном в 2024 году составил 95 млн долларов.', '2025-03-01').map((f) => f.metric)).toEqual(['other']);
  });
  it('people who went back or were resettled into the retaken districts are no longer displaced; those waiting to return still are', () => {
    expect(figuresOf('К 1 сентября в освобожденные районы переселены 40 120 человек.', '2025-09-10').map((f) => f.metric)).toEqual(['other']);
    expect(figuresOf('Since 2022 about 9,800 people have returned to Lachin.', '2025-09-10').map((f) => f.metric)).toEqual(['other']);
    expect(figuresOf('Более 500 тысяч вынужденных переселенцев до сих пор ждут возвращения.', '2025-09-10').map((f) => f.metric)).toEqual(['displaced']);
  });
  it('a partners table\'s Total row is the caption country\'s own total; its partners trade with the caption\'s country', () => {
    const table = ['Georgia: Main Trading Partners, 2023–24', 'Partner | 2023, US$ million | 2024, US$ million', 'Türkiye | 2,100 | 2,250', 'China | 1,300 | 1,410', 'Total | 9,900 | 10,400'].join('\n');
    const read = figuresOf(table, '2025-02-17', 'Russia and Azerbaijan: trade notes').map((f) => [f.value, f.subject]);
    expect(read).toContainEqual([2.1e9, 'GE-TR']);
    expect(read).toContainEqual([10.4e9, 'GE']);
  });

  it('"US$" names no country; a change "after a decline of 9.8 percent in 2024" does not date the next sentence', () => {
    const text = 'Kazakhstan: Foreign Trade in 2025\nIn 2025, total trade turnover fell 2.1 percent to US$78.4 billion, after a decline of 3.5 percent in 2024. Exports declined by 4.0 percent to US$44.1 billion.';
    const read = figuresOf(text, '2026-02-17').map((f) => [f.metric, f.value, f.period, f.subject]);
    expect(read).toContainEqual(['trade_turnover', 78.4e9, '2025', 'KZ']);
    expect(read).toContainEqual(['exports', 44.1e9, '2025', 'KZ']);
  });
  it('"lifts throughput 9.5%", "плюс 7 процентов" are changes', () => {
    expect(figuresOf('Port of Baku lifts throughput 9.5% to 7.1 million tonnes in 2025', '2026-01-21').map((f) => [f.metric, f.growthOf ?? null])).toEqual([['growth_rate', 'cargo_volume'], ['cargo_volume', null]]);
    const spoken = 'Товарооборот России и Азербайджана за полгода составил 2,1 млрд долларов, это плюс 6 процентов к прошлому году.';
    expect(figuresOf(spoken, '2025-07-21').map((f) => [f.metric, f.growthOf ?? null])).toEqual([['trade_turnover', null], ['growth_rate', 'trade_turnover']]);
  });
  it('a contingent that "насчитывает около 2 тысяч человек" and a reserve put at 300,000 people are troops', () => {
    expect(figuresOf('Сейчас гарнизон базы, по данным министерства, насчитывает около 3 тысяч человек.', '2024-10-01').map((f) => f.metric)).toEqual(['troops']);
    expect(figuresOf('Резерв Армении эксперты оценивают в 210 тыс. человек.', '2024-10-01').map((f) => f.metric)).toEqual(['troops']);
  });
  it('people who "leave for" a country or "left in under a week", also after a long apposition, are displaced', () => {
    expect(figuresOf('More than 20,000 people, almost the whole population of the three border villages near the front, leave for Georgia.', '2024-10-01').map((f) => f.metric)).toEqual(['displaced']);
    expect(figuresOf('Most arrived in May, when about 8,000 people left in under a week.', '2024-10-01').map((f) => f.metric)).toEqual(['displaced']);
  });
  it('"Italy, at $16.4 billion, and Türkiye, at $7.9 billion, remained … largest trading partners" are partners\' turnover', () => {
    const text = 'Last year China, at $31.2 billion, and Russia, at $26.1 billion, remained Kazakhstan\'s two largest trading partners.';
    expect(figuresOf(text, '2026-02-01').map((f) => f.metric)).toEqual(['trade_turnover', 'trade_turnover']);
  });
  it('a product row\'s change in a table is a part\'s change; changes of containers and passengers are no figures of ours', () => {
    const table = ['Поставки овощей из Армении в Россию, тыс. тонн', 'Продукция | 2023 | 2024 | Изменение, %', 'Томаты | 120,5 | 131,0 | 8,7', 'Перец | 10,2 | 9,1 | -10,8'].join('\n');
    expect(figuresOf(table, '2025-02-01').filter((f) => f.unit === '%').map((f) => f.metric)).toEqual(['other', 'other']);
    expect(figuresOf('Контейнерные перевозки по маршруту выросли в 1,4 раза.', '2025-02-01').map((f) => f.metric)).toEqual(['other']);
    expect(figuresOf('Passenger traffic on the routes reached 900,000 passengers in 2024, up 12%.', '2025-02-01').filter((f) => f.category !== 'other')).toEqual([]);
  });
  it('a multiplier between two countries ("в 2,6 раза больше, чем Ереван", "three times what Armenia spends") is a ratio, no change', () => {
    expect(figuresOf('Баку тратит на армию примерно в 2,4 раза больше, чем Тбилиси.', '2025-02-18').map((f) => [f.metric, f.unit])).toEqual([['other', 'times']]);
    expect(figuresOf('Russia\'s exports to Azerbaijan grew 1.4 times in 2024, to $3.1 billion.', '2025-02-18').map((f) => f.metric)).toEqual(['growth_rate', 'exports']);
  });
  it('"ушло 2,3 млн тонн грузов", "tonnes of cargo" name freight, whatever verb moved them', () => {
    expect(figuresOf('Из российских портов в Туркменистан в прошлом году ушло 1,1 млн тонн грузов.', '2025-03-01').map((f) => f.metric)).toEqual(['cargo_volume']);
  });
  it('"бюджет следующего года" is next year\'s budget', () => {
    expect(figuresOf('Военный бюджет Армении следующего года составит 700 млрд драмов.', '2024-10-17').map((f) => f.period)).toEqual(['2025']);
  });
  it('"крупнейшими покупателями остались Египет (10,4 млн тонн)" are the exporter\'s buyers; "всех расходов госбюджета" is the whole budget, no defence', () => {
    const buyers = 'Россия за сезон экспортировала 52 млн тонн пшеницы. Крупнейшими покупателями стали Египет (9,8 млн тонн) и Турция (6,2 млн тонн).';
    expect(figuresOf(buyers, '2025-07-16').map((f) => f.metric)).toEqual(['exports', 'exports', 'exports']);
    const budget = 'Оборонная статья составит 16% всех расходов госбюджета на 2026 год, которые заложены в объеме 52 млрд манатов.';
    expect(figuresOf(budget, '2025-10-17').filter((f) => f.unit === 'AZN').map((f) => f.metric)).toEqual(['other']);
  });
  it('ceasefire violations logged by a monitor (Russia\'s peacekeepers) are between the two sides, not the monitor\'s', () => {
    const text = 'Armenian and Azerbaijani forces traded fire again. Russia\'s Karabakh peacekeepers logged 17 ceasefire violations in June.';
    expect(figuresOf(text, '2023-07-06').map((f) => f.subject)).toEqual(['AZ-AM']);
  });
  it('a season earlier in the sentence dates a forecast across an aside ("in the 2024/25 season, which runs from July to June, at …"); a run of months in one year does not', () => {
    const season = 'IKAR this week forecast Kazakhstan\'s wheat exports in the 2024/25 season, which runs from July to June, at 9.8 million tons.';
    expect(figuresOf(season, '2025-01-20').map((f) => [f.period, f.modality ?? null])).toEqual([['2024-07..2025-06', 'target']]);
    const months = 'Freight rose 20 percent in the first nine months, and we are ready to raise capacity to 12 million tonnes a year.';
    expect(figuresOf(months, '2025-10-09', 'Russia and Azerbaijan').filter((f) => f.unit === 't').map((f) => f.period)).toEqual([null]);
  });
});
