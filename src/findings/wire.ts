/**
 * Wire agencies whose copy is republished by many outlets. A story that credits one is that wire's claim,
 * so two outlets reprinting TASS are one source, never each other's corroboration.
 */
const WIRES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'TASS', pattern: /\bTASS\b|\bТАСС\b/u },
  { name: 'RIA Novosti', pattern: /\bRIA Novosti\b|\bРИА Новости\b/u },
  { name: 'Interfax', pattern: /\bInterfax\b|\bИнтерфакс\b/u },
  { name: 'Reuters', pattern: /\bReuters\b|\bРейтер\b/u },
  { name: 'AP', pattern: /\bAssociated Press\b|\(AP\)|\bAP\b(?= [A-Z][a-z]+\b)|\bthe AP\b/u },
  { name: 'AFP', pattern: /\bAFP\b|\bAgence France-Presse\b/u },
  { name: 'Anadolu', pattern: /\bAnadolu Agency\b|\bAnadolu\b/u },
  { name: 'APA', pattern: /\bAPA\b(?= news agency| reports|\))/u },
  { name: 'Trend', pattern: /\bTrend News Agency\b|\bTrend\b(?= reports| news agency)/u },
  { name: 'Report.az', pattern: /\bReport\.az\b/u },
  { name: 'Sputnik', pattern: /\bSputnik\b|\bСпутник\b/u },
];

/**
 * The wire a text credits in its source lines ("[citation: RIA Novosti]", "TASS reports", "(AP)"), or null.
 * Only attribution patterns count, not any mention: "Putin told TASS" in a quote still credits TASS.
 */
export function detectWire(text: string, outlet: string | null): string | null {
  const credits = attributionSnippets(text);
  for (const wire of WIRES) {
    if (outlet && wire.pattern.test(outlet)) continue;
    if (credits.some((snippet) => wire.pattern.test(snippet))) return wire.name;
  }
  return null;
}

const ATTRIBUTION =
  /\[citation:[^\]]*\]|\((?:AP|AFP|Reuters|TASS|ТАСС)\)|(?:reported by|according to|citing|told|cited by|reports?|сообщает|передает|передаёт|по данным|со ссылкой на)\s+(?:the\s+)?[\p{Lu}][\p{L}.\s-]{1,40}|[\p{Lu}][\p{L}.\s-]{1,30}\s+(?:reports?|reported|сообщает|сообщил[аи]?)\b|^\s*(?:\p{Lu}[\p{L}]+,?\s+)?\(?(?:AP|AFP|Reuters|TASS|ТАСС)\)?\s*[—–-]/gmu;

function attributionSnippets(text: string): string[] {
  return text.match(ATTRIBUTION) ?? [];
}
