import { foldText } from './fold-text.ts';

/**
 * A configured keyword as a regex source over folded text. Syntax:
 *   Azerbaijan*     a stem: any letters may follow (Azerbaijani, Azerbaijan's is a boundary)
 *   "UN"            exact word, no inflection
 *   Зангезур        a plain word: up to 3 more letters may follow when it has 4+ letters
 *                   (Зангезура, Зангезуром; Rusiyanın), and a Cyrillic word of 5+ letters may
 *                   also drop its final vowel or soft sign (Москва → Москвы, Кремль → Кремля)
 * Spaces and hyphens inside a keyword match any run of spaces or dashes. In a keyword, ə
 * matches "e" or "a" (Əliyev is spelled Aliyev in English). Boundaries are Unicode letters
 * and digits, so "Iran" never hits inside "Tirana".
 */
export function keywordSource(keyword: string): string {
  const trimmed = keyword.trim();
  const quoted = /^"(.+)"$/.exec(trimmed);
  if (quoted) return bounded(wordsSource(quoted[1] ?? ''), '');
  if (trimmed.endsWith('*')) return bounded(wordsSource(trimmed.slice(0, -1)), '\\p{L}*');
  return inflected(trimmed);
}

function inflected(keyword: string): string {
  const words = keyword.split(/[\s\-‐–—]+/).filter((word) => word !== '');
  const last = words.pop() ?? '';
  const head = words.map(wordSource);
  const letters = [...foldKeyword(last)].length;
  let lastSource = wordSource(last);
  let suffix = '';
  if (letters >= 5 && /[аяоеиыйь]$/iu.test(foldText(last))) {
    lastSource = wordSource([...last].slice(0, -1).join(''));
    suffix = '\\p{L}{0,3}';
  } else if (letters >= 4) {
    suffix = '\\p{L}{0,3}';
  }
  return bounded([...head, lastSource].join(SEPARATOR), suffix);
}

const SEPARATOR = '[\\s\\-‐–—]+';

function wordsSource(text: string): string {
  return text
    .split(/[\s\-‐–—]+/)
    .filter((word) => word !== '')
    .map(wordSource)
    .join(SEPARATOR);
}

function wordSource(word: string): string {
  return [...foldKeyword(word)]
    .map((char) => (char === '\u0259' ? '[ea]' : escapeChar(char)))
    .join('');
}

/** Folds like the text, except that ə is kept so it can match both of its spellings. */
function foldKeyword(word: string): string {
  return word
    .split(/[əƏ]/)
    .map(foldText)
    .join('\u0259');
}

function escapeChar(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

function bounded(source: string, suffix: string): string {
  return `(?<![\\p{L}\\p{N}])${source}${suffix}(?![\\p{L}\\p{N}])`;
}
