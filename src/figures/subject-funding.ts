/**
 * Who pays whom. A loan goes from the lender to the borrower: "Gazprombank said it would lend USD 120 mn
 * to Ganja Auto Plant" is RU>AZ, "SOCAR привлекла у Газпромбанка кредит" too. Other money is the payer's,
 * named last before the amount ("Russia will allocate 6.8 billion roubles").
 */
import { contextSubject, countries, pairOf, type PlaceMention } from './subjects.ts';

// "кредит", "loan", "credit line", "lend", "кредитование": money that is lent, so it has a borrower.
const LOAN = /\b(?:loans?|lend\p{L}*|lent|credit[\s\u00A0]+lines?|financing[\s\u00A0]+facility)(?![\p{L}])|\binterest[\s\u00A0]+(?:rate|of)\b|(?:^|[\s(«"])(?:кредит\p{L}*|за[её]м\p{L}*|займ\p{L}*|прокредит\p{L}*|годовых)(?![\p{L}])/iu;
// "Gazprombank said it would lend", "Газпромбанк открыл": the lender, then its verb.
const LENDER_BEFORE_VERB = /^[\s\u00A0,]+(?:\p{Ll}+[\s\u00A0]+)?(?:(?:said|says|will|would|has|have|had|it|is|was|also|agreed|plans|to|\p{Ll}+ly)[\s\u00A0]+){0,4}(?:lend\p{L}*|lent|provid\p{L}*|extend\p{L}*|open\p{L}*|grant\p{L}*|открыл\p{L}*|откроет|предостав\p{L}*|выдал\p{L}*|выдаст|выделит|выделил\p{L}*|направит|направил\p{L}*|прокредит\p{L}*)(?![\p{L}])/iu;
// "у Газпромбанка", "from Gazprombank", "предоставит ВЭБ.РФ", "направит Российский экспортный центр", "кредит
// Газпромбанка и ВТБ": the lender after.
const LENDER_AFTER_WORD = /(?:\b(?:from|by)|(?:^|[\s(])(?:у|со[\s\u00A0]+стороны|(?:синдицированн\p{L}*[\s\u00A0]+)?кредит(?:а|ом|ы)?|предоставит|предоставил\p{L}*|выдаст|выдал\p{L}*|выделит|выделил\p{L}*|направит|направил\p{L}*|откроет|открыл\p{L}*))[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

// "откроет азербайджанскому партнеру", "кредит Азербайджану": after the verb, a dative is who receives.
const DATIVE = /(?:ому|ему|ой|ым|им|у|ю)$/u;

export interface FundingInput {
  text: string;
  pool: readonly PlaceMention[];
  sentence: readonly PlaceMention[];
  pair: readonly string[];
  amountStart: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The country that issues the amount's currency ("RU" for roubles), if one does. */
  issuer: string | null;
}

// "renews 15-billion-rouble swap line with Moscow", "соглашение о валютном свопе между Банком России и …": both central banks lend.
const SWAP = /\bswap[\s\u00A0]+(?:lines?|agreements?|facilit\p{L}*)\b|(?:^|[\s(«])(?:своп\p{L}*|валютн\p{L}*[\s\u00A0]+своп\p{L}*)(?![\p{L}])/iu;

export function fundingSubject(input: FundingInput): string {
  const { pool, pair, amountStart } = input;
  if (SWAP.test(input.text.slice(input.sentenceStart, input.sentenceEnd))) return swapSubject(input);
  const lent = loanFlow(input);
  if (lent) return lent;
  if (pool.some((m) => m.kind === 'pair')) return contextSubject(pool, pair);
  const before = countries(pool).filter((m) => m.end <= amountStart);
  const payer = before.at(-1) ?? countries(pool)[0];
  // "Rosmorrechflot spent 3.1 billion roubles", "выделено 4,3 млрд манатов": with no one named, the currency's country pays.
  return payer ? payer.code : (input.issuer ?? contextSubject(pool, pair));
}

/** A swap line is between the two countries named, else between the story's pair. */
function swapSubject({ sentence, pair }: FundingInput): string {
  const named = [...new Set(countries(sentence).map((m) => m.code))];
  if (named.length >= 2) return pairOf(named.slice(0, 2));
  return pair.length === 2 && (named.length === 0 || pair.includes(named[0]!)) ? pairOf(pair) : (named[0] ?? pairOf(pair));
}

/**
 * A loan from a named lender: to the other country the sentence names, else, in a story about a pair
 * the lender belongs to, to the pair's other country (the borrower of a bilateral story).
 */
function loanFlow({ text, sentence, pair, sentenceStart, sentenceEnd }: FundingInput): string | null {
  if (!LOAN.test(text.slice(sentenceStart, sentenceEnd))) return null;
  const named = countries(sentence);
  const lender = named.find((m) => LENDER_BEFORE_VERB.test(text.slice(m.end, m.end + 60)) || (LENDER_AFTER_WORD.test(text.slice(Math.max(sentenceStart, m.start - 30), m.start)) && !DATIVE.test(text.slice(m.start, m.end))));
  if (!lender) return null;
  const borrower = named.find((m) => m.code !== lender.code)?.code ?? (pair.length === 2 && pair.includes(lender.code) ? pair.find((c) => c !== lender.code) : undefined);
  return borrower ? `${lender.code}>${borrower}` : null;
}
