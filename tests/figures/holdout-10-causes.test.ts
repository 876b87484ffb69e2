/**
 * General causes behind holdout-10's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);
const owners = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.subject]);

describe('defence money written around the amount', () => {
  it('"put 9.6bn manats into defence … against 9.2bn manats a year earlier"; "trimming the 2026 defence line by 7% to 640bn drams"', () => {
    const text = 'Azerbaijan has put 9.6bn manats into defence and national security in its 2026 budget, against 9.2bn manats a year earlier. Armenia\'s parliament went the other way, trimming the 2026 defence line by 7% to 640bn drams after a record 688bn drams in 2025.';
    expect(brief(text, '2026-02-09')).toEqual([
      ['military_spending', 9_600_000_000, 'exact', '2026'],
      ['military_spending', 9_200_000_000, 'exact', '2025'],
      ['growth_rate', -7, 'exact', '2026'],
      ['military_spending', 640_000_000_000, 'exact', '2026'],
      ['military_spending', 688_000_000_000, 'exact', '2025'],
    ]);
  });
});

describe('coordinated head counts are one event', () => {
  it('"killed 2,908 Azerbaijani servicemen by Baku\'s count and about 3,825 Armenian soldiers by Yerevan\'s" are both tolls of 2020', () => {
    const text = 'The 44-day war of 2020 killed 2,908 Azerbaijani servicemen by Baku\'s count and about 3,825 Armenian soldiers by Yerevan\'s; the offensive of September 2023 added 192 Azerbaijani and roughly 200 Armenian dead.';
    expect(brief(text, '2026-02-09')).toEqual([
      ['casualties', 2908, 'exact', '2020'],
      ['casualties', 3825, 'about', '2020'],
      ['casualties', 192, 'exact', '2023-09'],
      ['casualties', 200, 'about', '2023-09'],
    ]);
  });

  it('"have killed 79 people … and injured more than 300" since November 2020: one span', () => {
    expect(brief('Since November 2020, mines have killed 79 people in Azerbaijan and injured more than 300, according to ANAMA.', '2026-02-09')).toEqual([
      ['casualties', 79, 'exact', '2020..2026'],
      ['casualties', 300, 'more_than', '2020..2026'],
    ]);
  });

  it('"At its opening in January 2021, the centre had 60 Russian and 60 Turkish servicemen": both of January 2021', () => {
    expect(brief('At its opening in January 2021, the joint monitoring centre near Aghdam had 60 Russian and 60 Turkish servicemen.', '2026-02-09')).toEqual([
      ['troops', 60, 'exact', '2021-01'],
      ['troops', 60, 'exact', '2021-01'],
    ]);
  });
});

describe('strengths with the noun left out', () => {
  it('"credits Azerbaijan with some 66,950 active personnel and Armenia with about 42,000": Armenia\'s troops', () => {
    expect(owners('The IISS credits Azerbaijan with some 66,950 active personnel and Armenia with about 42,000.', '2026-02-09')).toEqual([
      ['troops', 66_950, 'AZ'],
      ['troops', 42_000, 'AM'],
    ]);
  });

  it('"puts Armenia\'s active forces at 42,900 and Azerbaijan\'s at about 64,000": a title\'s year dates neither', () => {
    expect(brief("The IISS Military Balance 2026 puts Armenia's active forces at 42,900 and Azerbaijan's at about 64,000.", '2026-03-18')).toEqual([
      ['troops', 42_900, 'exact', '2026-03'],
      ['troops', 64_000, 'about', '2026-03'],
    ]);
    expect(brief('Yerevan plans to move to a mostly professional army of about 45,000 by 2030.', '2026-02-09')).toEqual([['troops', 45_000, 'about', '2030']]);
  });

  it('"armed forces number 42,900 troops": the verb "number" is no id; "number 5" still is', () => {
    expect(brief("Armenia's armed forces number 42,900 troops.", '2026-03-18')).toEqual([['troops', 42_900, 'exact', '2026-03']]);
    expect(figuresOf('Russia and Azerbaijan signed protocol number 5 on trade.', '2026-03-18')).toEqual([]);
  });
});

describe('an interview answers its question', () => {
  it('"- And Azerbaijani exports?" names the metric of the answer\'s first amount; "in those seven months" is the run named before', () => {
    const text = '- How is trade doing?\n\n- Between January and July, turnover came to about two and a half billion dollars.\n\n- And Azerbaijani exports?\n\n- Around eight hundred million dollars in those seven months, most of it fruit.';
    expect(brief(text, '2026-09-08')).toEqual([
      ['trade_turnover', 2_500_000_000, 'about', '2026-01..2026-07'],
      ['exports', 800_000_000, 'about', '2026-01..2026-07'],
    ]);
  });

  it('"We want eight million by 2028" after "five million tonnes" in the paragraph is tonnes', () => {
    const text = '- Last year some five million tonnes of Russian cargo crossed into Azerbaijan by rail and road. We want eight million by 2028.';
    expect(brief(text, '2026-09-08')).toEqual([
      ['cargo_volume', 5_000_000, 'about', '2025'],
      ['cargo_volume', 8_000_000, 'exact', '2028'],
    ]);
  });
});

describe('money words', () => {
  it('"paid compensation totalling about eighteen million dollars" is funding; "have put about $240 million into joint projects" is investment', () => {
    expect(brief('Russia and Azerbaijan agreed that Russia has paid compensation totalling about eighteen million dollars to the families.', '2026-09-08')).toEqual([['funding', 18_000_000, 'about', '2026-09']]);
    expect(owners('Since 2021, Azerbaijani companies have put about $240 million into joint industrial projects in Dagestan and Tatarstan, Russia.', '2026-06-16')).toEqual([['investment', 240_000_000, 'AZ>RU']]);
  });

  it('"has spent about $150 million buying land": a gerund after the amount names no import', () => {
    expect(brief('Iran says it has spent about $150 million buying land along the line.', '2026-05-19')).toEqual([['funding', 150_000_000, 'about', '2026-05']]);
  });

  it('"would exceed $5 billion this year" is a forecast for the year; the full-year total too', () => {
    const text = 'Overchuk expressed confidence that turnover between Russia and Azerbaijan would exceed $5 billion this year, adding that the long-term goal of $10 billion remained.';
    expect(figuresOf(text, '2026-06-16').map((f) => [f.value, f.qualifier, f.period, f.modality])).toEqual([[5_000_000_000, 'more_than', '2026', 'target'], [10_000_000_000, 'exact', null, 'target']]);
    expect(brief('Freight through Azerbaijan rose 31% in January-September to 3.87mn tonnes, and ADY expects the full-year total to land between 4.8mn and 5.2mn tonnes.', '2025-11-13').at(-1)).toEqual(['cargo_volume', 4_800_000, 'range', '2025']);
  });
});

describe('periods of new kinds', () => {
  it('"an increase of 6.1 percent over the corresponding period of last year" is the run\'s change; "rose 23.4% over January-September" the run\'s', () => {
    expect(brief('In January-May of this year, trade between Russia and Azerbaijan amounted to $1.93 billion, an increase of 6.1 percent over the corresponding period of last year.', '2026-06-16')).toEqual([
      ['trade_turnover', 1_930_000_000, 'exact', '2026-01..2026-05'],
      ['growth_rate', 6.1, 'exact', '2026-01..2026-05'],
    ]);
    expect(brief("Azerbaijan's turnover with Iran rose 23.4% over January-September to $482.3mn.", '2025-11-13')).toEqual([
      ['growth_rate', 23.4, 'exact', '2025-01..2025-09'],
      ['trade_turnover', 482_300_000, 'exact', '2025-01..2025-09'],
    ]);
  });

  it('"revised its first-half figure to 2.51mn tonnes from 2.46mn": both of H1, the figure of the sentence before; "almost fivefold since 2022"', () => {
    const text = 'Freight through Azerbaijan rose 31% in January-September to 3.87mn tonnes. The railway also revised its first-half figure to 2.51mn tonnes from the 2.46mn tonnes it published in July. Volumes have grown almost fivefold since 2022.';
    expect(brief(text, '2025-11-13').slice(2)).toEqual([
      ['cargo_volume', 2_510_000, 'exact', '2025-H1'],
      ['cargo_volume', 2_460_000, 'exact', '2025-H1'],
      ['growth_rate', 5, 'less_than', '2022..2025'],
    ]);
  });

  it('"pulled its peacekeeping force of about 2,000 out of Karabakh last June": the latest June before publication', () => {
    expect(owners('Russia pulled its peacekeeping force of about 2,000 out of Karabakh last June.', '2025-04-22')).toEqual([['troops', 2000, 'RU>AZ']]);
    expect(brief('Russia pulled its peacekeeping force of about 2,000 out of Karabakh last June.', '2025-04-22')).toEqual([['troops', 2000, 'about', '2024-06']]);
  });

  it('"14 ceasefire violations in April, after 27 in March": the base counts violations too', () => {
    expect(brief('Azerbaijan\'s defence ministry said it had recorded 14 ceasefire violations by Armenia in April, after 27 in March.', '2025-04-22')).toEqual([
      ['incidents', 14, 'exact', '2025-04'],
      ['incidents', 27, 'exact', '2025-03'],
    ]);
  });

  it('"still hosts about 110,000 people who fled Karabakh in 2023" is the stock now; "fled … in September 2023" stays the flight\'s', () => {
    expect(brief('Armenia still hosts about 110,000 people who fled Karabakh in 2023.', '2026-02-09')).toEqual([['displaced', 110_000, 'about', '2026-02']]);
    expect(brief('More than 100,000 people fled Karabakh for Armenia in September 2023.', '2026-02-09')).toEqual([['displaced', 100_000, 'more_than', '2023-09']]);
  });

  it('"the port of Aktau handled 4.6mn tonnes … and the smaller Kuryk port 1.9mn tonnes": one period for both', () => {
    const text = 'Kazakhstan said the port of Aktau handled 4.6mn tonnes of cargo in January-September and the smaller Kuryk port 1.9mn tonnes.';
    expect(brief(text, '2025-11-13')).toEqual([
      ['cargo_volume', 4_600_000, 'exact', '2025-01..2025-09'],
      ['cargo_volume', 1_900_000, 'exact', '2025-01..2025-09'],
    ]);
  });
});

describe('what a sentence with no figure leaves for the next', () => {
  it('"Bilateral Russian-Iranian trade, by contrast, is stuck. It came to $4.8bn in 2025" is Russia–Iran turnover', () => {
    expect(owners('Bilateral Russian-Iranian trade, by contrast, is stuck. It came to $4.8bn in 2025, roughly the level of two years earlier.', '2026-05-19')).toEqual([['trade_turnover', 4_800_000_000, 'RU-IR']]);
  });

  it('lengths take no aim: "a planned road of roughly 42 kilometers", "at least six incursions by Iranian drones" are counted', () => {
    expect(figuresOf('TRIPP, a planned road and rail link of roughly 42 kilometers across Armenia, would run along the border with Iran.', '2026-05-19').map((f) => [f.metric, f.value, f.modality ?? null])).toEqual([['distance', 42, null]]);
    expect(brief('Baku\'s State Border Service recorded at least six incursions by Iranian drones into Azerbaijani airspace last year.', '2026-05-19')).toEqual([['incidents', 6, 'at_least', '2025']]);
  });
});

describe('Russian copy (holdout-10 ru)', () => {
  it('"оборот Азербайджана с Италией … достиг 3,9 млрд долларов, с Турцией – 2,3 млрд": turnover, each with Azerbaijan', () => {
    const text = 'Россия остается третьим партнером республики: оборот Азербайджана с Италией за январь – апрель достиг 3,9 млрд долларов, с Турцией – 2,3 млрд.';
    expect(owners(text, '2026-06-19')).toEqual([['trade_turnover', 3_900_000_000, 'AZ-IT'], ['trade_turnover', 2_300_000_000, 'AZ-TR']]);
  });

  it('"порядка полутора миллиардов" after an amount in dollars; "выйти на 6 млн тонн" after a tonnage; "превысим пять миллиардов"', () => {
    expect(brief('Российские инвестиции в Азербайджан превышают 6,8 млрд долларов. Встречные вложения азербайджанского бизнеса в Россию составляют порядка полутора миллиардов.', '2026-06-19').at(-1)).toEqual(['investment', 1_500_000_000, 'about', '2026-06']);
    expect(brief('Пропускная способность пункта пропуска Ялама – Самур выросла до 5 млн т в год. До конца года Россия и Азербайджан рассчитывают выйти на 6 млн тонн.', '2026-06-19').at(-1)).toEqual(['cargo_volume', 6_000_000, 'exact', '2026']);
    expect(brief('Товарооборот России и Азербайджана за девять месяцев составил 3,47 млрд долларов, и я уверен, что по итогам этого года превысим пять миллиардов.', '2025-10-20').at(-1)).toEqual(['trade_turnover', 5_000_000_000, 'more_than', '2025']);
  });

  it('"по его прогнозу, стороны смогут перешагнуть рубеж в 5,5 млрд": the speaker\'s forecast, no anaphor; more than', () => {
    const text = 'ВЭБ.РФ откроет кредитную линию на 300 млн долларов. По итогам года вице-премьер ожидает роста товарооборота России и Азербайджана на 5–7%, а в 2027 году, по его прогнозу, стороны смогут перешагнуть рубеж в 5,5 млрд долларов.';
    expect(figuresOf(text, '2026-06-19').at(-1)).toMatchObject({ metric: 'trade_turnover', value: 5_500_000_000, qualifier: 'more_than', period: '2027', modality: 'target' });
  });

  it('a loan "с погашением в 2033 году" is dated by its signing; "откроет азербайджанскому партнеру" names the borrower', () => {
    const text = 'ВЭБ.РФ и Международный банк Азербайджана подписали соглашение, по которому российский госбанк откроет азербайджанскому партнеру кредитную линию объемом до 300 млн долларов с погашением в 2033 году.';
    expect(figuresOf(text, '2026-06-19').map((f) => [f.metric, f.qualifier, f.period, f.subject])).toEqual([['funding', 'up_to', '2026-06', 'RU>AZ']]);
  });

  it('"три раза в неделю" is a frequency, no multiplier', () => {
    expect(figuresOf('С 1 июля AZAL возобновит прямой рейс Баку – Казань, который будет выполняться три раза в неделю.', '2026-06-19')).toEqual([]);
  });

  it('"вырос за тот же срок на 2,4%"; "годом ранее объем не превышал 190 тыс. т" is at most; "отправлено в Азербайджан" ships goods', () => {
    const text = 'Товарооборот России с Турцией в первом полугодии сократился на 9,6%, до 23,8 млрд долл., тогда как с Азербайджаном он вырос за тот же срок на 2,4% и составил 2,33 млрд долл.';
    expect(brief(text, '2025-08-26').slice(2)).toEqual([['growth_rate', 2.4, 'exact', '2025-H1'], ['trade_turnover', 2_330_000_000, 'exact', '2025-H1']]);
    expect(brief('С января по июль из России в Азербайджан отправлено 318 тыс. т дизельного топлива, тогда как годом ранее объем не превышал 190 тыс. т.', '2025-08-26')).toEqual([
      ['exports', 318_000, 'exact', '2025-01..2025-07'],
      ['exports', 190_000, 'up_to', '2024-01..2024-07'],
    ]);
  });

  it('defence budgets: "на 3,5% больше, чем предусмотрено на 2025 год", "против 747 млрд драмов в текущем году", "на национальную оборону"', () => {
    expect(brief('Азербайджан в 2026 году потратит на оборону 8,9 млрд манатов – на 3,5% больше, чем предусмотрено на 2025 год.', '2025-12-10')).toEqual([
      ['military_spending', 8_900_000_000, 'exact', '2026'],
      ['growth_rate', 3.5, 'exact', '2026'],
    ]);
    expect(brief('Армения урежет оборонный бюджет: в 2026 году на эти цели заложено 684 млрд драмов, или около 5,4% ВВП, против 747 млрд драмов в текущем году.', '2025-12-10')).toEqual([
      ['military_spending', 684_000_000_000, 'exact', '2026'],
      ['military_spending', 747_000_000_000, 'exact', '2025'],
    ]);
    expect(brief('Россия в 2026 году направит на национальную оборону 12,6 трлн руб., что на 4,2% меньше, чем в 2025-м.', '2025-12-10')).toEqual([
      ['military_spending', 12_600_000_000_000, 'exact', '2026'],
      ['growth_rate', -4.2, 'exact', '2026'],
    ]);
  });

  it('"численность вооруженных сил Азербайджана – около 66 тыс. человек, Армении – примерно 44 тыс."; a base\'s term "продлили до 2044 года" in an aside', () => {
    expect(owners('По данным справочника, численность вооруженных сил Азербайджана составляет около 66 тыс. человек, Армении – примерно 44 тыс.', '2025-12-10')).toEqual([['troops', 66_000, 'AZ'], ['troops', 44_000, 'AM']]);
    expect(brief('На 102-й российской военной базе в Гюмри, срок пребывания которой в 2010 году продлили до 2044 года, служат порядка 3 тыс. военнослужащих.', '2025-12-10')).toEqual([['troops', 3000, 'about', '2025-12']]);
  });
});

describe('Russian copy (holdout-10 ru), second round', () => {
  it('"граница … протяженностью 390,3 км" is the border; "1007 км, включая 221 км" both; "40 км/ч" is a speed', () => {
    expect(figuresOf('Государственная граница между Россией и Азербайджаном протяженностью 390,3 км оформлена договором 2010 года.', '2026-04-09').map((f) => [f.metric, f.value])).toEqual([['border_length', 390.3]]);
    expect(figuresOf('Протяженность азербайджано-армянской границы составляет 1007 км, включая 221 км на нахичеванском участке.', '2025-04-23').map((f) => [f.metric, f.value])).toEqual([['border_length', 1007], ['border_length', 221]]);
    expect(figuresOf('На перегоне Худат – Ялама скорость ограничена до 40 км/ч.', '2025-11-13')).toEqual([]);
  });

  it('"прибавил еще 5%" grows; "включая свыше 2 тыс. детей" is a part of the evacuees; "бывших жителей Карабаха" are displaced', () => {
    expect(brief('По итогам прошлого года товарооборот России и Азербайджана составил почти 4,7 млрд долл., а в январе – феврале текущего года он прибавил еще 5%.', '2026-04-09').at(-1)).toEqual(['growth_rate', 5, 'exact', '2026-01..2026-02']);
    expect(brief('В сентябре 2023 года наши военнослужащие эвакуировали из Карабаха более 5 тыс. мирных жителей, включая свыше 2 тыс. детей.', '2026-04-09')).toEqual([
      ['displaced', 5000, 'more_than', '2023-09'],
      ['displaced', 2000, 'more_than', '2023-09'],
    ]);
    expect(brief('В России сейчас проживают около 7 тыс. бывших жителей Нагорного Карабаха, прибывших из Армении.', '2026-04-09')).toEqual([['displaced', 7000, 'about', '2026-04']]);
  });

  it('tolls in two clauses take the sentence\'s one event day; "1,4 млн транспортных средств" is no money', () => {
    const text = 'Выплаты семьям 38 погибших, а также 29 пострадавшим пассажирам рейса AZAL, потерпевшего крушение 25 декабря 2024 года под Актау, завершены.';
    expect(brief(text, '2026-04-09')).toEqual([['casualties', 38, 'exact', '2024-12'], ['casualties', 29, 'exact', '2024-12']]);
    expect(figuresOf('Через пункты пропуска на российско-азербайджанской границе в 2025 году прошли около 1,4 млн транспортных средств.', '2026-04-09')).toEqual([]);
  });

  it('"397 пострадавших … с ноября 2020 года, 72 человека погибли": the period before the comma is the first count\'s too', () => {
    expect(brief('Агентство ANAMA насчитало в Азербайджане 397 пострадавших от взрывов мин и неразорвавшихся боеприпасов с ноября 2020 года, 72 человека погибли.', '2025-04-23')).toEqual([
      ['casualties', 397, 'exact', '2020..2025'],
      ['casualties', 72, 'exact', '2020..2025'],
    ]);
  });

  it('"в нынешнем году государство направит 115 млн манатов" is the year\'s funding', () => {
    expect(figuresOf('На разминирование в Азербайджане в нынешнем году государство направит 115 млн манатов.', '2025-04-23').map((f) => [f.metric, f.period])).toEqual([['funding', '2025']]);
  });

  it('"миллион триста тысяч тонн", "более миллиона тонн": a bare scale word is one of it', () => {
    expect(figuresOf('Транзит между Россией и Ираном через Азербайджан составил миллион триста тысяч тонн.', '2025-11-13').map((f) => f.value)).toEqual([1_300_000]);
    expect(figuresOf('Экспорт азербайджанских товаров в Россию составил чуть больше миллиарда долларов.', '2025-11-13').map((f) => [f.value, f.qualifier])).toEqual([[1_000_000_000, 'more_than']]);
  });

  it('"предусмотрело в бюджете 2026 года еще 410 миллионов" is funding; "договорился предоставить Ирану 500 миллионов долларов" too', () => {
    const text = 'С 2019 года в реконструкцию магистрали вложено почти два с половиной миллиарда манатов. На следующий этап правительство Азербайджана предусмотрело в бюджете 2026 года еще 410 миллионов.';
    expect(brief(text, '2025-11-13').at(-1)).toEqual(['funding', 410_000_000, 'exact', '2026']);
    expect(brief('Азербайджан в 2016 году договорился предоставить Ирану 500 миллионов долларов на инфраструктуру.', '2025-11-13')).toEqual([['funding', 500_000_000, 'exact', '2016']]);
  });

  it('"По Транскаспийскому маршруту … прошло 5,1 миллиона тонн, больше половины – казахстанские грузы": cargo, no change', () => {
    expect(brief('По Транскаспийскому маршруту в январе – октябре через Азербайджан прошло 5,1 миллиона тонн, больше половины – казахстанские грузы.', '2025-11-13')).toEqual([['cargo_volume', 5_100_000, 'exact', '2025-01..2025-10']]);
  });
});
