/**
 * General causes behind holdout-20's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-20 causes', () => {
  it('a span between two days ("с 1 декабря 2020 года по 28 февраля 2025 года") is the run of their months', () => {
    const russian = 'С 1 декабря 2020 года по 28 февраля 2025 года на минах в Армении подорвались 58 человек.';
    expect(figuresOf(russian, '2025-03-20').map((f) => [f.metric, f.value, f.period])).toEqual([['casualties', 58, '2020-12..2025-02']]);
    const english = 'Between 1 January and 30 June 2025, 17 people were hurt by mines, the agency said.';
    expect(figuresOf(english, '2025-07-20').map((f) => f.period)).toEqual(['2025-H1']);
  });

  it('a row "2021 (март–декабрь)" of a table by period is those months of that year', () => {
    const table = [
      'Жертвы мин, человек',
      'Период | Погибли | Ранены',
      '2021 (март–декабрь) | 5 | 12',
      '2022 | 8 | 20',
      '2023 (январь–июнь) | 2 | 7',
    ].join('\n');
    const read = figuresOf(table, '2023-08-01').map((f) => [f.value, f.period]);
    expect(read).toEqual([[5, '2021-03..2021-12'], [12, '2021-03..2021-12'], [8, '2022'], [20, '2022'], [2, '2023-H1'], [7, '2023-H1']]);
  });
  it('a "defence and security allocation" is military spending, and the budget it amends dates it, not the month of the amendment', () => {
    const text = 'Parliament amended the 2024 budget in May, lifting the defence and security allocation from 7.9 billion manats to 8.1 billion manats.';
    expect(figuresOf(text, '2024-10-15').map((f) => [f.metric, f.value, f.period, f.subject])).toEqual([
      ['military_spending', 7_900_000_000, '2024', 'AZ'],
      ['military_spending', 8_100_000_000, '2024', 'AZ'],
    ]);
  });
  it("a budget's total expenditure is no funding and no defence spending", () => {
    const text = 'Defence and security take 22.4% of total expenditure, which the draft puts at 41.2 billion manats.';
    expect(figuresOf(text, '2025-10-15').filter((f) => f.value === 41_200_000_000).map((f) => f.metric)).toEqual(['other']);
  });
  it('capital expenditure is investment', () => {
    const english = 'The company spent capital expenditure of $140 million on its Kazakh fields last year.';
    expect(figuresOf(english, '2025-03-01').map((f) => f.metric)).toEqual(['investment']);
    const russian = 'Капитальные вложения компании в азербайджанские проекты в 2024 году составили 210 млн долларов.';
    expect(figuresOf(russian, '2025-03-01').map((f) => [f.metric, f.period])).toEqual([['investment', '2024']]);
  });
  it('a sentence that opens "Годом ранее" / "A year earlier" is the story\'s period a year back', () => {
    const russian = 'За январь–сентябрь через порт прошло 3,4 млн тонн грузов. Годом ранее за тот же период через порт прошло 2,9 млн тонн.';
    expect(figuresOf(russian, '2025-10-20').map((f) => f.period)).toEqual(['2025-01..2025-09', '2024-01..2024-09']);
    const english = 'The port handled 3.4 million tonnes in the first half. A year earlier, it handled 2.9 million tonnes.';
    expect(figuresOf(english, '2025-08-20').map((f) => f.period)).toEqual(['2025-H1', '2024-H1']);
  });
  it('"the deadliest since March, when …" dates the "when" clause by that month, also in Russian', () => {
    const russian = 'Инцидент стал самым кровопролитным с марта, когда у села Сотк погибли двое армянских военнослужащих.';
    expect(figuresOf(russian, '2024-06-10').map((f) => [f.metric, f.value, f.period])).toEqual([['casualties', 2, '2024-03']]);
    const english = 'It was the deadliest clash since March, when two Armenian soldiers were killed near Sotk.';
    expect(figuresOf(english, '2024-06-10').map((f) => f.period)).toEqual(['2024-03']);
  });
  it('a clause opened by "после того как" keeps its period to itself', () => {
    const text = 'В августе товарооборот России и Азербайджана снизился до 402 млн долларов, после того как в июле был достигнут максимум года.';
    expect(figuresOf(text, '2025-09-20').map((f) => [f.metric, f.value, f.period])).toEqual([['trade_turnover', 402_000_000, '2025-08']]);
  });
  it('a change row under two period rows of a table by period is the growth of each column for the later one', () => {
    const table = [
      'Торговля Грузии с Россией, млн долларов США',
      'Период | Импорт из России | Товарооборот',
      'Январь–март 2025 г. | 412,0 | 598,3',
      'Январь–март 2024 г. | 388,4 | 570,1',
      'Изменение, % | +6,1 | +4,9',
    ].join('\n');
    const growth = figuresOf(table, '2025-04-20').filter((f) => f.metric === 'growth_rate').map((f) => [f.growthOf, f.value, f.period]);
    expect(growth).toEqual([['imports', 6.1, '2025-Q1'], ['trade_turnover', 4.9, '2025-Q1']]);
  });
  it('a dateline ("BAKU/MAKHACHKALA –") names where the story was filed, no party to its figures', () => {
    const text = 'MAKHACHKALA/BAKU – The Port of Makhachkala handled 2.6 million tonnes of cargo in January–June, 6% less than a year earlier.';
    expect(figuresOf(text, '2025-07-15').map((f) => f.subject)).toEqual(['RU', 'RU']);
  });
  it('a change in a sentence with no metric word, after a trade amount in its paragraph, is that trade\'s change', () => {
    const text = '«В прошлом году товарооборот России и Азербайджана превысил 4 миллиарда долларов. Динамика хорошая: за первое полугодие рост составил около 6%», – сказал министр.';
    const read = figuresOf(text, '2025-08-01').map((f) => [f.metric, f.growthOf ?? null, f.value]);
    expect(read).toEqual([['trade_turnover', null, 4_000_000_000], ['growth_rate', 'trade_turnover', 6]]);
  });

  it('a change with no metric word after a price stays other', () => {
    const text = 'Цена пшеницы составила 230 долларов за тонну. За полугодие рост составил 6%.';
    expect(figuresOf(text, '2025-08-01').filter((f) => f.value === 6).map((f) => f.metric)).toEqual(['other']);
  });
  it('a speaker\'s hedge ("– Думаю, в следующем году …") does not hide the opening period; "прибавить" is a verb of change', () => {
    const text = '– Думаю, в следующем году товарооборот России и Азербайджана может прибавить еще 5–7%, до 4,5 миллиарда долларов.';
    const read = figuresOf(text, '2023-11-20').map((f) => [f.metric, f.value, f.period, f.modality ?? null]);
    expect(read).toEqual([['growth_rate', 5, '2024', 'target'], ['trade_turnover', 4_500_000_000, '2024', 'target']]);
  });
  it('"should be" makes a forecast; a clause opened by ", even though" keeps its "since" to itself', () => {
    const forecast = 'The minister said the full-year figure for trade with Russia should be "around $4.9 billion".';
    expect(figuresOf(forecast, '2025-11-20').map((f) => [f.period, f.modality ?? null])).toEqual([['2025', 'target']]);
    const concessive = "Armenia's trade with Iran reached $0.9 billion in January–September, up 6%, even though sanctions have weighed on it since 2018.";
    expect(figuresOf(concessive, '2025-11-20').map((f) => f.period)).toEqual(['2025-01..2025-09', '2025-01..2025-09']);
  });
  it('a list item labelled by a period alone goes on with the item above; an item with words of its own does not', () => {
    const list = [
      'The main numbers of the day:',
      '- Trade between Russia and Azerbaijan in 2024: $4.8 billion, up 3.6%',
      '- January–June 2025: $2.3 billion, down 1.2%',
      '- $95 million: the price of the new grain terminal',
    ].join('\n');
    const read = figuresOf(list, '2025-07-20').map((f) => [f.metric, f.value, f.period]);
    expect(read.slice(0, 4)).toEqual([
      ['trade_turnover', 4_800_000_000, '2024'], ['growth_rate', 3.6, '2024'],
      ['trade_turnover', 2_300_000_000, '2025-H1'], ['growth_rate', -1.2, '2025-H1'],
    ]);
    expect(read[4]?.[0]).toBe('other');
  });
  it('"attempts to cross the border" are incidents, and the count after "against" counts the same', () => {
    const text = 'The border directorate recorded 41 attempts to cross the border with Georgia illegally in 2024, against 58 in 2023.';
    expect(figuresOf(text, '2025-04-01').map((f) => [f.metric, f.value, f.period])).toEqual([['incidents', 41, '2024'], ['incidents', 58, '2023']]);
  });
  it('a long insertion with names ("…, among them a battalion commander, Major Ivan Petrov, were killed") keeps its verb', () => {
    const text = 'Three peacekeepers, among them the deputy commander of a motor rifle battalion, Major Ivan Petrov, were killed on 12 May 2022 near Agdam.';
    expect(figuresOf(text, '2024-06-13').map((f) => [f.metric, f.value, f.period])).toEqual([['casualties', 3, '2022-05']]);
  });
  it('a period after "thanks to" / "благодаря" is a cause\'s, not the figure\'s', () => {
    const english = 'Over January–August, trade between Russia and Azerbaijan was still 1.9% higher at $3.2 billion, thanks to a strong first quarter.';
    expect(figuresOf(english, '2025-09-20').map((f) => f.period)).toEqual(['2025-01..2025-08', '2025-01..2025-08']);
    const russian = 'За январь–август товарооборот России и Азербайджана составил 3,2 млрд долларов благодаря росту в первом квартале.';
    expect(figuresOf(russian, '2025-09-20').map((f) => f.period)).toEqual(['2025-01..2025-08']);
  });
  it('a change in brackets right after a count that is no figure of ours is other', () => {
    const text = 'Пункт пропуска на границе с Азербайджаном за год пропустил 1,4 млн человек (на 12% больше, чем годом ранее).';
    expect(figuresOf(text, '2026-02-01').map((f) => [f.metric, f.value])).toEqual([['other', 1_400_000], ['other', 12]]);
  });
  it('an elided amount whose sentence names its own flow first ("Импорт …: около 770 миллионов") is that flow', () => {
    const text = 'Российский экспорт за девять месяцев вырос на 19% и составил около 2,9 млрд долларов. Импорт из Азербайджана растет скромнее: около 770 миллионов.';
    expect(figuresOf(text, '2025-11-01').map((f) => [f.metric, f.value, f.unit])).toEqual([
      ['growth_rate', 19, '%'], ['exports', 2_900_000_000, 'USD'], ['imports', 770_000_000, 'USD'],
    ]);
  });
  it('"the allocation" after a defence budget is that budget; the amount "approved for this year" it is compared with is the whole year and dates nothing after it', () => {
    const text = "Armenia's cabinet has proposed spending 790 billion drams on defence in 2025. The allocation is 4.2% higher than the 758 billion drams approved for this year, and takes 18.6% of total expenditure.";
    expect(figuresOf(text, '2024-11-05').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['military_spending', 790_000_000_000, '2025'], ['growth_rate', 4.2, '2025'], ['military_spending', 758_000_000_000, '2024'], ['other', 18.6, '2025'],
    ]);
  });
  it('"it" after a figure of its kind in the same sentence is that figure, not the sentence before', () => {
    const text = 'The ministry gave the border guards 95 million drams for new vehicles. In 2021 Armenia spent 620 billion drams on its armed forces; in 2022 the figure was 650 billion drams, and in 2023 it reached 700 billion drams.';
    expect(figuresOf(text, '2024-11-05').map((f) => [f.metric, f.value, f.period]).slice(1)).toEqual([
      ['military_spending', 620_000_000_000, '2021'], ['military_spending', 650_000_000_000, '2022'], ['military_spending', 700_000_000_000, '2023'],
    ]);
  });
  it('"на текущий год" (what is set for the year) is the whole year, so the amount approved "на текущий год" is last year\'s budget, not next year\'s', () => {
    const text = 'Расходы на оборону на 2026 год заложены в размере 9,07 млрд манатов – на 5,1% больше, чем было утверждено на текущий год (8,63 млрд манатов).';
    expect(figuresOf(text, '2025-12-10').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['military_spending', 9_070_000_000, '2026'], ['growth_rate', 5.1, '2026'], ['military_spending', 8_630_000_000, '2025'],
    ]);
    const plan = 'В прошлом году переселенцам выдали 4,2 млн манатов компенсаций, а на этот год запланировано переселение 30 тыс. человек.';
    expect(figuresOf(plan, '2025-06-10').at(-1)?.period).toBe('2025');
  });
  it('a goal or forecast of money in a sentence with no metric word goes on with the turnover before it; "не более" is up to', () => {
    const text = 'В январе товарооборот России и Азербайджана снизился еще на 4,2% в годовом выражении. Правительства по-прежнему говорят о цели в 6 млрд долларов к 2027 году. Мой прогноз скромнее: в 2027-м – не более 5 млрд долларов.';
    expect(figuresOf(text, '2026-03-05').map((f) => [f.metric, f.value, f.qualifier, f.period, f.modality ?? null])).toEqual([
      ['growth_rate', -4.2, 'exact', '2026-01', null], ['trade_turnover', 6_000_000_000, 'exact', '2027', 'target'], ['trade_turnover', 5_000_000_000, 'up_to', '2027', 'target'],
    ]);
  });
  it('the next item of a list of money with its scale left out ("в прошлом – около 3,7") is the same money; a counted noun is not', () => {
    const text = 'Товарооборот России и Азербайджана за январь–сентябрь составил 3,27 млрд долларов. Для сравнения: в позапрошлом году было 3,2 миллиарда, в прошлом – около 3,7.';
    expect(figuresOf(text, '2023-11-20').map((f) => [f.metric, f.value, f.qualifier, f.period])).toEqual([
      ['trade_turnover', 3_270_000_000, 'exact', '2023-01..2023-09'], ['trade_turnover', 3_200_000_000, 'exact', '2021'], ['trade_turnover', 3_700_000_000, 'about', '2022'],
    ]);
    const count = 'В 2022 году российский экспорт в Азербайджан составил 1,2 млрд долларов, в 2023 году – 1,5 млрд, а число компаний – 320.';
    expect(figuresOf(count, '2024-02-20').map((f) => f.value)).toEqual([1_200_000_000, 1_500_000_000]);
  });
  it('after a defence budget, bare "расходы" and "они" are that budget, and a budget line with no purpose of its own is defence; one "на разминирование" is funding', () => {
    const bare = 'Армения в 2024 году потратила на оборону 670 млрд драмов. За последние пять лет расходы выросли почти вдвое.';
    expect(figuresOf(bare, '2025-12-10').map((f) => [f.metric, f.growthOf ?? null])).toEqual([['military_spending', null], ['growth_rate', 'military_spending']]);
    const pronoun = 'Военные бюджеты Азербайджана в 2024 году составили 8,1 млрд манатов. За последние пять лет они выросли почти вдвое.';
    expect(figuresOf(pronoun, '2025-12-10').map((f) => [f.metric, f.growthOf ?? null])).toEqual([['military_spending', null], ['growth_rate', 'military_spending']]);
    const line = 'Военные расходы Азербайджана в 2025 году вырастут до 8,7 млрд манатов. Грузия не стала наращивать оборону: бюджет на 2025 год предусматривает 1,3 млрд лари.';
    expect(figuresOf(line, '2025-01-10').map((f) => f.metric)).toEqual(['military_spending', 'military_spending']);
    const demining = 'Расходы на оборону Азербайджана в 2025 году составят 8,7 млрд манатов. Кроме того, в госбюджете на 2025 год на разминирование предусмотрено 135 млн манатов.';
    expect(figuresOf(demining, '2025-01-10').map((f) => f.metric)).toEqual(['military_spending', 'funding']);
  });
  it('"in the same period of 2024", "за аналогичный период 2024 года" are the story\'s run of months in that year', () => {
    const english = 'In January–September, the Alat–Olya ferry line carried 412,000 tonnes, up from 318,000 tonnes in the same period of 2024.';
    expect(figuresOf(english, '2025-10-20').map((f) => f.period)).toEqual(['2025-01..2025-09', '2024-01..2024-09']);
    const russian = 'За девять месяцев паромная линия Оля – Алят перевезла 412 тыс. тонн грузов против 318 тыс. тонн за аналогичный период 2024 года.';
    expect(figuresOf(russian, '2025-10-20').map((f) => f.period)).toEqual(['2025-01..2025-09', '2024-01..2024-09']);
  });
  it('an investment in the future tense is planned however long its object; "plans $X" is a plan, but not for a budget', () => {
    const long = 'Компания «Агро-Каспий» из Азербайджана получила участок в особой экономической зоне. Она вложит в строительство овощехранилища и сортировочного комплекса 640 млн рублей.';
    expect(figuresOf(long, '2024-09-10').map((f) => [f.metric, f.period, f.modality ?? null])).toEqual([['investment', null, 'target']]);
    const would = 'MOSCOW/BAKU, June 25 – Russian polymer maker Volgapolimer said on Tuesday it would invest $140 million in a packaging-film plant in Sumgait.';
    expect(figuresOf(would, '2024-06-26').map((f) => [f.metric, f.period, f.modality ?? null])).toEqual([['investment', null, 'target']]);
    const plans = 'Lukoil plans $1.3 billion more for Shah Deniz as Russian investment in Azerbaijan tops $6.5 billion';
    expect(figuresOf(plans, '2024-06-05').map((f) => f.modality ?? null)).toEqual(['target', null]);
    const budget = 'Azerbaijan plans 9.12 billion manats for defence and security in 2026';
    expect(figuresOf(budget, '2025-10-16').map((f) => [f.metric, f.period, f.modality ?? null])).toEqual([['military_spending', '2026', null]]);
  });
  it('a goal named right after its amount ("a $5 billion trade ambition") and "agreed … to lift trade to $15 billion" are targets', () => {
    const noun = 'Bottom line: the deals between Russia and Azerbaijan are real but modest – a $5 billion trade ambition and a new freight terminal.';
    expect(figuresOf(noun, '2024-02-10').map((f) => [f.metric, f.period, f.modality ?? null])).toEqual([['trade_turnover', null, 'target']]);
    const lift = 'Turkish and Azerbaijani ministers agreed in Ankara to lift trade to $15 billion, from about $6.9 billion last year.';
    expect(figuresOf(lift, '2024-02-10').map((f) => [f.value, f.period, f.modality ?? null])).toEqual([[15_000_000_000, null, 'target'], [6_900_000_000, '2023', null]]);
  });
  it('"require" names only the amount next to it ("requires $38.6 million", "the $38.6 million required"), not a goal it is far from', () => {
    const goal = 'Russia and Azerbaijan trade about $4.8 billion a year. The target the two governments set — $10 billion by 2030 — would require growth of about 13% a year.';
    expect(figuresOf(goal, '2025-03-01').map((f) => f.metric).slice(1)).toEqual(['trade_turnover', 'growth_rate']);
    const appeal = '• Partners have received $14.2 million of the $38.6 million required for 2025. Partners require $38.6 million for 2025.';
    expect(figuresOf(appeal, '2025-07-10').map((f) => f.metric)).toEqual(['funding', 'funding', 'funding']);
  });
  it('"до" after a verb of change is "to" however long the object between them', () => {
    const text = 'К 2030 году стороны планируют довести объем перевозок по западному маршруту коридора «Север – Юг» до 15 млн тонн в год.';
    expect(figuresOf(text, '2025-10-01').map((f) => [f.value, f.qualifier])).toEqual([[15_000_000, 'exact']]);
    const noun = 'Стороны договорились принять меры для увеличения пропускной способности автомобильного пункта пропуска Яраг-Казмаляр – Самур до 15 млн тонн в год к 2028 году.';
    expect(figuresOf(noun, '2025-10-01').map((f) => [f.value, f.qualifier])).toEqual([[15_000_000, 'exact']]);
  });
  it('the new level of a change of a count (", to 486") is that count, of the change\'s period; "they listed another 93" counts it again', () => {
    const text = 'The monitors recorded 212 ceasefire violations in 2021; in 2022 the count rose by almost 130 percent, to 486. In the first three months of 2023 they listed another 93.';
    expect(figuresOf(text, '2025-06-01').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['incidents', 212, '2021'], ['growth_rate', 130, '2022'], ['incidents', 486, '2022'], ['incidents', 93, '2023-Q1'],
    ]);
  });
  it('"well over $4 billion" is more than (only "well below the …" compares with another amount); "sets aside" is funding', () => {
    const over = 'Trade between Russia and Azerbaijan is now worth well over $4 billion a year.';
    expect(figuresOf(over, '2024-06-01').map((f) => f.qualifier)).toEqual(['more_than']);
    const below = 'Freight on the line between Russia and Azerbaijan stayed well below the five million tonnes it was built to carry.';
    expect(figuresOf(below, '2024-06-01').map((f) => f.qualifier)).toEqual(['exact']);
    const aside = 'The 2026 budget also sets aside 3.4 billion manats for reconstruction in Karabakh.';
    expect(figuresOf(aside, '2025-10-16').map((f) => [f.metric, f.period])).toEqual([['funding', '2026']]);
  });
  it('"84% above the level of 2020" is a change, and "the budget line" after a defence budget is that budget, no railway line', () => {
    const text = 'In 2024 Azerbaijan spent 7.90 billion manats on defence. The 2026 allocation is about 84% above the level of 2020. Over the past five years the budget line has grown by roughly 12% a year.';
    expect(figuresOf(text, '2025-10-16').map((f) => [f.metric, f.growthOf ?? null, f.value])).toEqual([
      ['military_spending', null, 7_900_000_000], ['growth_rate', 'military_spending', 84], ['growth_rate', 'military_spending', 12],
    ]);
  });
  it('what a forecast puts a figure at, however far the forecast stands, and an estimate\'s amount are targets', () => {
    const text = "Consultancy SovEcon this month forecast Russia's total wheat exports in the 2023/24 season, which runs from July to June, at 51.3 million tons, up from its previous estimate of 50.5 million tons.";
    expect(figuresOf(text, '2023-12-10').map((f) => f.modality ?? null)).toEqual(['target', 'target']);
  });
  it('a paragraph that opens on the growth by name goes on with the turnover of the sentence before', () => {
    const text = 'В январе 2024 года, по данным ГТК, товарооборот Азербайджана с Россией составил 352 млн долларов.\n\nПри этом обе службы сходятся в динамике: рост за 2023 год – 17,6% и 17,9% соответственно.';
    expect(figuresOf(text, '2024-03-01').map((f) => [f.metric, f.growthOf ?? null, f.period])).toEqual([
      ['trade_turnover', null, '2024-01'], ['growth_rate', 'trade_turnover', '2023'], ['growth_rate', 'trade_turnover', '2023'],
    ]);
  });
  it('in a story whose lead names the turnover, a large amount in an answer that names no metric is the turnover; a list item is not', () => {
    const interview = [
      'Торгпред России в Азербайджане: «Пять миллиардов – задача, а не мечта»',
      '',
      'В интервью он рассказал, почему товарооборот растет вопреки санкциям.',
      '',
      '– С какими цифрами закончили прошлый год?',
      '',
      '– По итогам года, по нашим данным, вышли примерно на 4,4 миллиарда долларов.',
    ].join('\n');
    expect(figuresOf(interview, '2024-02-20').map((f) => [f.metric, f.value, f.period])).toEqual([['trade_turnover', 4_400_000_000, '2023']]);
    const list = ['Россия и Азербайджан: товарооборот и инвестиции в цифрах', '', '– Денежные переводы из России в Азербайджан: 0,82 млрд долл. в 2025 году.'].join('\n');
    expect(figuresOf(list, '2026-08-01').map((f) => f.metric)).toEqual(['other']);
  });
  it('a flow is not dated by a later clause\'s period that leads to a number of its own; a year before its noun and a comma still dates the amount', () => {
    const later = 'Trade between Russia and Azerbaijan rose 17.6% last year to a record $4.35 billion. Russian exports to Azerbaijan accounted for $3.24 billion of the total and imports from Azerbaijan for $1.11 billion, Overchuk said, adding that trade in January was "already above $330 million".';
    expect(figuresOf(later, '2024-02-21').map((f) => f.period)).toEqual(['2023', '2023', '2023', '2023', '2024-01']);
    const own = 'Azerbaijan has put 9.6bn manats (about $5.6bn) into defence and national security in its 2026 budget, roughly 18% of planned state spending, against 9.2bn manats a year earlier.';
    expect(figuresOf(own, '2026-02-09').map((f) => f.period)).toEqual(['2026', '2026', '2025']);
  });
  it('a second toll with no period of its own shares the period of the toll before, even when it stands between them', () => {
    const text = 'The report said 129 Azerbaijani servicemen were killed in the September 2023 operation and six Russian peacekeepers died.';
    expect(figuresOf(text, '2024-02-21').map((f) => [f.value, f.period])).toEqual([[129, '2023-09'], [6, '2023-09']]);
    const own = 'Azerbaijan lost 2,908 servicemen in 2020 and 192 servicemen in September 2023.';
    expect(figuresOf(own, '2024-02-21').map((f) => [f.value, f.period])).toEqual([[2908, '2020'], [192, '2023-09']]);
  });
  it('"the highest monthly total since the line was rebuilt in 2019" is a record, no span for the change beside it', () => {
    const text = 'Rail freight between Russia and Azerbaijan in September alone reached 612,000 tonnes, 9.5% more than a year earlier and the highest monthly total since the line was rebuilt in 2019.';
    expect(figuresOf(text, '2025-10-14').map((f) => f.period)).toEqual(['2025-09', '2025-09']);
  });
  it('in a story whose title or lead names freight, tonnes that no word of their sentence names are freight', () => {
    const text = ['Samur–Yalama rail freight between Russia and Azerbaijan hits a record', '', 'Last year, 6.08 million tonnes crossed at Samur-Yalama, up 11% from 2023.'].join('\n');
    expect(figuresOf(text, '2025-10-14').map((f) => [f.metric, f.growthOf ?? null, f.period])).toEqual([['cargo_volume', null, '2024'], ['growth_rate', 'cargo_volume', '2024']]);
    const other = ['Azerbaijan and Russia sign a grain deal', '', 'Last year, 6.08 million tonnes crossed at Samur-Yalama.'].join('\n');
    expect(figuresOf(other, '2025-10-14').map((f) => f.metric)).toEqual(['other']);
  });
  it('"$780 million worth of cars" is a part of the flow, and so are the next items of its list and its change', () => {
    const list = 'Georgia exported about $780 million worth of cars to Russia in 2023, Armenia $1.05 billion and Kazakhstan about $1.6 billion.';
    expect(figuresOf(list, '2024-05-16').map((f) => f.metric)).toEqual(['other', 'other', 'other']);
    const change = 'Azerbaijan produces no cars. Yet in 2023 it exported $412.5 million worth of them to Russia — 6.4 times more than in 2022.';
    expect(figuresOf(change, '2024-05-16').map((f) => f.metric)).toEqual(['other', 'other']);
  });
  it('"the customs services" before a comma are a source, not goods that open the clause', () => {
    const text = 'Russia and Azerbaijan approve nine joint projects. According to the customs services of the two countries, trade turnover amounted to $4.79 billion in 2024.';
    expect(figuresOf(text, '2025-10-09').map((f) => f.metric)).toEqual(['trade_turnover']);
  });
  it('a partners table whose unit stands in its caption alone is read by column', () => {
    const text = [
      'Внешняя торговля Азербайджана в 2025 году',
      '',
      'Основные торговые партнеры Азербайджана в 2025 году, млн долларов',
      'Страна | Товарооборот | Экспорт | Импорт | Изменение товарооборота, %',
      'Италия | 9 870,0 | 9 412,6 | 457,4 | -4,2',
      'Россия | 4 612,4 | 1 104,7 | 3 507,7 | -2,8',
    ].join('\n');
    const read = figuresOf(text, '2026-01-21').map((f) => [f.metric, f.value, f.subject, f.period]);
    expect(read).toContainEqual(['trade_turnover', 4_612_400_000, 'RU-AZ', '2025']);
    expect(read).toContainEqual(['imports', 3_507_700_000, 'RU>AZ', '2025']);
    expect(read).toContainEqual(['growth_rate', -2.8, 'RU-AZ', '2025']);
    expect(read).toHaveLength(8);
  });
  it('"позиции обстреляны 23 раза", "were shelled 14 times" count incidents', () => {
    expect(figuresOf('Минобороны Азербайджана: за неделю позиции армии у границы с Арменией обстреляны 23 раза', '2023-06-19').map((f) => [f.metric, f.value])).toEqual([['incidents', 23]]);
    expect(figuresOf('Azerbaijani positions on the border with Armenia were shelled 14 times last week.', '2023-06-19').map((f) => [f.metric, f.value])).toEqual([['incidents', 14]]);
  });
  it('bare head counts after "against" and "and" with a country after them count the same people, past an attribution', () => {
    const text = 'Azerbaijan fields about 64,000 active personnel, according to The Military Balance 2025 published by the International Institute for Strategic Studies last week, against 42,900 in Armenia and 20,650 in Georgia.';
    expect(figuresOf(text, '2025-02-18').map((f) => [f.metric, f.value])).toEqual([['troops', 64_000], ['troops', 42_900], ['troops', 20_650]]);
  });
  it('a table column headed by the verb of a toll ("Погибли от мин") counts casualties', () => {
    const text = [
      'Жертвы мин в Азербайджане в 2024 году',
      'Месяц | Погибли от мин | Ранены минами',
      'Январь | 1 | 3',
      'Февраль | 2 | 4',
      'Март | 1 | 6',
    ].join('\n');
    const read = figuresOf(text, '2025-01-22').map((f) => [f.metric, f.value, f.period]);
    expect(read).toContainEqual(['casualties', 2, '2024-02']);
    expect(read).toHaveLength(6);
  });
  it('"Итоги 2024 года: 17 погибших" is dated by the year its results are of', () => {
    expect(figuresOf('Итоги 2024 года: 17 погибших и 64 раненых от мин в Азербайджане', '2025-01-22').map((f) => f.period)).toEqual(['2024', '2024']);
  });
  it('tonnes sent by a pipeline or with transit in them are its throughput, cargo', () => {
    const text = 'По трубопроводу Баку – Новороссийск в первом полугодии отправлено 0,49 млн тонн азербайджанской нефти.';
    expect(figuresOf(text, '2024-08-13').map((f) => f.metric)).toEqual(['cargo_volume']);
  });
  it('"экспорт машин", "запчасти" are one kind of goods, a part of the flow', () => {
    const text = 'Экспорт машин из Грузии в Россию вырос в 2,3 раза, до 540 млн долларов.';
    expect(figuresOf(text, '2024-02-27').map((f) => f.metric)).toEqual(['other', 'other']);
  });
  it('"a positive balance of $8.3 billion" is a balance, no turnover; a qualifier before an opening quote qualifies the number', () => {
    expect(figuresOf('Trade between Russia and Azerbaijan grew. As a result, a positive balance of $8.3 billion was recorded in foreign trade.', '2025-11-19').map((f) => f.metric)).toEqual(['other']);
    expect(figuresOf('Putin said that trade between Russia and Azerbaijan had passed "four billion dollars".', '2024-05-14').map((f) => f.qualifier)).toEqual(['more_than']);
  });
  it('"a total of 412" after counts is their sum; a donor that "contributed $2 million" funds', () => {
    const total = 'Since November 2020, mines in Azerbaijan have killed 79 people and injured 333, a total of 412.';
    expect(figuresOf(total, '2025-07-15').map((f) => [f.metric, f.value])).toEqual([['casualties', 79], ['casualties', 333], ['casualties', 412]]);
    const donor = 'The Russian Federation contributed $2 million through the ICRC for mine risk education in Azerbaijan.';
    expect(figuresOf(donor, '2025-07-15').map((f) => f.metric)).toEqual(['funding']);
  });
  it('"closer to $4.8 billion" is an estimate, about', () => {
    expect(figuresOf('Russian customs put trade between Russia and Azerbaijan last year closer to $4.8 billion.', '2024-03-01').map((f) => f.qualifier)).toEqual(['about']);
  });
});
