import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const read = (text: string, published = '2024-05-15') => figuresOf(text, published).map((f) => [f.metric, f.value, f.unit, f.qualifier]);

describe('casualty, displacement and incident counts', () => {
  it('a participle of killing governs the count after it ("killing 14 people")', () => {
    expect(read('A drone struck a bus near the Lachin road on Tuesday, killing 14 people and injuring 9 others, the ministry said.')).toEqual([
      ['casualties', 14, 'persons', 'exact'],
      ['casualties', 9, 'persons', 'exact'],
    ]);
  });

  it('the verb after an "including …" insertion governs the head count before it', () => {
    expect(read('More than 40 soldiers, including three officers, were wounded in the clashes on the Armenian border.')).toEqual([
      ['casualties', 40, 'persons', 'more_than'],
      ['casualties', 3, 'persons', 'exact'],
    ]);
  });

  it('a count inside "including …" measures what the head count measures', () => {
    expect(read('Rescuers evacuated about 3,200 residents, including 900 children, from villages near the line of contact.')).toEqual([
      ['displaced', 3200, 'persons', 'about'],
      ['displaced', 900, 'persons', 'exact'],
    ]);
  });

  it('a bare number right after a verb of dying or injuring is a casualty count (English)', () => {
    expect(read('The blast at the arms depot killed 31 people and injured more than 120, local officials said.')).toEqual([
      ['casualties', 31, 'persons', 'exact'],
      ['casualties', 120, 'persons', 'more_than'],
    ]);
  });

  it('a bare number after "погибли", "пострадали" is a casualty count; survivors are other people', () => {
    expect(read('На борту самолета находились 52 человека: погибли 19, выжили 33.')).toEqual([
      ['other', 52, 'persons', 'exact'],
      ['casualties', 19, 'persons', 'exact'],
      ['other', 33, 'persons', 'exact'],
    ]);
    expect(read('При взрыве на рынке погибли 7 человек, пострадали около 60.')).toEqual([
      ['casualties', 7, 'persons', 'exact'],
      ['casualties', 60, 'persons', 'about'],
    ]);
  });

  it('a bare number right before the verb counts too ("18 survived")', () => {
    expect(read('The plane crashed near Aktau: 41 people died and 18 survived.')).toEqual([
      ['casualties', 41, 'persons', 'exact'],
      ['other', 18, 'persons', 'exact'],
    ]);
  });

  it('a death toll or a "число погибших" that rises to a bare number counts casualties', () => {
    expect(read('The death toll from the clashes rose to 27 on Friday, the health ministry said.')).toEqual([['casualties', 27, 'persons', 'exact']]);
    expect(read('Число погибших в результате обстрела возросло до 16, сообщили в МЧС.')).toEqual([['casualties', 16, 'persons', 'exact']]);
  });

  it('"численность контингента составляла N" with no noun after the number counts troops', () => {
    expect(read('Численность российского контингента тогда составляла 1 850 военных, позже ее сократили.')).toEqual([['troops', 1850, 'persons', 'exact']]);
    expect(read('Численность контингента составляет 1 850, сообщили в Минобороны России.')).toEqual([['troops', 1850, 'persons', 'exact']]);
  });

  it('a Russian collective numeral counts people ("погибли пятеро")', () => {
    expect(read('В результате обстрела погибли пятеро, еще трое ранены.')).toEqual([
      ['casualties', 5, 'persons', 'exact'],
      ['casualties', 3, 'persons', 'exact'],
    ]);
  });

  it('"violated the ceasefire N times" is a count of incidents, not a multiplier', () => {
    expect(read('Armenian units violated the ceasefire 17 times over the weekend, the Azerbaijani defence ministry said.')).toEqual([['incidents', 17, 'count', 'exact']]);
    expect(read('Азербайджанские военные за сутки 9 раз нарушили режим прекращения огня.')).toEqual([['incidents', 9, 'count', 'exact']]);
  });

  it('people given temporary housing are displaced', () => {
    expect(read('По данным правительства, более 25 тыс. человек уже получили временное жилье.')).toEqual([['displaced', 25000, 'persons', 'more_than']]);
  });

  it('a multiplier of growth stays a multiplier', () => {
    expect(read('Trade between Russia and Azerbaijan grew 1.5 times in the first half.')).toEqual([['growth_rate', 1.5, 'times', 'exact']]);
  });

  it('the whole a part is taken from is no count of those who fled ("the majority of the region\'s 120,000 Armenians have left")', () => {
    expect(read('The vast majority of the region\'s estimated 100,000 residents have left, officials said.')).toEqual([['other', 100000, 'persons', 'about']]);
  });
});
