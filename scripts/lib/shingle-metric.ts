/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark, evaluate.py),
 * reimplemented from its description so that eval:text, the bench and the tests score the same way:
 * token 4-gram shingle multisets, tp/fp/fn normalised per page so every page weighs the same,
 * corpus precision and recall as means over pages, F1 from those two means.
 */

/** Normalised true positives, false positives and false negatives of one page (they sum to 1, or are all 0). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose token lists are exactly equal. */
  accuracy: number;
  pages: number;
}

// Python's `\w` under re.UNICODE: letters, numbers (every N category) and the underscore.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of token n-grams; a text shorter than n tokens gives one shorter shingle, an empty one none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    // U+0001 cannot occur inside a token, so joined shingles are as distinct as tuples.
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function comparePage(truth: string, predicted: string, n = 4): PageCounts {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function sameTokens(a: string, b: string): boolean {
  const ta = tokenize(a);
  const tb = tokenize(b);
  return ta.length === tb.length && ta.every((tok, i) => tok === tb[i]);
}

/** Scores predicted texts against true texts, pairwise by index. */
export function scoreCorpus(pairs: ReadonlyArray<{ truth: string; predicted: string }>): CorpusScore {
  const counts = pairs.map((p) => comparePage(p.truth, p.predicted));
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = pairs.filter((p) => sameTokens(p.truth, p.predicted)).length;
  return { precision, recall, f1, accuracy: pairs.length ? exact / pairs.length : 0, pages: pairs.length };
}
