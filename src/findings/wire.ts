/**
 * Wire agencies whose copy is republished by many outlets. A story that credits one is that wire's claim,
 * so two outlets reprinting TASS are one source, never each other's corroboration. Azerbaijani agencies
 * (APA, Trend, Report.az, AZERTAC) are republished the same way as the Russian ones.
 */
// JavaScript's \b only knows ASCII letters: "\bТАСС\b" never matches. These bounds know every script.
const L = String.raw`(?<![\p{L}\p{N}_])`;
const R = String.raw`(?![\p{L}\p{N}_])`;

function wire(name: string, ...forms: string[]): { name: string; pattern: RegExp } {
  return { name, pattern: new RegExp(forms.map((form) => `${L}${form}`).join('|'), 'u') };
}

const WIRES: readonly { name: string; pattern: RegExp }[] = [
  wire('TASS', `TASS${R}`, `ТАСС${R}`),
  wire('RIA Novosti', `RIA Novosti${R}`, `РИА Новости${R}`),
  wire('Interfax', `Interfax${R}`, `INTERFAX${R}`, `Интерфакс${R}`, `ИНТЕРФАКС${R}`),
  wire('Reuters', `Reuters${R}`, `Рейтер${R}`),
  wire('AP', `Associated Press${R}`, String.raw`\(AP\)`, `AP(?= [A-Z][a-z]+${R})`, `the AP${R}`),
  wire('AFP', `AFP${R}`, `Agence France-Presse${R}`),
  wire('Xinhua', `Xinhua${R}`, `Синьхуа${R}`),
  wire('Anadolu', `Anadolu${R}`, `Анадолу${R}`),
  wire('APA', `APA(?=$| news agency| reports|[).,:])`, `АПА(?=$|[).,:])`),
  wire('Trend', `Trend(?=$| reports| news agency|[).,:])`, `Тренд${R}`),
  wire('Report.az', String.raw`Report\.az${R}`, `Report(?= informs| reports)`, `REPORT\\.AZ${R}`),
  wire('AZERTAC', `AZERTAC${R}`, `Azertac${R}`, `АЗЕРТАДЖ${R}`),
  wire('Sputnik', `Sputnik${R}`, `Спутник${R}`),
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
  const credits = [
    ...matchAll(lead, DATELINE_CREDIT),
    ...matchAll(firstParagraph(lead), MENTION_CREDIT),
    ...matchAll(tail, TAIL_CREDIT),
    ...matchAll(text, CITATION),
  ];
  return firstWire(credits, outlet);
}

/** Lines shorter than this at the top are headlines, datelines and bylines, not the lead paragraph. */
const PARAGRAPH_CHARS = 80;

/**
 * The text up to the end of its first real paragraph: "..., TASS reports" there credits the story, while
 * "Overchuk told TASS earlier" three paragraphs down only credits that sentence.
 */
function firstParagraph(lead: string): string {
  const lines = lead.split('\n');
  const end = lines.findIndex((line) => line.trim().length >= PARAGRAPH_CHARS);
  return end < 0 ? lead : lines.slice(0, end + 1).join('\n');
}

/** The wire a single sentence attributes its figure to ("..., Overchuk told TASS"), or null. */
export function claimWire(sentence: string, outlet: string | null): string | null {
  return firstWire(matchAll(sentence, SENTENCE_CREDIT), outlet);
}

/** The text with every wire's name blanked out: "told TASS" names a channel, not an authority. */
export function withoutWireNames(text: string): string {
  return WIRES.reduce((rest, wire) => rest.replace(new RegExp(wire.pattern.source, 'gu'), ' '), text);
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

/** Datelines and bylines that name a wire, anywhere in the lead. */
const DATELINE_CREDIT = new RegExp(
  [
    String.raw`\/\s*${NAME}\s*\/`, // BAKU, February 16. /TASS/.
    String.raw`\((?:AP|AFP|Reuters|TASS|ТАСС|Xinhua)\)`, // MOSCOW (Reuters) -
    String.raw`[—–-]\s*(?:РИА Новости|RIA Novosti|ИНТЕРФАКС|INTERFAX|Интерфакс|Interfax|Sputnik|Спутник)${R}`, // МОСКВА, 19 авг — РИА Новости.
    String.raw`${L}(?:INTERFAX|ИНТЕРФАКС)${R}`,
    String.raw`^\s*(?:\p{Lu}[\p{L}]+,?\s+)?\(?(?:AP|AFP|Reuters|TASS|ТАСС)\)?\s*[—–-]`,
    String.raw`^\s*(?:AP|AFP|Reuters)\s+\p{Lu}\p{L}+\s*$`, // AP Baku
  ].join('|'),
  'gmu',
);

/** A wire credited in words ("..., TASS reports", "according to RIA Novosti"): only in the first paragraph. */
const MENTION_CREDIT = new RegExp(
  String.raw`${VERBS}\s+(?:the\s+)?${NAME}|${NAME}\s+(?:reports?|reported|informs|сообщает|передает|передаёт)${R}`,
  'gu',
);

const TAIL_CREDIT = new RegExp(
  String.raw`(?:Source|Sources|Источник|По материалам|Based on materials from|Courtesy of)\s*:?\s*${NAME}|©\s*${NAME}|\(c\)\s*${NAME}`,
  'gu',
);

const CITATION = /\[citation:[^\]]*\]/gu;

const SENTENCE_CREDIT = new RegExp(
  String.raw`${VERBS}\s+(?:the\s+)?${NAME}|(?:said|told|сказал[аи]?)\s+(?:in an interview with|in an interview to|to|в интервью)\s+${NAME}|${NAME}\s+(?:reports?|reported|informs|сообщает|передает|передаёт)${R}`,
  'gu',
);

function matchAll(text: string, pattern: RegExp): string[] {
  return text.match(pattern) ?? [];
}
