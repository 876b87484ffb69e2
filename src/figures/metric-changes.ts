/**
 * Verbs of change and comparatives around a number: whether a percent or multiplier is a change
 * and which way ("grew by 8%", "cuts … by 12%", "на 4% меньше", "импорт – на 13,1%"), and whether
 * an amount is a change rather than a level ("increased by $500 million").
 */
import type { Frame } from './frames.ts';
import { METRICS } from './lexicon.ts';
import type { MetricChoice } from './metrics.ts';
import { PhraseMatcher, type Hit } from './patterns.ts';
import type { Quantity } from './quantities.ts';

export const GROWTH = new PhraseMatcher<'up' | 'down'>([
  ['up', METRICS.growth.up],
  ['down', METRICS.growth.down],
]);
// "increased by $500 million", "на 1,2 млрд манатов больше": an absolute change, not a level.
const CHANGE_BY = /(?:\bby|(?:^|\s)на)[\s\u00A0]*$/iu;
// "$300 million up from a year earlier" is a change; "1.6 million tonnes, up from 1.1 million" a level.
// "…, больше половины – казахстанские грузы": a share of the amount follows, no change of it.
const CHANGE_AFTER = /^(?:[\s\u00A0,]*(?:больше|меньше|выше|ниже|more than|less than|higher than|lower than)|[\s\u00A0]*(?:up from|down from))(?![\p{L}])(?![\s\u00A0]+(?:половин|трет|четверт|half|a third|a quarter|of|double|triple|twice|вдвое|втрое|в[\s\u00A0]+\d))/iu;
const MULTIPLIER_COMPARE = /^[\s\u00A0,]*(more|higher|larger|bigger|greater|less|lower|smaller|fewer|больше|выше|меньше|ниже)(?![\p{L}])/iu;
// "about 84% above the level of 2020", "12% below that of 2024": a comparison with a level is a change too.
const COMPARE_AFTER = /^[\s\u00A0,]*(more|higher|less|lower|fewer|больше|выше|меньше|ниже|above(?=[\s\u00A0]+(?:the[\s\u00A0]+level|that|those|its|the[\s\u00A0]+\d{4}|\d{4}|last|a[\s\u00A0]+year))|below(?=[\s\u00A0]+(?:the[\s\u00A0]+level|that|those|its|the[\s\u00A0]+\d{4}|\d{4}|last|a[\s\u00A0]+year)))(?![\p{L}])/iu;
const BY_PERCENT = /(?:\bby(?:[\s\u00A0]+(?:another|a further|an additional|a))?|(?:^|[\s–—,])на(?:[\s\u00A0]+(?:ещё|еще))?)[\s\u00A0]*$/iu;

const MADE_BEFORE_UP = /(?:^|[^\p{L}])(?:made|make|makes|making)[\s\u00A0]+$/iu;

export /** The growth cue governing a percent or multiplier, if any ("grew by", "рост на", "up"). */
function growthCue(text: string, q: Quantity, frame: Frame, previous: MetricChoice | null): 'up' | 'down' | null {
  const isUpTo = (h: Hit<'up' | 'down'>): boolean => /^up$/i.test(text.slice(h.start, h.end)) && /^\s*to\b/i.test(text.slice(h.end, h.end + 4));
  // The verb may stand far before "by": "cuts oil pumping through the Baku-Novorossiysk pipeline by 12%".
  // "Russia made up 18% of Azerbaijan's imports": a share, not a rise.
  const isMadeUp = (h: Hit<'up' | 'down'>): boolean => /^up$/i.test(text.slice(h.start, h.end)) && MADE_BEFORE_UP.test(text.slice(Math.max(0, h.start - 8), h.start));
  const left = GROWTH.find(text, Math.max(frame.leftStart, q.start - 100), q.start).filter((h) => !isUpTo(h) && !isMadeUp(h));
  const right = GROWTH.find(text, q.end, Math.min(frame.rightEnd, q.end + 25));
  const hit = left.at(-1) ?? right[0];
  // "doubled", "вдвое" carry their own direction; "halved" is a fall.
  if (q.words && q.unit === 'times') return hit?.label === 'down' || q.value < 1 ? 'down' : 'up';
  if (hit) return hit.label;
  // "24.6 percent more than in 2022", "на 4% меньше": a comparison after the number is a change.
  const after = COMPARE_AFTER.exec(text.slice(q.end, q.end + 40));
  if (after) return /^(?:less|lower|fewer|below|меньше|ниже)$/iu.test(after[1]!) ? 'down' : 'up';
  // "and in the first half by another 11%", "импорт – на 18,6%": "by"/"на" before a percent is a change.
  // An elided verb ("снизился на 6,4%, импорт – на 13,1%") keeps the direction of the change before it.
  if (q.kind === 'percent' && BY_PERCENT.test(text.slice(Math.max(0, q.start - 24), q.start))) return elidedDirection(text, q, previous);
  return null;
}

