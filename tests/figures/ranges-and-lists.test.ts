import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('ranges, changes and lists with an elided unit', () => {
  it('a scale word belongs to its own number: "from 120,000 to 1.5 million people" is 1.2e5..1.5e6', () => {
    const [f, ...rest] = figuresOf('Estimates of the Russian-speaking community in Azerbaijan range from 120,000 to 1.5 million people.', '2024-05-15');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ qualifier: 'range', value: 120000, low: 120000, high: 1.5e6, unit: 'persons' });
  });

  it('a bare low end still takes the scale of the high end ("3 to 4 million tonnes")', () => {
    const [f] = figuresOf('Cargo between Russia and Azerbaijan is estimated at 3 to 4 million tonnes in 2023.', '2024-05-15');
    expect(f).toMatchObject({ qualifier: 'range', low: 3e6, high: 4e6, unit: 't' });
  });

  it('"from X to Y per year by 2027" after a verb of change is the present value and a target, not a range', () => {
    const figures = figuresOf('Russia and Azerbaijan want to lift rail freight on the western route of the corridor, which runs along the Caspian coast, from 4 million to 8 million tonnes per year by 2027.', '2024-05-15');
    expect(figures.map((f) => [f.metric, f.value, f.qualifier, f.period, f.modality ?? null])).toEqual([
      ['cargo_volume', 4e6, 'exact', null, 'rate'],
      ['cargo_volume', 8e6, 'exact', '2027', 'target'],
    ]);
  });

  it('a number in a list whose unit is elided takes the unit of the amount before it (gas)', () => {
    const figures = figuresOf('Азербайджан в 2023 году экспортировал 23,8 млрд кубометров газа, из них в Италию – 10,2 млрд.', '2024-03-01');
    expect(figures.map((f) => [f.metric, f.value, f.unit, f.period])).toEqual([
      ['exports', 23.8, 'bcm', '2023'],
      ['exports', 10.2, 'bcm', '2023'],
    ]);
  });

  it('a part of a head count written "из них около 30 тыс." is a head count of the same kind', () => {
    const figures = figuresOf('Из Карабаха в Армению прибыли более 80 тыс. человек, из них около 25 тыс. – дети.', '2023-10-02');
    expect(figures.map((f) => [f.metric, f.value, f.unit, f.qualifier])).toEqual([
      ['displaced', 80000, 'persons', 'more_than'],
      ['displaced', 25000, 'persons', 'about'],
    ]);
  });

  it('a bare amount in a quote takes the currency of the paragraph before it', () => {
    const text = '"Last year our trade reached $4.4 billion. This year we expect to reach 5 billion," the Russian deputy prime minister said of trade with Azerbaijan.';
    const figures = figuresOf(text, '2024-05-15');
    expect(figures.map((f) => [f.metric, f.value, f.unit, f.modality ?? null])).toEqual([
      ['trade_turnover', 4.4e9, 'USD', null],
      ['trade_turnover', 5e9, 'USD', 'target'],
    ]);
  });

  it('"about 60 Russian and 60 Turkish officers" near Aghdam: the first number takes the noun of the second and shares its qualifier', () => {
    const figures = figuresOf('The joint monitoring centre near Aghdam was staffed by about 60 Russian and 60 Turkish officers.', '2021-03-10');
    expect(figures.map((f) => [f.metric, f.value, f.qualifier, f.subject])).toEqual([
      ['troops', 60, 'about', 'RU>AZ'],
      ['troops', 60, 'about', 'TR>AZ'],
    ]);
  });

  it('police officers are people, not troops', () => {
    const figures = figuresOf('Some 300 police officers guarded the venue of the Baku forum.', '2024-05-15');
    expect(figures.map((f) => [f.metric, f.value])).toEqual([['other', 300]]);
  });
});
