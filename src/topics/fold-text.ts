/**
 * One spelling for matching: NFKC, lower case, ё → е, and Azerbaijani letters folded to their
 * ASCII spellings (ı → i, ş → s, ç → c, ğ → g, ö → o, ü → u, ə → e), so "Bakı" and "Baki",
 * "Azərbaycan" and "Azerbaycan" are one word. Turkic dotted İ is folded before lower-casing,
 * which would otherwise leave a combining dot behind.
 */
const FOLDS: Record<string, string> = { ё: 'е', ı: 'i', ş: 's', ç: 'c', ğ: 'g', ö: 'o', ü: 'u', ə: 'e' };

export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/[ёışçğöüə]/g, (char) => FOLDS[char] ?? char);
}
