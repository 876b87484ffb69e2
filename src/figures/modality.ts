/**
 * Targets and rates (docs/adr/001-figure-periods.md, `Figure.modality`): a target cue in the
 * figure's own left words, a rate cue right after the amount or a capacity word before it.
 */
import type { Metric, Modality } from '../model/figure.ts';
import type { Frame } from './frames.ts';
import { CUES } from './lexicon.ts';
import { compilePhrases } from './patterns.ts';
import type { Quantity } from './quantities.ts';
import { allMatches } from './regex-matches.ts';
import { RATE_RE } from './units.ts';

const TARGET = compilePhrases(CUES.target);
const PLAN = compilePhrases(CUES.plan ?? []);
const FUTURE = compilePhrases(CUES.future ?? []);
const INTENT = compilePhrases(CUES.intent ?? []);
// "В перспективе … до 55 млрд кубометров в год", "up to 55 bcm a year in the long run": a goal, even with a rate's words.
const LONG_TERM = compilePhrases(CUES.long_term ?? []);
const RATE_BEFORE = compilePhrases(CUES.rate_before ?? []);
// A budget, a loan or an agreed deployment is phrased as a plan ("plans to spend", "will lend", "will deploy a
// contingent of 1,960 servicemen") but is the amount itself: what was decided, not an aim.
const COMMITMENTS: ReadonlySet<Metric> = new Set(['military_spending', 'funding', 'troops']);
// "to 10 million tonnes by 2028, and eventually to 25 million": a further step of the same target.
const CHAIN = /^[^.;!?\d]{0,30}(?:,|\band|(?:^|\s)и)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?(?:to|до)[\s\u00A0]*$/iu;

// "expect deliveries to start at 2 bcm in 2025 and to stay under 5 bcm": a second infinitive of the same forecast.
const CHAINED_VERB = /^[^.;!?]{0,30}\band[\s\u00A0]+to[\s\u00A0]+\p{L}+(?:[\s\u00A0]+\p{L}+)?[\s\u00A0]*$/iu;

const CLOSED_RELATIVE = /(?:^|,)[\s\u00A0]*(?:which|that|who|где|котор\p{L}*)[^,;]*,/giu;

/** A cue hit in text, leaving out the month "May" ("in January–May", "May 2024"), which no modal verb is. */
// "last year the trade turnover increased by 17.6 percent to reach 4.4 billion US dollars": the level a change reached, no aim.
const RESULT_REACHED = /\b(?:rose|grew|increased|jumped|climbed|expanded|fell|dropped|decreased|declined)\b(?:[^.;]|\.(?=\d)){0,50}\bto (?:reach|top|hit|exceed|surpass)[\s\u00A0]+$/iu;
const TO_REACH_END = /\bto (?:reach|top|hit|exceed|surpass)[\s\u00A0]+$/iu;

// "expects the line to handle 850,000 tonnes this year, against 690,000 tonnes in 2024": the base of a comparison is
// what was, whatever the intention further back governs.
const COMPARISON_BASE = /(?:\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?|\bthan|\bup from|\bdown from|(?:^|[\s\u00A0])против|по сравнению с)[\s\u00A0]+(?:the[\s\u00A0]+|(?:about|some|around|около|примерно)[\s\u00A0]+)?$/iu;

// "Максимальный объем прокачки был достигнут в 2005 году": a past passive, not the future "достигнут".
const PAST_PASSIVE = /(?:^|[\s\u00A0])(?:был|была|было|были)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?(?:достигнут\p{L}*|превышен\p{L}*)(?![\p{L}])/giu;

/** An intention that governs the amount, unless another predicate follows an amount of its own ("ADY plans to carry 6 million
 * tonnes … and says the crossing can already handle 12 million tonnes a year"). */
function intentBefore(far: string): boolean {
  const rest = afterLastCue(INTENT, far);
  // ("expects exports to Europe of about 12.5 bcm this year and total gas exports of 24–25 bcm": a list of the same forecast.)
  return rest !== null && !(/\d/u.test(rest) && NEW_PREDICATE.test(rest));
}

/** The words after the last hit of a cue in text (the month "May" is no hit), or null when none. */
function afterLastCue(re: RegExp, text: string): string | null {
  re.lastIndex = 0;
  const at = allMatches(re, text).filter((m) => m[0] !== 'May').at(-1);
  return at === undefined ? null : text.slice(at.index + at[0].length);
}

const NEW_PREDICATE = /\b(?:and|but)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+){0,3}?(?:says|said|adds|added|notes|noted|warns|warned|reports|reported|can|could|is|are|was|were|has|have|had)\b|(?:^|[\s\u00A0])(?:а|но|и)[\s\u00A0]+(?:заявил|сообщил|отметил|добавил|может|могут)\p{L}*/iu;

function baseOfComparison(text: string, q: Quantity): boolean {
  return COMPARISON_BASE.test(text.slice(Math.max(0, q.start - 30), q.start));
}

function cued(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return allMatches(re, text).some((m) => m[0] !== 'May');
}

