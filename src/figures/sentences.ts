/**
 * Sentences with offsets into the original text (Intl.Segmenter, language from the script), and
 * the paragraph (line) each one sits in. Abbreviations the segmenter breaks after ("Mr.", "U.S.")
 * are glued back.
 */
import type { Lang } from './numbers.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

// Tested on a segment's last characters without its trailing spaces: on the whole segment the regex
// ran from every offset of a long sentence. The longest abbreviation is "approx": with its dot and
// the space or bracket before it, any match fits in the last 8 characters, and none fills all 8, so
// "^" still matches only at the segment's own start.
const ABBREVIATION_REACH = 8;
const ABBREVIATION_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|Inc|Corp|Ltd|Co|No|Nos|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|т\.е|т\.к|т\.н|т\.д|т\.п|им|ул|г-н|г-жа|тыс|млн|млрд|трлн|руб|долл|ст|гг|г|см)\.$/u;

// One segmenter per language for the process: building one costs about as much as segmenting an article.
const SEGMENTERS = new Map<Lang, Intl.Segmenter>();

function segmenterFor(lang: Lang): Intl.Segmenter {
  let segmenter = SEGMENTERS.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    SEGMENTERS.set(lang, segmenter);
  }
  return segmenter;
}

/** Sentences of text in order; whitespace around each is left out of its span. */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  const segmenter = segmenterFor(lang);
  const raw: Array<{ start: number; end: number }> = [];
  for (const seg of segmenter.segment(text)) {
    const prev = raw.at(-1);
    const end = seg.index + seg.segment.length;
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    if (prev && endsWithAbbreviation(prevText) && !prevText.includes('\n') && !opensAfterScale(prevText, seg.segment)) prev.end = end;
    else raw.push({ start: seg.index, end });
  }
  const out: Sentence[] = [];
  let paragraph = 0;
  let cursor = 0;
  for (const { start, end } of raw) {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (!trimmed) continue;
    const s = start + lead;
    paragraph += countNewlines(text, cursor, s);
    cursor = s;
    out.push({ start: s, end: s + trimmed.length, text: trimmed, paragraph });
  }
  return out;
}

/** A segment ending in "Mr.", "U.S.", "млн." and its spaces: the segmenter broke after an abbreviation. */
function endsWithAbbreviation(segment: string): boolean {
  // trimEnd drops exactly what [\s\u00A0]* matched (\s is the white space and line ends trimEnd knows).
  const content = segment.trimEnd();
  return ABBREVIATION_END.test(content.slice(Math.max(0, content.length - ABBREVIATION_REACH)));
}

// "… свыше $5 млрд. Доля компании …": a scale word's dot before a capital ends the sentence ("4 млрд. долларов" does not).
const SCALE_END = /(?:^|[\s\d])(?:тыс|млн|млрд|трлн)\.[\s\u00A0]*$/u;

function opensAfterScale(prevText: string, next: string): boolean {
  // (Not before a unit written in capitals: "14,6 тыс. ДФЭ", "9.8 thous. TEU".)
  return SCALE_END.test(prevText) && /^[\s\u00A0]*[«"]?(?!ДФЭ|TEU)\p{Lu}/u.test(next);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

// A sentence starts after ".", "!" or "?" and a space before a capital, or at a new line.
const SENTENCE_BREAK = /[.!?][\s\u00A0]+(?=\p{Lu})|\n[\s\u00A0]*/gu;

/**
 * The words of the sentence before `at`, read back at most `max` characters; null when no sentence start lies in
 * that window (and the text does not start there), so the sentence began further back.
 */
export function sentenceHead(text: string, at: number, max: number): string | null {
  const from = Math.max(0, at - max);
  const window = text.slice(from, at);
  const last = [...window.matchAll(SENTENCE_BREAK)].at(-1);
  if (!last) return from === 0 ? window : null;
  return window.slice(last.index + last[0].length);
}
