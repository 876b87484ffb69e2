/**
 * Numbers written in words, English and Russian: "four billion", "two and a half million",
 * "четыре миллиарда", "полтора миллиона". Each word has a role so that "one two three" stays three
 * numbers while "twenty-five" and "two hundred and five" are one.
 */

type Role = 'unit' | 'teen' | 'ten' | 'hundred' | 'hundreds' | 'scale' | 'half' | 'a' | 'and' | 'halfscale';

interface Word {
  role: Role;
  value: number;
  /** Russian collective numerals ("пятеро") count people. */
  collective?: boolean;
}

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Russian forms by value; every case form the press uses. */
const RU_FORMS: Array<[number, Role, string]> = [
  [0, 'unit', 'ноль нуль'],
  [1, 'unit', 'один одна одно одного одной одному одним одном'],
  [2, 'unit', 'два две двух двум двумя'],
  [3, 'unit', 'три трех трёх трем трём тремя'],
  [4, 'unit', 'четыре четырех четырёх четырем четырём четырьмя'],
  [5, 'unit', 'пять пяти пятью'],
  [6, 'unit', 'шесть шести шестью'],
  [7, 'unit', 'семь семи семью'],
  [8, 'unit', 'восемь восьми восемью'],
  [9, 'unit', 'девять девяти девятью'],
  [10, 'teen', 'десять десяти десятью'],
  [40, 'ten', 'сорок сорока'],
  [90, 'ten', 'девяносто девяноста'],
  [100, 'hundreds', 'сто ста сотни сотню'],
  [200, 'hundreds', 'двести двухсот двумстам'],
  [300, 'hundreds', 'триста трехсот трёхсот'],
  [400, 'hundreds', 'четыреста четырехсот четырёхсот'],
  [500, 'hundreds', 'пятьсот пятисот'],
  [600, 'hundreds', 'шестьсот шестисот'],
  [700, 'hundreds', 'семьсот семисот'],
  [800, 'hundreds', 'восемьсот восьмисот'],
  [900, 'hundreds', 'девятьсот девятисот'],
];
const RU_TEEN_STEMS = ['одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];
const RU_TEN_FORMS: Array<[number, string]> = [
  [20, 'двадцать двадцати двадцатью'],
  [30, 'тридцать тридцати тридцатью'],
  [50, 'пятьдесят пятидесяти'],
  [60, 'шестьдесят шестидесяти'],
  [70, 'семьдесят семидесяти'],
  [80, 'восемьдесят восьмидесяти'],
];

function buildDictionary(): Map<string, Word> {
  const dict = new Map<string, Word>();
  EN_UNITS.forEach((w, i) => dict.set(w, { role: 'unit', value: i }));
  EN_TEENS.forEach((w, i) => dict.set(w, { role: 'teen', value: 10 + i }));
  EN_TENS.forEach((w, i) => w && dict.set(w, { role: 'ten', value: i * 10 }));
  dict.set('hundred', { role: 'hundred', value: 100 });
  dict.set('hundreds', { role: 'hundred', value: 100 });
  for (const [w, v] of Object.entries(EN_SCALES)) dict.set(w, { role: 'scale', value: v });
  dict.set('half', { role: 'half', value: 0.5 });
  dict.set('a', { role: 'a', value: 1 });
  dict.set('an', { role: 'a', value: 1 });
  dict.set('and', { role: 'and', value: 0 });
  for (const [value, role, forms] of RU_FORMS) for (const f of forms.split(' ')) dict.set(f, { role, value });
  RU_TEEN_STEMS.forEach((s, i) => ['ь', 'и', 'ью'].forEach((e) => dict.set(s + e, { role: 'teen', value: 11 + i })));
  for (const [value, forms] of RU_TEN_FORMS) for (const f of forms.split(' ')) dict.set(f, { role: 'ten', value });
  for (const f of ['тысяча', 'тысячи', 'тысяч', 'тысячу', 'тысячей', 'тысячам', 'тысячах']) dict.set(f, { role: 'scale', value: 1e3 });
  for (const [stem, v] of [['миллион', 1e6], ['миллиард', 1e9], ['триллион', 1e12]] as const) {
    for (const e of ['', 'а', 'ов', 'у', 'ом', 'ами', 'ах']) dict.set(stem + e, { role: 'scale', value: v });
  }
  dict.set('полтора', { role: 'unit', value: 1.5 });
  dict.set('полторы', { role: 'unit', value: 1.5 });
  dict.set('полутора', { role: 'unit', value: 1.5 });
  dict.set('половиной', { role: 'half', value: 0.5 });
  dict.set('с', { role: 'and', value: 0 });
  const collective: Array<[number, string]> = [[2, 'двое двоих'], [3, 'трое троих'], [4, 'четверо четверых'], [5, 'пятеро пятерых'], [6, 'шестеро шестерых'], [7, 'семеро семерых'], [8, 'восьмеро восьмерых'], [9, 'девятеро девятерых'], [10, 'десятеро десятерых']];
  for (const [value, forms] of collective) for (const f of forms.split(' ')) dict.set(f, { role: 'unit', value, collective: true });
  dict.set('полмиллиона', { role: 'halfscale', value: 5e5 });
  dict.set('полмиллиарда', { role: 'halfscale', value: 5e8 });
  return dict;
}

const DICT = buildDictionary();
const WORD_RE = /[\p{L}]+/gu;

export interface WordNumber {
  value: number;
  start: number;
  end: number;
  collective?: boolean;
}

interface Token {
  word: Word;
  start: number;
  end: number;
  raw: string;
}

/** Every number written in words in text, with its offsets. */
export function findWordNumbers(text: string): WordNumber[] {
  const tokens: Array<Token | null> = [];
  let lastEnd = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const gap = text.slice(lastEnd, m.index);
    // Only spaces and hyphens join number words; any other punctuation ends a number.
    if (tokens.length > 0 && !/^[\s\u00A0-]*$/u.test(gap)) tokens.push(null);
    const word = DICT.get(m[0].toLowerCase());
    tokens.push(word ? { word, start: m.index, end: m.index + m[0].length, raw: m[0] } : null);
    lastEnd = m.index + m[0].length;
  }
  const out: WordNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    const parsed = parseFrom(tokens, i);
    if (parsed) {
      out.push(parsed.number);
      i = parsed.next;
    } else i++;
  }
  return out;
}