export interface ModalityInput {
  text: string;
  q: Quantity;
  frame: Frame;
  metric: Metric;
  /** Where a rate cue would start ("from 4 million to 8 million tonnes per year": after the new value). */
  rateAt?: number;
  /** The previous figure of the sentence was a target. */
  afterTarget?: boolean;
}

/** A plan or the future tense in the figure's own left words ("будет направлено"): for a budget, "this year" is the whole year. */
export function isPlanned(text: string, q: Quantity, frame: Frame): boolean {
  const left = text.slice(Math.max(frame.clauseStart, q.start - 80), q.start);
  // ("из них 45 млн манатов будет направлено в этом году": the future passive may follow the amount.)
  return cued(PLAN, left) || FUTURE_ALLOT.test(left) || FUTURE_PASSIVE_AFTER.test(text.slice(q.end, Math.min(frame.clauseEnd, q.end + 30)));
}

const FUTURE_PASSIVE_AFTER = /^[\s\u00A0]*(?:будет|будут|will be|are to be|is to be)[\s\u00A0]+\p{L}+/iu;

// "в нынешнем году государство направит 115 млн манатов", "will allocate": money allotted ahead, for the whole year.
const FUTURE_ALLOT = /(?:^|[\s\u00A0])(?:направит|выделит|потратит|израсходует|will allocate|will spend|will earmark|would allocate|would spend)(?![\p{L}])/iu;

// "ожидают, что в 2026 году поставки … составят от 1,3 до 1,5 млн тонн", "expects that exports will": a forecast governs its clause.
const EXPECT_THAT = /(?:ожида\p{L}*|прогнозиру\p{L}*|рассчитыва\p{L}*|\bexpects?|\bexpected|\bforecasts?|\bpredicts?)[,]?[\s\u00A0]+(?:что|that)(?![\p{L}])/iu;

// "We expect Russian deliveries to Iran to start at 2 bcm": a forecast of what its object will do.
const EXPECT_OBJECT_TO = /\b(?:expects?|expected|forecasts?|predicts?)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){1,6}to[\s\u00A0]+\p{L}+/iu;

/** The forecast's own amount only: "expects the line to handle 850,000 tonnes this year, against 690,000 tonnes in 2024" is no aim for 2024. */
function expectsObjectTo(far: string): boolean {
  const m = EXPECT_OBJECT_TO.exec(far);
  return m !== null && !/\d/u.test(far.slice(m.index + m[0].length));
}

// "Tehran wants 2 bcm this year": a want right before the amount is an aim ("the $250 Gazprom wants and the $330" is not).
const WANTS_AMOUNT = /\b(?:wants?|would like)[\s\u00A0]+(?:(?:about|some|around|at least|up to|more than)[\s\u00A0]+)?$/iu;
const GOAL_AFTER = /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+)?(?:goal|target|ambition|aim|objective|ceiling|pledge)s?(?![\p{L}])/iu;
// "SovEcon forecast Russia's total wheat exports in the 2023/24 season, which runs from July to June, at 51.3 million
// tons, up from its previous estimate of 50.5 million tons": what a forecast puts a figure at, and an estimate's amount.
const FORECAST_AT = /\b(?:forecast|forecasts|predicted|predicts|projected|projects)\b(?![\s\u00A0]+that)[^.;!?]{0,140}\bat[\s\u00A0]+(?:(?:about|some|around|roughly|nearly|almost|just over|just under)[\s\u00A0]+)?$/iu;
const ESTIMATE_OF = /\b(?:forecast|estimate|projection|prediction)s?[\s\u00A0]+of[\s\u00A0]+(?:(?:about|some|around|roughly|nearly|almost)[\s\u00A0]+)?$/iu;

function forecastAt(text: string, q: Quantity): boolean {
  const left = text.slice(Math.max(0, q.start - 180), q.start);
  return FORECAST_AT.test(left) || ESTIMATE_OF.test(left);
}

// "Lukoil plans $1.3 billion more for Shah Deniz": a plan right before the amount (a budget planned is the budget, not an aim).
const PLANS_AMOUNT = /\b(?:plans|planning)[\s\u00A0]+(?:(?:about|some|around|at least|up to|more than|another|a further)[\s\u00A0]+)?$/iu;

// "Она вложит в строительство овощехранилища и сортировочного комплекса 640 млн рублей", "would invest $140 million in a
// packaging-film plant": an investment in the future tense is planned, however long its object; no other amount between.
function futureInvestment(far: string, metric: Metric): boolean {
  if (metric !== 'investment') return false;
  const rest = afterLastCue(FUTURE, far);
  return rest !== null && !/\d/u.test(rest);
}

// "some reports suggesting as many as 200 have been killed": a toll is counted, never aimed at.
const TOLLS: ReadonlySet<Metric> = new Set(['casualties', 'incidents']);

// "Мой прогноз скромнее: в 2026 году – 4,6–4,9 млрд долларов", "Our forecast: …": a forecast heading its sentence
// governs what follows its colon.
const FORECAST_HEAD = /(?<![\p{L}])(?:прогноз\p{L}*|forecasts?|projections?|outlook)(?![\p{L}])[^.!?:;\n\d]{0,30}:[\s\u00A0]*$/iu;

