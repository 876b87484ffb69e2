/**
 * A publication date for plain text with no metadata: the first dateline-like date near the top
 * ("Published April 22,2024", "date 2024-08-20", "Moscow, 6 October 2022 (TDI):", "23 апреля 2024"),
 * or a "Published"/"Updated" line anywhere. Returns YYYY-MM-DD or null.
 */
export function guessPublishedFromText(text: string): string | null {
  const head = text.slice(0, 800);
  for (const candidate of [findLabelled(text), findDate(head)]) {
    if (candidate) return candidate;
  }
  return null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

const MONTH = '([A-Za-z]{3,9}|[а-яё]{3,8})\\.?';
const PATTERNS: readonly { regex: RegExp; order: 'ymd' | 'mdy' | 'dmy' }[] = [
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/u, order: 'ymd' },
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s*(\\d{4})\\b`, 'iu'), order: 'mdy' },
  { regex: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'iu'), order: 'dmy' },
];

function findLabelled(text: string): string | null {
  const line = /(?:published|date|posted|updated|опубликовано|дата)\s*:?\s*([^\n|]{6,40})/iu.exec(text);
  return line?.[1] ? findDate(line[1]) : null;
}

function findDate(text: string): string | null {
  let best: { index: number; date: string } | null = null;
  for (const { regex, order } of PATTERNS) {
    const match = regex.exec(text);
    const date = match ? toIso(match, order) : null;
    if (match && date && (!best || match.index < best.index)) best = { index: match.index, date };
  }
  return best?.date ?? null;
}

function toIso(match: RegExpExecArray, order: 'ymd' | 'mdy' | 'dmy'): string | null {
  const [, a = '', b = '', c = ''] = match;
  const parts =
    order === 'ymd' ? { y: a, m: Number(b), d: c } : order === 'mdy' ? { y: c, m: monthNumber(a), d: b } : { y: c, m: monthNumber(b), d: a };
  const day = Number(parts.d);
  const year = Number(parts.y);
  if (!parts.m || parts.m > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  return `${year}-${String(parts.m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}