/** Greedy parse of one number starting at tokens[i]; null when no number starts there. */
function parseFrom(tokens: Array<Token | null>, i: number): { number: WordNumber; next: number } | null {
  let total = 0;
  let current = 0;
  let last: Role | null = null;
  let lastScale = Infinity;
  let seenDigit = false;
  let start = -1;
  let end = -1;
  let j = i;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) break;
    const { role, value } = t.word;
    const next = tokens[j + 1]?.word.role;
    if (role === 'and') {
      // "two and a half", "one hundred and five", "два с половиной": only between number words.
      if (!seenDigit || !next || next === 'and' || (t.raw === 'с' && next !== 'half')) break;
      if (t.raw !== 'с' && next !== 'a' && next !== 'half' && last !== 'hundred' && last !== 'scale') break;
      continue;
    }
    if (role === 'a') {
      // "a million", "half a billion", "two and a half": "a" is 1 only before a scale or "half".
      if (next !== 'scale' && next !== 'hundred' && next !== 'half') break;
      if (next === 'half') continue;
      if (seenDigit && last !== 'half') break;
      current = last === 'half' ? current : 1;
      if (!seenDigit) start = t.start;
      seenDigit = true;
      last = 'unit';
      end = t.end;
      continue;
    }
    if (!canFollow(last, role)) break;
    if (role === 'scale' && value >= lastScale) break;
    if (!seenDigit && (role === 'scale' || role === 'hundred')) break;
    if (!seenDigit) start = t.start;
    if (role === 'half') {
      if (!seenDigit) {
        // "half a million"
        if (tokens[j + 1]?.word.role !== 'a' || tokens[j + 2]?.word.role !== 'scale') break;
        current = 0.5;
        seenDigit = true;
        last = 'half';
        end = t.end;
        j++;
        continue;
      }
      current += 0.5;
    } else if (role === 'hundred') current = (current || 1) * 100;
    else if (role === 'scale') {
      total += (current || 1) * value;
      current = 0;
      lastScale = value;
    } else if (role === 'halfscale') total += value;
    else current += value;
    seenDigit = true;
    last = role;
    end = t.end;
  }
  if (!seenDigit || start < 0) return null;
  const collective = tokens[i]?.word.collective === true && j === i + 1;
  return { number: { value: total + current, start, end, ...(collective ? { collective } : {}) }, next: Math.max(j, i + 1) };
}

/** Which word may follow which inside one number. */
function canFollow(last: Role | null, role: Role): boolean {
  if (last === null) return role !== 'half' || true;
  switch (role) {
    case 'unit':
      return last === 'ten' || last === 'hundred' || last === 'hundreds' || last === 'scale';
    case 'teen':
    case 'ten':
      return last === 'hundred' || last === 'hundreds' || last === 'scale';
    case 'hundreds':
      return last === 'scale';
    case 'hundred':
      return last === 'unit' || last === 'teen' || last === 'ten';
    case 'scale':
      return last !== 'scale' || true;
    case 'half':
      return last === 'unit' || last === 'teen' || last === 'ten' || last === 'hundred' || last === 'hundreds';
    case 'halfscale':
      return false;
    default:
      return false;
  }
}
