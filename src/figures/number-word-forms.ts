/** English and Russian number words and the role each plays inside a number. */

export type Role = 'unit' | 'teen' | 'ten' | 'hundred' | 'hundreds' | 'scale' | 'half' | 'quarter' | 'a' | 'and' | 'of' | 'halfscale' | 'point' | 'sign' | 'fraction';

export interface Word {
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

export function buildDictionary(): Map<string, Word> {
  const dict = new Map<string, Word>();
  EN_UNITS.forEach((w, i) => dict.set(w, { role: 'unit', value: i }));
  EN_TEENS.forEach((w, i) => dict.set(w, { role: 'teen', value: 10 + i }));
  EN_TENS.forEach((w, i) => w && dict.set(w, { role: 'ten', value: i * 10 }));
  dict.set('hundred', { role: 'hundred', value: 100 });
  dict.set('hundreds', { role: 'hundred', value: 100 });
  for (const [w, v] of Object.entries(EN_SCALES)) dict.set(w, { role: 'scale', value: v });
  dict.set('half', { role: 'half', value: 0.5 });
  dict.set('quarter', { role: 'quarter', value: 0.25 });
  dict.set('quarters', { role: 'quarter', value: 0.25 });
  dict.set('of', { role: 'of', value: 0 });
  dict.set('point', { role: 'point', value: 0 });
  // "четыре целых девять десятых": the whole part, then tenths or hundredths.
  for (const w of ['целых', 'целая', 'целой', 'целое']) dict.set(w, { role: 'point', value: 0 });
  for (const [forms, v] of [['десятых десятая десятой десятую', 10], ['сотых сотая сотой сотую', 100], ['тысячных тысячная тысячной', 1000]] as const) {
    for (const f of forms.split(' ')) dict.set(f, { role: 'fraction', value: v });
  }
  for (const w of ['minus', 'negative', 'минус']) dict.set(w, { role: 'sign', value: -1 });
  for (const w of ['nought', 'naught']) dict.set(w, { role: 'unit', value: 0 });

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