/**
 * The change before an elided verb: the figure right before, else the last verb of change in the sentence
 * ("сократился на 1,3%, до 1 млрд 352,8 млн долларов, импорт – на 5,4%": the amount stands between).
 */
function elidedDirection(text: string, q: Quantity, previous: MetricChoice | null): 'up' | 'down' {
  if (previous?.metric === 'growth_rate') return previous.down ? 'down' : 'up';
  return lastChangeBefore(text, q.start, 160, /[.!?;](?=[\s\u00A0])/gu) ?? 'up';
}

/**
 * The last verb of change within `reach` characters before `at`, in the sentence's own words only: a stop followed
 * by a space ends the one before ("1.35" does not).
 */
function lastChangeBefore(text: string, at: number, reach: number, stop: RegExp): 'up' | 'down' | null {
  const from = Math.max(0, at - reach);
  const stops = [...text.slice(from, at).matchAll(stop)];
  const start = stops.length > 0 ? from + stops.at(-1)!.index + 1 : from;
  return GROWTH.find(text, start, at).at(-1)?.label ?? null;
}

/**
 * A multiplier is a change only when a verb of change or a comparative is right next to it:
 * "grew 1.8 times", "в 1,8 раза больше", "tripled" — not "met four times" or "intercepted three times".
 */
export function multiplierCue(text: string, q: Quantity): 'up' | 'down' | null {
  // "The purpose of this exercise is twofold:" has two parts, it grew nothing.
  // ("вырос почти в 1,9 раза: в 2021 году …" is a change, its colon opens the detail.)
  // ("вырос вдвое: с 4,6 млрд …", "doubled: from GEL 0.9 billion …": a colon that opens the change's two levels keeps it.)
  const levelsAfter = /^[\s\u00A0]*:[\s\u00A0]*(?:from|с|со)[\s\u00A0]/iu.test(text.slice(q.end, q.end + 8));
  if (/^[\s\u00A0]*:/u.test(text.slice(q.end, q.end + 3)) && (q.words || /fold/iu.test(text.slice(q.start, q.end))) && !levelsAfter) return null;
  if (q.words) return q.value < 1 ? 'down' : GROWTH.find(text, Math.max(0, q.start - 30), q.start).at(-1)?.label === 'down' ? 'down' : 'up';
  if (/fold/iu.test(text.slice(q.start, q.end))) return 'up';
  const before = GROWTH.find(text, Math.max(0, q.start - 30), q.start).at(-1);
  const near = before && /^[\s\u00A0]*(?:by|на|almost|nearly|почти|more than|более чем|in)?[\s\u00A0]*$/iu.test(text.slice(before.end, q.start)) ? before : undefined;
  const after = MULTIPLIER_COMPARE.exec(text.slice(q.end, q.end + 16));
  if (after) return /^(?:less|lower|smaller|fewer|меньше|ниже)$/iu.test(after[1]!) ? 'down' : 'up';
  return near?.label ?? elidedChange(text, q);
}

// "военные расходы Азербайджана выросли более чем вдвое, Армении – в 2,7 раза": a list item whose verb is elided
// (a country, a dash, the multiplier) repeats the change of the sentence's verb.
const ELIDED_ITEM = /[,;][\s\u00A0]*(?:(?:а|и|and)[\s\u00A0]+)?(?:(?:to|from|в|из|на)[\s\u00A0]+)?\p{Lu}[\p{L}'’-]*[\s\u00A0]*[–—-][\s\u00A0]*(?:в[\s\u00A0]+)?$/u;

function elidedChange(text: string, q: Quantity): 'up' | 'down' | null {
  if (!ELIDED_ITEM.test(text.slice(Math.max(0, q.start - 40), q.start))) return null;
  return lastChangeBefore(text, q.start, 200, /[.!?](?=[\s\u00A0])/gu);
}

export function isAbsoluteChange(text: string, q: Quantity, frame: Frame): boolean {
  if (CHANGE_AFTER.test(text.slice(q.end, q.end + 20))) return true;
  if (!CHANGE_BY.test(text.slice(Math.max(0, q.start - 5), q.start))) return false;
  return GROWTH.find(text, Math.max(frame.leftStart, q.start - 60), q.start).length > 0;
}

