/**
 * Wire agencies whose copy is republished by many outlets. A story that credits one is that wire's claim,
 * so two outlets reprinting TASS are one source, never each other's corroboration. Azerbaijani agencies
 * (APA, Trend, Report.az, AZERTAC) are republished the same way as the Russian ones.
 */
const WIRES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'TASS', pattern: /\bTASS\b|\bТАСС\b/u },
  { name: 'RIA Novosti', pattern: /\bRIA Novosti\b|\bРИА Новости\b/u },
  { name: 'Interfax', pattern: /\bInterfax\b|\bINTERFAX\b|\bИнтерфакс\b/u },
  { name: 'Reuters', pattern: /\bReuters\b|\bРейтер\b/u },
  { name: 'AP', pattern: /\bAssociated Press\b|\(AP\)|\bAP\b(?= [A-Z][a-z]+\b)|\bthe AP\b/u },
  { name: 'AFP', pattern: /\bAFP\b|\bAgence France-Presse\b/u },
  { name: 'Xinhua', pattern: /\bXinhua\b|\bСиньхуа\b/u },
  { name: 'Anadolu', pattern: /\bAnadolu\b|\bАнадолу\b/u },
  { name: 'APA', pattern: /\bAPA\b(?=$| news agency| reports|[).,:])/u },
  { name: 'Trend', pattern: /\bTrend\b(?=$| reports| news agency|[).,:])|\bТренд\b/u },
  { name: 'Report.az', pattern: /\bReport\.az\b|\bReport\b(?= informs| reports)/u },
  { name: 'AZERTAC', pattern: /\bAZERTAC\b|\bAzertac\b|\bАЗЕРТАДЖ\b/u },
  { name: 'Sputnik', pattern: /\bSputnik\b|\bСпутник\b/u },
];

/** How far into the text a dateline or lead credit may stand, and how far from the end a credit line. */
const LEAD_CHARS = 500;
const TAIL_CHARS = 300;

/**
 * The wire a text credits as its source, or null: a dateline ("BAKU, February 16. /TASS/.", "(Reuters) -",
 * "— РИА Новости."), a credit in the lead ("..., TASS reports", "сообщает РИА Новости"), a credit line at
 * the end ("Source: TASS", "Источник: ТАСС") or a bracketed citation anywhere ("[citation: RIA Novosti]").
 * A wire named in the middle of a story ("Overchuk told TASS earlier") is not the story's source; that
 * sentence's own claims are the wire's (see claimWire).
 */
export function detectWire(text: string, outlet: string | null): string | null {
  const lead = text.slice(0, LEAD_CHARS);
  const tail = text.slice(-TAIL_CHARS);
  const credits = [...matchAll(lead, LEAD_CREDIT), ...matchAll(tail, TAIL_CREDIT), ...matchAll(text, CITATION)];
  return firstWire(credits, outlet);
}

/** The wire a single sentence attributes its figure to ("..., Overchuk told TASS"), or null. */
export function claimWire(sentence: string, outlet: string | null): string | null {
  return firstWire(matchAll(sentence, SENTENCE_CREDIT), outlet);
}

/** The wire an outlet is (its own stories and their copies are one source), or null. */
export function wireOfOutlet(outlet: string | null): string | null {
  if (!outlet) return null;
  return WIRES.find((wire) => wire.pattern.test(outlet))?.name ?? null;
}

function firstWire(credits: readonly string[], outlet: string | null): string | null {
  if (credits.length === 0) return null;
  const own = wireOfOutlet(outlet);
  for (const wire of WIRES) {
    if (wire.name === own) continue;
    if (credits.some((snippet) => wire.pattern.test(snippet))) return wire.name;
  }
  return null;
}

const NAME = String.raw`[\p{Lu}][\p{L}.\s-]{1,40}`;
const VERBS = String.raw`(?:reported by|according to|citing|cited by|told|reports?|сообщает|сообщил[аи]?|передает|передаёт|по данным|со ссылкой на|заявил[аи]?|рассказал[аи]?)`;

const LEAD_CREDIT = new RegExp(
  [
    String.raw`\/\s*${NAME}\s*\/`, // BAKU, February 16. /TASS/.
    String.raw`\((?:AP|AFP|Reuters|TASS|ТАСС|Xinhua)\)`, // MOSCOW (Reuters) -
    String.raw`[—–-]\s*(?:РИА Новости|RIA Novosti|ИНТЕРФАКС|INTERFAX|Интерфакс|Interfax|Sputnik|Спутник)\b`, // МОСКВА, 19 авг — РИА Новости.
    String.raw`\b(?:INTERFAX|ИНТЕРФАКС)\b`,
    String.raw`^\s*(?:\p{Lu}[\p{L}]+,?\s+)?\(?(?:AP|AFP|Reuters|TASS|ТАСС)\)?\s*[—–-]`,
    String.raw`${VERBS}\s+(?:the\s+)?${NAME}`,
    String.raw`${NAME}\s+(?:reports?|reported|informs|сообщает|передает|передаёт)\b`,
  ].join('|'),
  'gmu',
);

const TAIL_CREDIT = new RegExp(
  String.raw`(?:Source|Sources|Источник|По материалам|Based on materials from|Courtesy of)\s*:?\s*${NAME}|©\s*${NAME}|\(c\)\s*${NAME}`,
  'gu',
);

const CITATION = /\[citation:[^\]]*\]/gu;

const SENTENCE_CREDIT = new RegExp(
  String.raw`${VERBS}\s+(?:the\s+)?${NAME}|(?:said|told|сказал[аи]?)\s+(?:in an interview with|in an interview to|to|в интервью)\s+${NAME}|${NAME}\s+(?:reports?|reported|informs|сообщает|передает|передаёт)\b`,
  'gu',
);

function matchAll(text: string, pattern: RegExp): string[] {
  return text.match(pattern) ?? [];
}
