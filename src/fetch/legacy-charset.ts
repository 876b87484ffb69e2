/**
 * Last resort for bytes that declare nothing and are not UTF-8: the outlets we watch publish
 * in Russian and Azerbaijani, so tell windows-1251 from KOI8-R from windows-1252 by letter
 * statistics (Cyrillic text is dense in high bytes; KOI8-R read as 1251 looks upper-case).
 */
export function guessLegacyCharset(bytes: Uint8Array): string {
  const sample = stripMarkup(bytes.subarray(0, 64 * 1024));
  let high = 0;
  let ascii = 0;
  for (const byte of sample) {
    if (byte >= 0xc0) high += 1;
    else if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) ascii += 1;
  }
  if (high === 0 || high < (high + ascii) * 0.4) return 'windows-1252';
  return lowerCaseShare(sample, 'koi8-r') > lowerCaseShare(sample, 'windows-1251') ? 'koi8-r' : 'windows-1251';
}

function lowerCaseShare(bytes: Uint8Array, charset: string): number {
  const text = new TextDecoder(charset).decode(bytes);
  const lower = text.match(/[а-яё]/g)?.length ?? 0;
  const upper = text.match(/[А-ЯЁ]/g)?.length ?? 0;
  return lower / Math.max(1, lower + upper);
}

/** Drops `<...>` so tag names do not count as Latin letters. */
function stripMarkup(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let inTag = false;
  for (const byte of bytes) {
    if (byte === 0x3c) inTag = true;
    else if (byte === 0x3e) inTag = false;
    else if (!inTag) out.push(byte);
  }
  return Uint8Array.from(out);
}
