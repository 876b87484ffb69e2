import { createHash } from 'node:crypto';

/**
 * SimHash over word 3-shingles of the main text: syndicated copies of one story land within a few bits
 * of each other even after an outlet adds a headline, a dateline or a "read also" line.
 */
export function simhash(text: string): string {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Int32Array(64);
  for (let i = 0; i + 2 < tokens.length || (i === 0 && tokens.length > 0); i++) {
    const shingle = tokens.slice(i, i + 3).join(' ');
    const digest = createHash('md5').update(shingle).digest();
    for (let bit = 0; bit < 64; bit++) {
      const byte = digest[bit >> 3] ?? 0;
      weights[bit] = (weights[bit] ?? 0) + ((byte >> (bit & 7)) & 1 ? 1 : -1);
    }
    if (tokens.length < 3) break;
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if ((weights[nibble * 4 + b] ?? 0) > 0) value |= 1 << (3 - b);
    hex += value.toString(16);
  }
  return hex;
}

export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i] ?? '0', 16) ^ parseInt(b[i] ?? '0', 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}

/**
 * Texts whose SimHashes differ in at most this many of 64 bits are one story, whatever else they share.
 * The band index (four 16-bit bands) finds every such pair among all stored articles.
 */
export const NEAR_DUPLICATE_BITS = 3;

/**
 * Between articles that already hold claims for the same key within a few days of each other, a looser
 * bound: a republished wire story with its own headline, no dateline and a "read also" line lands 7 to 9
 * bits from the original, while independent reports of the same meeting, quoting the same minister and
 * the same number, land 25 to 37 bits apart (tests/fixtures/scenarios, docs/adr/002-claim-comparison.md).
 */
export const SAME_STORY_BITS = 12;

export function isNearDuplicate(a: string, b: string): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_BITS;
}

export function isSameStory(a: string, b: string): boolean {
  return hammingDistance(a, b) <= SAME_STORY_BITS;
}
