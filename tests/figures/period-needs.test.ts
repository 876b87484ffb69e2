import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEEDS } from '../../src/figures/period-needs.ts';
import { COUNT_RULES, DAY_RULES, SEASON_RULES, SPAN_RULES } from '../../src/figures/period-rules-more.ts';
import { RULES } from '../../src/figures/period-rules.ts';
import { splitSentences } from '../../src/figures/sentences.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/figures');

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return textsUnder(path);
    return f.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
  });
}

// One phrase at least for every alternative of every rule, in both languages and in capitals.
const PHRASES = [
  'between 2016 and 2022', 'from 2016 to 2022', 'в 2016-2022 годах', 'с 2019 по 2023 гг.', 'January–September 2024', 'в январе-сентябре 2024 года',
  'from January through September this year', 'январь–май прошлого года', 'first nine months of 2024', 'за 9 месяцев 2024 года', 'over the nine months',
  'in the first half of 2024', 'H1 2024', '2H 2023', 'в первом полугодии 2024 года', 'за полугодие', 'in the half-year', 'third quarter of 2024', 'Q3 2024', '3Q 2024', 'в III квартале',
  'over the past six years', 'за последние шесть лет', 'over the last decade', 'за последнее десятилетие', 'so far this year', 'year-to-date', 'YEAR TO DATE',
  'since the beginning of the year', 'this year so far', 'с начала года', 'с начала 2023 года', 'с января по май', 'since January', 'по итогам года',
  'до конца текущего года', 'by the end of the year', 'by year-end', 'this year', 'the current year', 'в этом году', 'за текущий год', 'a year earlier',
  'the previous year.', 'the year before', 'годом ранее', 'год назад', 'годом раньше', 'next year', "next year's", 'the coming year', 'в следующем году',
  'на будущий год', 'на текущий год', 'in the same period of 2024', 'за аналогичный период 2024 года', 'в прошлом – ', 'в позапрошлом – ', 'the year before last', 'в позапрошлом году', 'last year', "LAST YEAR'S", 'the past year', 'в прошлом году', 'за минувший год',
  'по итогам прошлого года', 'в прошлогоднем', 'now', 'currently', 'at present', 'to date', 'today', 'сегодня', 'сейчас', 'в настоящее время',
  'на сегодняшний день', 'на данный момент', 'last month', 'в прошлом месяце', 'за прошлый месяц', 'in May 2024', 'in May', 'в мае 2024 года', 'May 2024',
  'in 2023', 'в 2023 году', 'since 2020', 'by 2030', 'until 2025', '25 September', '19-20 сентября', '6th of October 2022', '25 сентября 2023 года',
  'Sept. 25', 'November 10, 2020', 'Oct. 4-5', '20.08.2024', 'between November 2022 and March 2023', 'с ноября 2020 года по июнь 2024 года',
  'ноябре 2022 – феврале 2023 года', 'by the start of this year', 'as of the beginning of 2024', 'к началу года', 'на начало 2024 года',
  'five years ago', 'пять лет назад', '3 years ago', 'over six years', 'за шесть лет', 'at that time', 'at the time', 'back then', 'тогда', 'в то время',
  'на тот момент', 'over the same period', 'in those seven months', 'In September and October 2023', 'в сентябре и октябре 2023 года', 'the first half of last year', 'в первом квартале прошлого года', 'in June last year', 'в июне прошлого года', 'in the four quarters to the end of September', 'in the 12 months to March 2025', 'double the volume of the same quarter of 2024', 'по сравнению с аналогичным периодом 2024 года', 'за тот же срок', 'с погашением в 2033 году', 'last June', 'the full-year total', 'for the full year', 'за весь год', 'за эти девять месяцев', 'за этот период', 'за отчетный период', 'during these years', 'over the period', 'за это время', 'с начала июня', 'since the start of June 2025', 'by the same date', '25 December last year', 'the ten-month figure',
  'с 10 ноября 2020 года по 31 марта 2025 года', 'between 1 January and 30 June 2025', 'July-January 2023/24', 'the 2023/24 season, which runs from July to June', 'the 2023/24 marketing season, which ran from July to June', 'в сезоне 2023/24', 'the deadliest since April', 'в те же годы', 'в сезоне 2024/25 (июль-июнь)', 'I пол. 2024', 'самым серьезным с апреля', 'Июль на границе: 87 обстрелов', 'за семь лет товарооборот', 'Весь прошлый год мы закрыли', 'Прошлый год мы закрыли', 'пришлось на май', 'на начало 2019 г.', 'during the reporting period', 'Between Sept. 27 and Nov. 10, 2020', 'from March 1 to June 30, 2025', 'came to $2.5 billion in the period', 'к концу года', 'between 3 and 30 July', 'с 1 по 15 мая 2023 года', 'FROM 1 TO 28 FEBRUARY', 'в конце апреля', 'к началу апреля', 'в середине мая 2024 года', 'at the end of April', 'in mid-May', 'in early June 2023', 'in the middle of March',
];

const ALL_RULES = [...DAY_RULES, ...SEASON_RULES, ...SPAN_RULES, ...RULES, ...COUNT_RULES];

describe('period rules and what they need (period-needs.ts)', () => {
  const fixtureSentences = textsUnder(FIXTURES).flatMap((t) => splitSentences(t, /[а-я]/i.test(t) ? 'ru' : 'en').map((s) => s.text));
  const samples = [...PHRASES, ...PHRASES.map((p) => p.toUpperCase()), ...fixtureSentences];

  it('every match of every rule, in the phrases and the fixture sentences, holds each thing its rule needs', () => {
    let matches = 0;
    for (const [re, , needs] of ALL_RULES) {
      for (const sample of samples) {
        re.lastIndex = 0;
        for (const m of sample.matchAll(re)) {
          matches++;
          for (const need of needs) expect(NEEDS[need].test(need === 'month' ? sample : m[0]), `«${m[0]}» needs ${need}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(PHRASES.length);
  });

  it('every rule matches at least one of the phrases, so that each is checked', () => {
    for (const [re] of ALL_RULES) {
      re.lastIndex = 0;
      expect(PHRASES.some((p) => new RegExp(re.source, re.flags.replace('g', '')).test(p)), re.source.slice(0, 60)).toBe(true);
    }
  });
});
