/** Month, ordinal and count words for the period reader, English and Russian. */

/** Month number by any written form (English names and abbreviations, Russian cases). */
export const MONTHS = new Map<string, number>();
const EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RU_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const RU_ENDINGS = ['ь', 'я', 'е', 'ю', 'ем', 'а', 'у', 'й', 'ю', ''];
EN.forEach((m, i) => {
  MONTHS.set(m, i + 1);
  MONTHS.set(m.slice(0, 3), i + 1);
});
MONTHS.set('sept', 9);
RU_STEMS.forEach((stem, i) => {
  for (const e of RU_ENDINGS) if (stem + e !== 'ма' && stem + e !== 'мау') MONTHS.set(stem + e, i + 1);
});
MONTHS.set('май', 5);
MONTHS.set('мае', 5);
MONTHS.set('мая', 5);

export const MONTH_WORD = String.raw`(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\.?`;
/** English month names only: "Sept. 25" puts the day after the month; Russian never does ("в марте 27 нарушений"). */
export const EN_MONTH_WORD = String.raw`(?:${[...MONTHS.keys()].filter((k) => /^[a-z]/.test(k)).sort((a, b) => b.length - a.length).join('|')})\.?`;

/** "first", "1st", "I", "первом" → 1 (quarters and halves). */
export const ORDINALS = new Map<string, number>([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4],
  ['первый', 1], ['первом', 1], ['первого', 1], ['первое', 1], ['первое', 1],
  ['второй', 2], ['втором', 2], ['второго', 2], ['второе', 2],
  ['третий', 3], ['третьем', 3], ['третьего', 3],
  ['четвертый', 4], ['четвёртый', 4], ['четвертом', 4], ['четвёртом', 4], ['четвертого', 4], ['четвёртого', 4],
]);
export const ORDINAL_WORD = String.raw`(?:first|1st|second|2nd|third|3rd|fourth|4th|iv|iii|ii|i|[1-4]|перв\p{L}*|втор\p{L}*|трет\p{L}*|четв[её]рт\p{L}*)`;

/** Small counts for "past six years", "за шесть лет", "nine months". */
export const COUNTS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20],
  ['один', 1], ['одного', 1], ['два', 2], ['двух', 2], ['три', 3], ['трех', 3], ['трёх', 3], ['четыре', 4],
  ['четырех', 4], ['четырёх', 4], ['пять', 5], ['пяти', 5], ['шесть', 6], ['шести', 6], ['семь', 7],
  ['семи', 7], ['восемь', 8], ['восьми', 8], ['девять', 9], ['девяти', 9], ['десять', 10], ['десяти', 10],
  ['одиннадцать', 11], ['двенадцать', 12], ['пятнадцать', 15], ['двадцать', 20],
]);
export const COUNT_WORD = String.raw`(?:\d{1,2}|${[...COUNTS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

export function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return COUNTS.get(word.toLowerCase()) ?? null;
}

export function monthOf(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

export function ordinalOf(word: string): number | null {
  const w = word.toLowerCase();
  if (ORDINALS.has(w)) return ORDINALS.get(w)!;
  if (w.startsWith('перв')) return 1;
  if (w.startsWith('втор')) return 2;
  if (w.startsWith('трет')) return 3;
  if (w.startsWith('четв')) return 4;
  return null;
}
