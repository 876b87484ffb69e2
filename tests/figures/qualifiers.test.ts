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
  ])('"%s"', (_name, text, qualifier) => {
    // A growth rate before the amount ("вырос на 18%, до …") is not the figure under test.
    const amounts = figuresOf(text).filter((f) => f.metric !== 'growth_rate');
    expect(amounts).toHaveLength(1);
    expect(amounts[0]!.qualifier).toBe(qualifier);
  });
});
