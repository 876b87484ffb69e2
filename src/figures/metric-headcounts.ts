/**
 * Troops, casualties, displaced or incidents: the noun after a head count says which, a cue word
 * ("killed", "fled") may override it, a part ("including 900 children") counts what its whole counts.
 */
import type { Metric } from '../model/figure.ts';
import type { Quantity } from './quantities.ts';
import { METRICS } from './lexicon.ts';
import { KEYWORDS, accepts, type MetricInput } from './metrics.ts';
import { PhraseMatcher, phrasesSource } from './patterns.ts';
import { THE_REST_BEFORE } from './period-tolls.ts';

// Tolls and flight first: "soldiers who serve … were killed" is a toll.
const CUE_METRICS: Array<[Metric, PhraseMatcher]> = (['casualties', 'displaced', 'troops'] as const).map((m) => [m, new PhraseMatcher([[m, METRICS.metrics[m]?.cues ?? []]])]);
const WHOLE_OF = /(?:\b(?:majority|most|half|part|share|rest|remainder)[\s\u00A0]+of|(?:^|[\s(])(?:большинство|половина|часть|остальные)(?:[\s\u00A0]+из)?)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:[\p{L}'’]+[\s\u00A0]+){0,3}$/iu;
const STRENGTH = /(?:численност\p{L}*|в[\s\u00A0]+составе|насчитыва\p{L}*|strength|numbering|numbered|numbers|a force of|contingent of)(?![\p{L}])/iu;
// ", including 900 children,": an insertion that breaks off a part of the head count before it.
// Not anchored: "115,280 displaced people … were registered as of September 1, among them about 30,900 children".
const INSERTION_OPEN = /[,(–—][\s\u00A0]*(?:including|among them|among whom|в том числе|включая|из них|среди них)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+){0,2}$/iu;
const INSERTION_AFTER = /^[\s\u00A0]*[,(][\s\u00A0]*(?:including|among them|в том числе|среди них)[^,;()]*[,)]/iu;
// "two Azerbaijani nationals, brothers aged 59 and 55, died": the verb after an apposition between commas.
const APPOSITION_AFTER = /^[\s\u00A0]*,[^,;:()]{1,90},[\s\u00A0]*/u;
// "6,500 soldiers and civilians were killed": the verb after a coordinated noun governs the whole count.
const COORDINATION_AFTER = /^[\s\u00A0]+(?:and|or|и|или)[\s\u00A0]+(?:[\p{L}'’-]+[\s\u00A0]+)?[\p{L}'’-]+(?=[\s\u00A0]+(?:were|was|have|had|are|погибл\p{L}*|был\p{L}*|получил\p{L}*))/iu;
// "207 Armenian and 80 Azerbaijani servicemen were killed": the first count of a pair shares the verb after the second,
// also when the second is written in words ("three police officers and two soldiers were killed").
const PAIR_NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|двое|трое|четверо|пятеро|шестеро|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)`;
const PAIR_AFTER = new RegExp(String.raw`^[\s\u00A0]+(?:[\p{L}'’-]+[\s\u00A0]+)?(?:and|or|и|или)[\s\u00A0]+(?:(?:about|around|some|at least|more than|около|более|свыше|не менее)[\s\u00A0]+)?(?:\d[\d\s\u00A0.,]*|${PAIR_NUMBER_WORD}[\s\u00A0]+)(?:[\p{L}'’-]+[\s\u00A0]+){1,3}(?=(?:were|was|have|had|are|погибл\p{L}*|был\p{L}*|получил\p{L}*)(?![\p{L}]))`, 'iu');
// "died of coronavirus", "deaths from air pollution": a toll, but no casualty of conflict.
const NOT_VIOLENT = new RegExp(phrasesSource(METRICS.not_violent ?? []) || '(?!)', 'u');
const WHO_FLED = /^[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:who|that|которые)[\s\u00A0]+(?:had[\s\u00A0]+|have[\s\u00A0]+)?(?:fled|left|were displaced|were driven|бежали|покинули)(?![\p{L}])/iu;
const FLED_CLAUSE_AFTER = /^[\s\u00A0]*,[\s\u00A0]*(?:(?:вынужденно|who|that)[\s\u00A0]+)?(?:had[\s\u00A0]+)?(?:покинувш\p{L}*|бежавш\p{L}*|fled|were forced to flee|were displaced)(?![\p{L}])/iu;
const PART_OF_BEFORE = /(?:^|[^\d])\d[\d,.]*[\s\u00A0]+of[\s\u00A0]+(?:the|its|their)[\s\u00A0]+$/iu;
/** The head counts of people (incidents count events). */
export const PERSON_METRICS: ReadonlySet<Metric> = new Set(['troops', 'casualties', 'displaced']);
const TOLL_METRICS: ReadonlySet<Metric> = new Set(['casualties', 'displaced']);
// "погибли 63 гражданина Киргизии и 41 гражданин Таджикистана": a country's name may close the first count.
// "2,908 Azerbaijani servicemen by Baku's count and about 3,825": whose count it is may close it too.
const AND_ONLY = /^[\s\u00A0]*(?:\p{Lu}[\p{L}-]+[\s\u00A0]*)?(?:by[\s\u00A0]+\p{Lu}[\p{L}-]*['’]s[\s\u00A0]+(?:count|tally|estimate|figures)[\s\u00A0]*)?,?[\s\u00A0]*(?:and|и)[\s\u00A0]+(?:(?:about|some|around|nearly|almost|roughly|approximately|over|more than|at least|up to|as many as|около|почти|более|свыше|не менее|до|примерно|порядка)[\s\u00A0]+)?$/iu;
// "about 4,500 men, most of them Armenian contract soldiers under Russian command": who the men are.
const WHO_THEY_ARE = /^[\s\u00A0]*,[\s\u00A0]*(?:most|all|many|mostly|nearly all|almost all|the majority)(?:[\s\u00A0]+of[\s\u00A0]+(?:them|whom))?[\s\u00A0]+[^,;:()]{1,80}/iu;
const TROOP_NOUNS = new PhraseMatcher([['troops' as const, METRICS.metrics.troops?.nouns ?? []]]);

/** A cue of another metric right after the count in its clause ("… were evacuated"). */
function ownVerbAfter(text: string, q: MetricInput['q'], frame: MetricInput['frame'], metric: Metric): boolean {
  // Only a passive or perfect verb right after the count's noun: "were evacuated", "have been displaced".
  const aux = /^[\s\u00A0]+(?:were|was|have been|had been|are|is|были|был[аои]?)[\s\u00A0]+/iu.exec(text.slice(q.end, q.end + 20));
  if (!aux) return false;
  const from = q.end + aux[0].length;
  const to = Math.min(frame.clauseEnd, from + 20);
  return CUE_METRICS.some(([m, matcher]) => m !== metric && matcher.find(text, from, to).some((h) => h.start === from));
}

/** Troops, casualties, displaced or incidents: the noun says which, a cue ("killed", "fled") may override. */
export function headcountMetric(input: MetricInput): Metric {
  const metric = headcountOf(input);
  // "one Azerbaijani soldier was killed" is a toll; one soldier with no toll is no force's strength.
  if (metric === 'troops' && input.q.value === 1) return 'other';
  // "в освобожденные районы переселены 51 860 человек", "Среди вернувшихся …": people who went back are no longer displaced.
  const clause = input.text.slice(input.frame.clauseStart, input.frame.clauseEnd);
  // ("2,380 Azerbaijani citizens were deported or administratively expelled": migrants removed by a state are no refugees.)
  // ("въехали 1 млн 512 тыс. человек, выехали … 1 млн 434 тыс.": travellers both ways over a border are no refugees.)
  const sentence = input.text.slice(input.sentence.start, input.sentence.end);
  if (metric === 'displaced' && (RETURNED.test(clause) || DEPORTED.test(clause) || (RESETTLED.test(clause) && LIBERATED.test(clause)) || BOTH_WAYS.test(sentence))) return 'other';
  if (metric !== 'casualties') return metric;
  const { text, frame } = input;
  return NOT_VIOLENT.test(text.slice(frame.clauseStart, frame.clauseEnd)) ? 'other' : metric;
}

const COMPARED_BEFORE = /(?:\bagainst|\bcompared (?:with|to)|\bup from|\bdown from|(?:^|[\s\u00A0])против|по сравнению с)[\s\u00A0]+(?:(?:about|some|around|nearly|около|почти|примерно)[\s\u00A0]+)?$/iu;
const BOTH_WAYS = /(?:^|[^\p{L}])въехал\p{L}*[^!?\n]*(?:^|[^\p{L}])выехал\p{L}*|(?:^|[^\p{L}])выехал\p{L}*[^!?\n]*(?:^|[^\p{L}])въехал\p{L}*|\bentered\b[^!?\n]*\bleft\b|\bleft\b[^!?\n]*\bentered\b/iu;
const DEPORTED = /deport\p{L}*|депортир\p{L}*|депортац\p{L}*|выдворен\p{L}*|administrative(?:ly)? expel\p{L}*/iu;
// "в освобожденные районы переселены 51 860 человек": moved into the retaken districts.
const RESETTLED = /(?:^|[^\p{L}])(?:переселен[ыо]|переселил\p{L}*|resettled|relocated)(?![\p{L}])/iu;
const LIBERATED = /освобожд[её]нн\p{L}*|liberated|retaken|родн\p{L}*[\s\u00A0]+(?:мест|дом|сел)|home districts|возвращени\p{L}*|\breturn\b|\bGreat Return\b/iu;
// (Only what is done: "ждут возвращения", "waiting to return" are still displaced.)
const RETURNED = /(?:^|[^\p{L}])(?:вернулись|вернулся|вернулось|вернувш\p{L}*|возвратил\p{L}*|переселен[ыо][\s\u00A0]+(?:в|на)[\s\u00A0]|(?:have|had|has)[\s\u00A0]+returned|returnees?|moved back|went back|resettled[\s\u00A0]+(?:in|to|into))(?![\p{L}])/iu;

// "about 58,000 former internally displaced people have moved back", "1 120 бывших вынужденных переселенцев": no longer displaced.
// (Former residents of Karabakh are still displaced people: only the displaced word itself is undone.)
const FORMER = /(?:\bformer|\bex-|(?:^|[\s\u00A0])бывш\p{L}*)[\s\u00A0]+(?:internally[\s\u00A0]+)?(?:displaced|IDPs?|refugees|вынужденн\p{L}*|переселен\p{L}*|беженц\p{L}*|перемещенн\p{L}*)/iu;

function headcountOf({ text, q, frame, previous, previousEnd, sentence }: MetricInput): Metric {
  if (q.kind === 'count' || q.countedBy) return (q.nounMetric as Metric | null | undefined) ?? 'other';
  if (q.nounMetric === 'displaced' && FORMER.test(text.slice(q.start, q.end))) return 'other';
  // "погибли более 200 армянских и около 80 азербайджанских военнослужащих": the pair shares its verb.
  if (q.pairedWith !== undefined && previous && PERSON_METRICS.has(previous.metric)) return previous.metric;
  // "…, остальные 143 – военнослужащие и саперы": the rest of the victims are victims, whatever they are.
  if (previous && PERSON_METRICS.has(previous.metric) && previousEnd !== undefined && q.start - previousEnd < 120 && THE_REST_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start))) return previous.metric;
  // "killed or injured 19 people in the first four months, against 14 a year earlier": the base counts what its figure counts.
  if (!q.nounMetric && previous && PERSON_METRICS.has(previous.metric) && COMPARED_BEFORE.test(text.slice(Math.max(frame.leftStart, q.start - 40), q.start))) return previous.metric;
  // "killed about 200 Armenian fighters and 192 Azerbaijani servicemen": the verb governs both counts.
  // (Unless a verb of its own follows: "…, and about 7,600 Armenian civilians were evacuated".)
  if (previous && previousEnd !== undefined && TOLL_METRICS.has(previous.metric) && AND_ONLY.test(text.slice(previousEnd, q.start)) && !ownVerbAfter(text, q, frame, previous.metric)) return previous.metric;
  // "evacuated 3,200 residents, including 900 children": the part counts what the whole counts.
  const part = previous && previousEnd !== undefined && PERSON_METRICS.has(previous.metric) && INSERTION_OPEN.test(text.slice(previousEnd, q.start));
  if (part) return previous.metric;
  // "the vast majority of the region's estimated 120,000 Armenians have left": the whole, not those who left.
  // "38 of the 67 people on board died": the whole a part is taken from is no toll.
  if (PART_OF_BEFORE.test(text.slice(Math.max(frame.clauseStart, q.start - 20), q.start))) return (q.nounMetric as Metric | null | undefined) ?? 'other';
  // "most of the more than 100,000 people who fled": the whole is defined by fleeing, so it is displaced.
  if (WHOLE_OF.test(text.slice(Math.max(frame.leftStart, q.start - 60), q.start))) return WHO_FLED.test(text.slice(q.end, q.end + 40)) ? 'displaced' : (q.nounMetric as Metric | null | undefined) ?? 'other';
  const from = Math.max(frame.leftStart, q.start - 80);
  // "More than 40 soldiers, including three officers, were wounded": the verb after the insertion governs.
  const skip = INSERTION_AFTER.exec(text.slice(q.end, frame.clauseEnd)) ?? APPOSITION_AFTER.exec(text.slice(q.end, frame.rightReach))
    ?? COORDINATION_AFTER.exec(text.slice(q.end, frame.rightReach)) ?? PAIR_AFTER.exec(text.slice(q.end, frame.clauseEnd));
  // "38 of the 67 people on board died": a part read through its whole's noun holds the next number, so its
  // frame ends at once; the verb after the whole governs it.
  const rightEnd = frame.rightReach > q.end ? frame.rightEnd : frame.clauseEnd;
  const to = skip ? Math.min(frame.clauseEnd, q.end + skip[0].length + 60) : Math.min(rightEnd, q.end + 60);
  const cueFrom = skip ? q.end + skip[0].length : q.end;
  // "около 108 тыс. человек, вынужденно покинувших Нагорный Карабах", "100,000 people, who fled": the people who fled.
  if (q.nounMetric !== 'troops' && FLED_CLAUSE_AFTER.test(text.slice(q.end, q.end + 50))) return 'displaced';
  // "покинули 32 военнослужащих": soldiers who leave are troops withdrawing, not refugees.
  for (const [metric, matcher] of CUE_METRICS) {
    if (metric === 'displaced' && q.nounMetric === 'troops') continue;
    if (matcher.find(text, from, q.start).length > 0 || matcher.find(text, cueFrom, to).length > 0) return metric;
  }
  // "192 Azerbaijani servicemen and more than 200 people on the Karabakh Armenian side were killed": the verb after the
  // pair is both counts'.
  const pairVerb = PAIR_THEN_TOLL.exec(text.slice(q.end, Math.min(frame.clauseEnd, q.end + 160)));
  if (pairVerb) return 'casualties';
  const noun = q.nounMetric as Metric | null | undefined;
  if (noun) return noun;
  const who = WHO_THEY_ARE.exec(text.slice(q.end, frame.clauseEnd + 100));
  if (who && TROOP_NOUNS.find(text, q.end, q.end + who[0].length).length > 0) return 'troops';
  // "их численность составляла около 2 тыс. человек": a strength of the troops or refugees named before.
  if (STRENGTH.test(text.slice(Math.max(frame.clauseStart, q.start - 50), q.start))) {
    const before = KEYWORDS.find(text, Math.max(0, q.start - 300), q.start).filter((h) => accepts(h.label, 'persons'));
    if (before.at(-1)) return before.at(-1)!.label;
  }
  return headedBy(text, q, sentence.start) ?? 'other';
}

/**
 * "Большинство пострадавших – мирные жители: из 339 человек 196 были гражданскими лицами": a head with no number of its
 * own before the colon says whom the counts after it count.
 */
function headedBy(text: string, q: Quantity, sentenceStart: number): Metric | null {
  const colon = text.lastIndexOf(':', q.start);
  if (colon < sentenceStart || /\d/u.test(text.slice(sentenceStart, colon))) return null;
  const head = text.slice(sentenceStart, colon);
  if (VICTIMS_HEAD.test(head)) return 'casualties';
  return DISPLACED_HEAD.test(head) ? 'displaced' : null;
}

const PAIR_THEN_TOLL = /^[^.;:,!?\d]{0,40}\band[\s\u00A0]+(?:(?:about|some|around|nearly|almost|over|more than|at least)[\s\u00A0]+)?\d[\d,.]*[\s\u00A0]+[^.;:,!?\d]{0,70}?\b(?:were|had been|have been)[\s\u00A0]+(?:killed|wounded|injured)\b/iu;

// Nouns for the people counted, not verbs ("Ground That Still Kills: Landmines …" is a title).
const VICTIMS_HEAD = /(?:^|[^\p{L}])(?:victims|casualties|the dead|the wounded|пострадавш\p{L}*|жертв\p{L}*|погибш\p{L}*|раненых)(?![\p{L}])/iu;
const DISPLACED_HEAD = /(?:^|[^\p{L}])(?:refugees|displaced people|IDPs|беженц\p{L}*|переселенц\p{L}*)(?![\p{L}])/iu;
