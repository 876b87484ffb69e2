/**
 * `text.matchAll(re)` without its cost: matchAll clones the regex and builds an iterator on every
 * call, which took longer than the match itself on the sentence-sized strings the readers pass
 * (0.4 µs against 0.1 µs for a period rule that finds nothing), and they call it thousands of times
 * per article.
 */

/** Every match of a global regex from its lastIndex on, as matchAll yields them; lastIndex ends at 0. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches: the regex needs the g flag, as matchAll does');
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  return out;
}

/** The index after one character: a surrogate pair is one character in a unicode regex. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? at + 2 : at + 1;
}
