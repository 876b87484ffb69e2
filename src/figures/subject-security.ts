/**
 * Subjects of security figures. Troops belong to their country and, stationed abroad, flow to the
 * host ("Russian peacekeepers in Karabakh" is RU>AZ); casualties with two countries in the clause
 * are between them ("Azerbaijan said three Russian peacekeepers were killed" is RU-AZ); people who
 * fled from one country to another are a flow ("fled Karabakh for Armenia" is AZ>AM); incidents
 * happen between two sides.
 */
import { countries, contextSubject, issuerOf, distinct, findHosts, namedCountries, pairOf, type PlaceMention, type SubjectInput } from './subjects.ts';

const LEFT = /(?:\bfrom|\bout of|\bfled|\bflee|\bfleeing|\bleft|\bleave|\bleaving|(?:^|\s)из|(?:^|\s)покинул\p{L}*|(?:^|\s)покидают)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
// "Karabakh Armenians left for Armenia", "карабахских армян": the people of a place leave from it.
const PEOPLE_OF = /^[\s\u00A0]+(?:Armenians|Azerbaijanis|residents|армян\p{L}*|азербайджанц\p{L}*|жител\p{L}*)(?![\p{L}])/u;
const REACHED = /(?:\bto|\binto|\bfor|\bin|(?:^|\s)в|(?:^|\s)во)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

export function securitySubject(input: SubjectInput, pool: PlaceMention[]): string {
  const { surface, sentence, pair, metric } = input;
  const inside = countries(sentence).find((m) => m.start >= surface.start && m.end <= surface.end)?.code ?? null;
  const codes = distinct(countries(pool));
  if (metric === 'troops') return troopsSubject(input, inside, codes) ?? contextSubject(pool, pair);
  if (metric === 'casualties') {
    const sides = casualtySubject(inside, parties(input.text, pool, codes));
    return stationedCasualties(input, sides, codes) ?? sides ?? placeOf(input) ?? mineVictims(input) ?? input.storySubject ?? contextSubject(pool, pair);
  }
  // ("More than 100,000 of them arrived in the last week of September": the story's displaced, not its main pair.)
  if (metric === 'displaced') return peopleFlow(input.text, sentence) ?? inside ?? (internallyDisplaced(input) ? codes[0] : fromOneEnd(codes, pair)) ?? input.storySubject ?? contextSubject(pool, pair);
  // Violations and clashes happen between two sides, whoever reports them ("…, according to the Azerbaijani Defence Ministry").
  // ("Russia's Karabakh peacekeepers logged 1,100 ceasefire violations": a monitor that counts them is no side.)
  // (The first such mention only: "Russia's Karabakh peacekeepers" are Russia's, in Karabakh.)
  const monitor = metric === 'incidents' ? countries(sentence).find((m) => MONITOR_AFTER.test(input.text.slice(m.end, m.end + 30))) : undefined;
  const monitors = monitor ? [monitor.code] : [];
  const sides = distinct(countries(sentence)).filter((c) => !monitors.includes(c));
  if (metric === 'incidents' && sides.length >= 2) return pairOf(sides.slice(0, 2));
  // "Армянские подразделения 11 раз нарушили режим": the other side is the article's other country (not the monitor).
  if (metric === 'incidents' && sides.length === 1) {
    const other = fromOneEnd(sides, pair);
    if (other && !monitors.some((c) => other.includes(c))) return other;
    const rival = namedCountries(input.text, 0, input.text.length).find((c) => c !== sides[0] && !monitors.includes(c));
    return rival ? pairOf([sides[0]!, rival]) : sides[0]!;
  }
  if (metric === 'military_spending') {
    return spenderAfter(input) ?? spenderBefore(input) ?? inside ?? spenderOf(input) ?? codes[0] ?? budgetCountry(input) ?? contextSubject(pool, pair);
  }
  return inside ?? codes[0] ?? contextSubject(pool, pair);
}

