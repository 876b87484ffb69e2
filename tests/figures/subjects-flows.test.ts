import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const subjects = (text: string, title = 'Russia and Azerbaijan', published = '2024-05-15') =>
  figuresOf(text, published, title).map((f) => [f.metric, f.subject]);

describe('subjects: whose total, which direction, where', () => {
  it("a country's own total and its breakdown are that country's, not the article pair's", () => {
    expect(subjects("In total, Russia's foreign trade in 2023 reached $710 billion, of which exports accounted for $425 billion and imports $285 billion.")).toEqual([
      ['trade_turnover', 'RU'],
      ['exports', 'RU'],
      ['imports', 'RU'],
    ]);
  });

  it('a total of exports with a part to a group: the country, then the country to the group', () => {
    expect(subjects('Казахстан в 2023 году экспортировал 70 млн тонн нефти, из них в Европу – 55 млн тонн.', 'Россия и Азербайджан')).toEqual([
      ['exports', 'KZ'],
      ['exports', 'KZ>EU'],
    ]);
  });

  it('a pipeline named by its end cities gives the direction of the oil it carries', () => {
    expect(subjects('SOCAR pumped 1.2 million tonnes of oil through the Baku-Novorossiysk pipeline in 2023.', 'SOCAR pipeline')).toEqual([['cargo_volume', 'AZ>RU']]);
    expect(subjects('Some 30 million tonnes of oil were shipped via the Baku-Tbilisi-Ceyhan pipeline last year.', 'Oil routes')).toEqual([['cargo_volume', 'AZ>TR']]);
  });

  it('troops stationed in another country are a flow from their country to the host', () => {
    expect(subjects('Russia kept about 2,000 peacekeepers in Karabakh until 2024.')).toEqual([['troops', 'RU>AZ']]);
    expect(subjects('Around 3,000 Russian troops are stationed at the base in Gyumri.', 'Russia and Armenia')).toEqual([['troops', 'RU>AM']]);
    expect(subjects('Russia has about 2,000 border guards on duty, the FSB said.')).toEqual([['troops', 'RU']]);
  });

  it('casualties between two countries named in the sentence are the pair', () => {
    expect(subjects("Azerbaijan's defence ministry said three Russian peacekeepers were killed when their car came under fire.")).toEqual([['casualties', 'RU-AZ']]);
    expect(subjects('Armenia said 12 of its soldiers were killed in Azerbaijani shelling.', 'Armenia and Azerbaijan')).toEqual([['casualties', 'AZ-AM']]);
    expect(subjects('Azerbaijan said 192 of its servicemen were killed in the operation.')).toEqual([['casualties', 'AZ']]);
  });

  it('soldiers killed where they are stationed abroad, with no other side named, are the stationed contingent', () => {
    expect(subjects('Пять российских миротворцев погибли в среду в Нагорном Карабахе, когда их автомобиль попал под обстрел.', 'Гибель миротворцев')).toEqual([['casualties', 'RU>AZ']]);
    expect(subjects('Two Russian servicemen were killed in Gyumri when their truck overturned.', 'Russia and Armenia')).toEqual([['casualties', 'RU>AM']]);
    // A named attacker is a side: the pair, not the stationing.
    expect(subjects('Armenian shelling killed two Russian peacekeepers in Karabakh, the ministry said.', 'Karabakh')).toEqual([['casualties', 'RU-AM']]);
    // Civilians are no contingent.
    expect(subjects('Five Russian citizens were killed in a bus crash in Azerbaijan.', 'Crash')).toEqual([['casualties', 'RU']]);
  });

  it('an agreed deployment\'s strength is the contingent, not a target', () => {
    const [f] = figuresOf('Russia will deploy a peacekeeping contingent of 1,960 servicemen along the contact line in Nagorno-Karabakh.', '2020-11-10');
    expect(f).toMatchObject({ metric: 'troops', value: 1960, subject: 'RU>AZ', period: '2020-11', periodBasis: 'assumed' });
    expect(f?.modality).toBeUndefined();
    const [aim] = figuresOf('Moscow plans to increase the contingent to 3,000 servicemen.', '2020-11-10');
    expect(aim).toMatchObject({ metric: 'troops', value: 3000, modality: 'target' });
  });

  it('people who fled from one country to another are a flow between them', () => {
    expect(subjects('More than 90,000 people have fled Karabakh for Armenia, officials said.', 'Karabakh exodus')).toEqual([['displaced', 'AZ>AM']]);
    expect(subjects('Из Карабаха в Армению прибыли 70 тыс. человек.', 'Беженцы')).toEqual([['displaced', 'AZ>AM']]);
  });

  it('a lender, donor or payer gives funding to the country after the verb or "to"', () => {
    expect(subjects('Russia will lend Iran €1.3 billion for the new railway.', 'Russia and Iran')).toEqual([['funding', 'RU>IR']]);
    expect(subjects('The EU has pledged €5 million in humanitarian aid to Armenia.', 'EU aid')).toEqual([['funding', 'EU>AM']]);
    expect(subjects('Россия выделит Ирану кредит в 1,3 млрд евро.', 'Россия и Иран')).toEqual([['funding', 'RU>IR']]);
    expect(subjects('Azerbaijan has earmarked $120 million to boost cargo transport to Russia.')).toEqual([['funding', 'AZ']]);
  });

  it('a growth rate that points back takes the subject of the figure it points to', () => {
    expect(subjects("Armenia's defence budget for 2025 is 640 billion drams. That is up 4.2 per cent on this year.", 'Armenia and Russia')).toEqual([
      ['military_spending', 'AM'],
      ['growth_rate', 'AM'],
    ]);
  });

  it('imports after "exports from Russia" are imports into Russia (Russian customs data)', () => {
    expect(subjects('Экспорт из России составил 2,2 млрд долларов, импорт – 870 млн долларов.', 'Товарооборот России и Азербайджана')).toEqual([
      ['exports', 'RU>AZ'],
      ['imports', 'AZ>RU'],
    ]);
  });

  it('"X sold Y", "X supplied Y with": the country after the verb receives', () => {
    expect(subjects('Azerbaijan sold Russia 320,000 tonnes of tomatoes in 2023.')).toEqual([['exports', 'AZ>RU']]);
    expect(subjects('Russia supplied Azerbaijan with 1 billion cubic metres of gas last winter.')).toEqual([['exports', 'RU>AZ']]);
  });

  it('money sent from one country to another is a flow whatever its metric', () => {
    expect(subjects('Remittances from Russia to Azerbaijan reached $600 million in 2023.')).toEqual([['other', 'RU>AZ']]);
  });
});
