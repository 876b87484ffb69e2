/**
 * Tables of a season by month: "Месяц | 2023/24 | 2024/25" over "Июль | 148,3 | 112,6" under a caption "… по месяцам
 * сезона (июль-июнь)". Each cell is its row's month in its column's season (ADR 001: a month from the season's first
 * month on is of its first year, an earlier one of its second); a total row is the whole season when the caption
 * names its months.
 */
import { monthSpan, pad } from './period-calendar.ts';
import { MONTH_WORD, monthOf } from './period-words.ts';

const SEASON_HEADER = /(?<!\d)((?:19|20)\d{2})\/(\d{2}|(?:19|20)\d{2})(?![\d/])/u;
const MONTH_RUN = new RegExp(String.raw`(${MONTH_WORD})[\s\u00A0]*[-–—][\s\u00A0]*(${MONTH_WORD})|(?:from|с)[\s\u00A0]+(${MONTH_WORD})[\s\u00A0]+(?:to|through|по|до)[\s\u00A0]+(${MONTH_WORD})`, 'iu');
const LEADING_WORD = /^[\s\u00A0]*([\p{L}.]+)/u;

/** The first month of the season the caption names ("(июль-июнь)", "from July to June"), if it names one. */
function firstMonthOf(caption: string): number | null {
  const m = MONTH_RUN.exec(caption);
  return m ? monthOf(m[1] ?? m[3]!) : null;
}

/** The period of a cell under a season's header in a row named by a month or a total, else null. */
export function seasonCellPeriod(header: string, label: string, caption: string, total: boolean): string | null {
  const season = SEASON_HEADER.exec(header);
  if (!season) return null;
  const start = Number(season[1]);
  const named = firstMonthOf(caption);
  const first = named ?? 7;
  const word = LEADING_WORD.exec(label)?.[1];
  const month = word ? monthOf(word) : null;
  if (month) return `${month >= first ? start : start + 1}-${pad(month)}`;
  return total && named ? monthSpan(start, first, start + 1, first === 1 ? 12 : first - 1) : null;
}