const MONITOR_AFTER = /^(?:['’]s)?[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:peacekeep\p{L}*|monitor\p{L}*|observer\p{L}*|миротвор\p{L}*|наблюдател\p{L}*)/iu;

// "compared with $1.37 billion for Armenia": a country right after an amount owns that amount only.
const OWNER_AFTER = /^[\s\u00A0]*(?:for|by|of|у|для)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const CLAIMED = /\d[^\d.;]{0,30}(?:for|by|of|у|для)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

function spenderAfter({ text, sentence, surface }: SubjectInput): string | null {
  return countries(sentence).find((m) => m.start >= surface.end && m.start - surface.end < 12 && OWNER_AFTER.test(text.slice(surface.end, m.start)))?.code ?? null;
}

// "Армении – 1,6 млрд долларов", "and Armenia's at USD 1.4 bn": the country right before an elided amount owns it.
// ("Армении – в 42,9 тыс.", "Грузии – на 80%": the preposition the elided verb governed stays.)
const OWNER_BEFORE = /^(?:['’]s)?[\s\u00A0]*(?:[–—:-]|at|with)[\s\u00A0]*(?:(?:в|на|до)[\s\u00A0]+)?(?:(?:about|around|some|nearly|almost|roughly|около|почти|порядка|примерно)[\s\u00A0]+)?$/iu;

function spenderBefore({ text, sentence, surface }: SubjectInput): string | null {
  const last = countries(sentence).filter((m) => m.end <= surface.start).at(-1);
  return last && surface.start - last.end < 24 && OWNER_BEFORE.test(text.slice(last.end, surface.start)) ? last.code : null;
}

// A defence budget in manats is Azerbaijan's, in drams Armenia's: the currency names the spender when no country does.
function budgetCountry({ unit, storySubject }: SubjectInput): string | null {
  const byCurrency = issuerOf(unit);
  if (byCurrency) return byCurrency;
  return storySubject && /^[A-Z]{2}$/.test(storySubject) ? storySubject : null;
}

/** The sentence's first country that no other amount claims: "Azerbaijan, which …, spent $3.13 billion". */
function spenderOf({ text, sentence, sentenceStart }: SubjectInput): string | null {
  return countries(sentence).find((m) => !CLAIMED.test(text.slice(Math.max(sentenceStart, m.start - 40), m.start)))?.code ?? null;
}

// "crashed near Aktau, Kazakhstan", "под обстрелом в Карабахе": where it happened, no side of it.
const PLACE_BEFORE = /(?:\b(?:in|near|at|over|outside)|(?:^|[\s(])(?:в|во|под|около|над)|,)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;

/** Countries named as sides (a ministry, a nationality, an attacker), not as the place it happened. */
function parties(text: string, pool: readonly PlaceMention[], codes: string[]): string[] {
  const sides = distinct(countries(pool).filter((m) => adjectival(text, m) || !PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))));
  // "сообщили в МЧС Армении": a country named only after a preposition is still the side when it is the only one.
  return sides.length > 0 ? sides : codes;
}

/** "in Azerbaijani shelling", "в азербайджанском обстреле": a nationality before a noun names a side, not a place. */
function adjectival(text: string, m: PlaceMention): boolean {
  const word = text.slice(m.start, m.end);
  if (/^\p{Ll}/u.test(word)) return true;
  return /^[A-Za-z]/.test(word) && /^[\s\u00A0]+\p{Ll}/u.test(text.slice(m.end, m.end + 3));
}

/** People who left one named country for an unnamed place: the article's pair when that country is in it. */
function fromOneEnd(codes: readonly string[], pair: readonly string[]): string | null {
  const only = codes.length === 1 ? codes[0]! : null;
  return only && pair.length === 2 && pair.includes(only) ? pairOf(pair) : only;
}

/** "an explosion at a fuel depot near Stepanakert": with no side named, the country where it happened. */
// Mines have no other side: their victims are the country's where they lie.
const MINES = /\b(?:mines?|landmines?|unexploded|UXO|ordnance|demin\p{L}*)\b|(?:^|[\s(«"])(?:мин(?:ы|ах|ами|е|у)?|взрывоопасн\p{L}*|подорвал\p{L}*|разминир\p{L}*|сапер\p{L}*|сапёр\p{L}*)(?![\p{L}])/iu;

/** "Mines and unexploded ordnance killed three people in June", under a title naming Azerbaijan: Azerbaijan's toll. */
function mineVictims({ text, sentenceStart, sentenceEnd, storySubject, titleCountry }: SubjectInput): string | null {
  if (!MINES.test(text.slice(sentenceStart, sentenceEnd))) return null;
  return storySubject && /^[A-Z]{2}$/.test(storySubject) ? storySubject : (titleCountry ?? null);
}

function placeOf(input: SubjectInput): string | null {
  return findHosts(input.text, input.sentenceStart, input.sentenceEnd)[0]?.code ?? null;
}

const CONTINGENT = /peacekeep|(?:^|[\s(«"])(?:миротвор\p{L}*|контингент\p{L}*)/iu;

// "remained in the region", "the contingent": words that point back to the force the story placed before.
const CONTINGENT_OR_REGION = /\b(?:contingent|peacekeep\p{L}*|mission|the region|the force)\b|(?:^|[\s\u00A0])(?:контингент\p{L}*|миротвор\p{L}*|мисси\p{L}*|в регионе|из региона)(?![\p{L}])/iu;

/** Whose troops, and where they stand when that is another country. */
function troopsSubject(input: SubjectInput, inside: string | null, codes: readonly string[]): string | null {
  let host = findHosts(input.text, input.sentenceStart, input.sentenceEnd).find((h) => h.code !== inside)?.code;
  let owner = inside ?? spenderBefore(input) ?? codes.find((c) => c !== host) ?? null;
  // A peacekeeping contingent serves abroad: with one end unnamed, the other country of the story's pair is it.
  if (CONTINGENT.test(input.text.slice(input.sentenceStart, input.sentenceEnd)) && input.pair.length === 2) {
    const other = (code: string): string | null => (input.pair.includes(code) ? input.pair.find((p) => p !== code)! : null);
    if (!owner && host) owner = distinct(countries(input.sentence)).find((c) => c !== host) ?? other(host);
    else if (owner && !host) host = other(owner) ?? undefined;
  }
  if (owner && host && owner !== host) return `${owner}>${host}`;
  // "In April 2024 some 1,800 Russian troops remained in the region": the owner's contingent the story placed before.
  if (owner && !host && input.storyTroops?.startsWith(`${owner}>`) && CONTINGENT_OR_REGION.test(input.text.slice(input.sentenceStart, input.sentenceEnd))) return input.storyTroops;
  // "32 военнослужащих покинули пункты дислокации": soldiers of no named country are the story's contingent.
  // ("пункты дислокации в Агдеринском и Кельбаджарском районах покинули 32 военнослужащих": the host named, the owner not.)
  if (!owner && input.storyTroops?.includes('>') && (!host || input.storyTroops.endsWith(`>${host}`))) return input.storyTroops;
  return owner;
}

/**
 * "пять российских миротворцев погибли в Карабахе": soldiers of one country killed where they are stationed in
 * another, with no other side named, belong to the stationed contingent (RU>AZ), as its strength does.
 */
function stationedCasualties(input: SubjectInput, sides: string | null, codes: readonly string[]): string | null {
  if (!input.soldiers || !sides || sides.includes('-')) return null;
  const stationed = troopsSubject(input, sides, codes);
  if (stationed && stationed.includes('>')) return stationed;
  // "At least seven Russian servicemen died over the course of the mission": the story's contingent abroad.
  return stationed && input.storyTroops?.startsWith(`${stationed}>`) ? input.storyTroops : null;
}

/** The victims' country, paired with the other country the clause names. */
function casualtySubject(inside: string | null, codes: readonly string[]): string | null {
  const other = codes.find((c) => c !== inside);
  if (inside && other) return pairOf([inside, other]);
  if (!inside && codes.length >= 2) return pairOf(codes.slice(0, 2));
  return inside ?? codes[0] ?? null;
}

// "internally displaced", "IDPs", "вынужденных переселенцев": people displaced inside their own country.
const INTERNAL = /\binternally[\s\u00A0-]+displaced\b|\bIDPs?\b|(?:^|[\s(])(?:вынужденн\p{L}*[\s\u00A0]+переселен\p{L}*|вынужденн\p{L}*[\s\u00A0]+переселенц\p{L}*|внутренне[\s\u00A0]+перемещ\p{L}*)(?![\p{L}])/u;

/** "Azerbaijan still counts about 610,000 registered IDPs": the one country named is where they live, no pair. */
function internallyDisplaced({ text, sentenceStart, sentenceEnd }: SubjectInput): boolean {
  return INTERNAL.test(text.slice(sentenceStart, sentenceEnd));
}

/** "fled Karabakh for Armenia", "из Карабаха в Армению": origin>destination when both are written. */
function peopleFlow(text: string, sentence: readonly PlaceMention[]): string | null {
  const left: PlaceMention[] = [];
  const peopleOf: PlaceMention[] = [];
  const reached: PlaceMention[] = [];
  for (const m of countries(sentence)) {
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (LEFT.test(before)) left.push(m);
    else if (PEOPLE_OF.test(text.slice(m.end, m.end + 24))) peopleOf.push(m);
    else if (REACHED.test(before)) reached.push(m);
  }
  const origin = left[0] ?? peopleOf[0];
  if (!origin) return null;
  // "уехали в Армению; … позже перебрались из Армении в Россию": the destination after the origin comes first.
  const dest = reached.find((m) => m.start > origin.start && m.code !== origin.code) ?? reached.find((m) => m.code !== origin.code);
  return dest ? `${origin.code}>${dest.code}` : null;
}