// "О цели в 10 млрд долларов … и говорить не приходится": a goal of the amount right after it ("на эти цели в 2024
// году выделено" are purposes, and a year follows).
const GOAL_OF_AMOUNT = /(?:^|[\s\u00A0])цел(?:ь|и|ью)[\s\u00A0]+в[\s\u00A0]+(?:(?:около|более|свыше|примерно)[\s\u00A0]+)?$/iu;

function underForecastHead(text: string, frame: Frame): boolean {
  return text[frame.clauseStart - 1] === ':' && FORECAST_HEAD.test(text.slice(Math.max(0, frame.clauseStart - 60), frame.clauseStart));
}

// "до 20 тыс. тонн грузов и до 12 тыс. пассажиров в сутки", "20,000 tonnes and 12,000 passengers a day": the rate
// written after the pair is both amounts'.
const PAIRED_AMOUNT = /^[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}(?:и|and)[\s\u00A0]+(?:(?:до|up to|около|about|более|over|свыше)[\s\u00A0]+)?\d[\d\s\u00A0.,]*(?:(?:тыс\.|тыс|млн|thousand|million)(?![\p{L}]))?/iu;

function sharesRate(text: string, at: number): boolean {
  const pair = PAIRED_AMOUNT.exec(text.slice(at, at + 80));
  return !!pair && RATE_RE.test(text.slice(at + pair[0].length, at + pair[0].length + 40));
}

export function modalityOf({ text, q, frame, metric, rateAt = q.end, afterTarget = false }: ModalityInput): Modality | undefined {
  // A length is what it is ("a planned road of 42 kilometers"): no aim, no rate.
  if (TOLLS.has(metric) || metric === 'distance' || metric === 'border_length') return undefined;
  if (q.change !== 'from') {
    // The target cue governs its own amount: "aim to bring trade to $10 billion", and both sides of "plan to raise from X to Y" but the X.
    // Only a cue close before the amount: "will" at the head of a long sentence governs its own verb.
    // A relative clause closed before the verb ("Trade, which the corridor is designed to boost, stood at") is not the figure's.
    const reached = RESULT_REACHED.test(text.slice(Math.max(frame.clauseStart, q.start - 120), q.start));
    const left = text.slice(Math.max(q.change === 'to' ? frame.clauseStart : frame.leftStart, q.start - 60), q.start).replace(CLOSED_RELATIVE, ' ').replace(reached ? TO_REACH_END : /(?!)/u, ' ').replace(PAST_PASSIVE, ' ');
    // "Азербайджан в 2026 году увеличит военные расходы почти на 8%": the adopted budget, not an aim.
    const far = text.slice(Math.max(frame.clauseStart, q.start - 110), q.start).replace(CLOSED_RELATIVE, ' ').replace(PAST_PASSIVE, ' ');
    // ("Мы вложили 42 млн долларов и рассчитываем, что …": a verb of its own after "и" is another predicate.)
    const after = text.slice(q.end, Math.min(frame.clauseEnd, q.end + 40)).split(/[,;:–—]|[\s\u00A0](?:и|а|но|and|but)[\s\u00A0]/u)[0] ?? '';
    if (cued(TARGET, left) || WANTS_AMOUNT.test(left) || futureInvestment(far, metric) || forecastAt(text, q) || EXPECT_THAT.test(far) || expectsObjectTo(far) || (!COMMITMENTS.has(metric) && (cued(PLAN, left) || PLANS_AMOUNT.test(left) || cued(FUTURE, left) || ((intentBefore(far) && !baseOfComparison(text, q)) || cued(INTENT, after))))) return 'target';
    if (cued(LONG_TERM, far) || cued(LONG_TERM, after) || underForecastHead(text, frame) || GOAL_OF_AMOUNT.test(left)) return 'target';
    // "The $10 billion goal for 2030", "a $5 billion trade ambition", "цель в 7 млрд": the amount is the goal's.
    if (GOAL_AFTER.test(after)) return 'target';
    if (afterTarget && (CHAIN.test(text.slice(frame.leftStart, q.start)) || CHAINED_VERB.test(text.slice(frame.leftStart, q.start)))) return 'target';
  }
  if (q.kind === 'percent' || q.kind === 'times' || q.kind === 'pp') return undefined;
  // "600,000 bpd": barrels per day in the unit itself.
  if (RATE_RE.test(text.slice(rateAt, rateAt + 40)) || /(?:bpd|b\/d)$/iu.test(text.slice(q.start, q.end)) || sharesRate(text, rateAt)) return 'rate';
  // ("Kazakhstan, which has expanded its crushing capacity, supplied 5,200 tonnes": a closed relative clause is no rate's.)
  const own = text.slice(Math.max(frame.leftStart, q.start - 120), q.start).replace(CLOSED_RELATIVE, ' ').slice(-50);
  return cued(RATE_BEFORE, own) ? 'rate' : undefined;
}
