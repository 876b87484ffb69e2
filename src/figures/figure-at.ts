/**
 * One quantity of a sentence → one Figure: its metric, modality, subject and period, from the
 * sentence's scope and the figures before it.
 */
import { categoryOf, type Figure, type Metric, type Modality, type Qualifier } from '../model/figure.ts';
import { assignPeriod, closedBracketBefore, FLOW_METRICS, HEAD_COUNTS, POSSESSIVE_END, REVISED, startYear, wholeOf, worthOf, yearEarlier, type FigurePeriod, type StoryPeriods } from './figure-periods.ts';
import type { Frame } from './frames.ts';
import { namesPartOfCount } from './period-tolls.ts';
import { CUES, METRICS } from './lexicon.ts';
import { chooseMetric, PHYSICAL, type MetricChoice } from './metrics.ts';
import { isPlanned, modalityOf } from './modality.ts';
import { compilePhrases, phrasesSource } from './patterns.ts';
import type { PeriodMention } from './periods.ts';
import type { Quantity } from './quantities.ts';
import { qualifierOf } from './qualifiers.ts';
import { enclosingParen, seriesFor, type ArticleState, type Scope } from './sentence-scope.ts';
import type { Sentence } from './sentences.ts';
import { subjectOf, type SentenceRun } from './figure-subject.ts';
import { namedCountries, TRADE_FLOWS } from './subjects.ts';
import { PER_SECOND_RE, PER_UNIT_BEFORE, PER_UNIT_RE } from './units.ts';

// "8.9% of Azerbaijan's foreign trade", "6% of GDP": a share of a flow is dated like the flow.
const FLOW_SHARE = compilePhrases(METRICS.flow_shares ?? [], 'u');
// "up 17.6% from $3.7 billion", "против 3,7 млрд", "5.3% higher than the 8.66 billion": the amount compared with
// (not "more than", "более чем": those are qualifiers).
// After a change ("на 5,1% больше, чем было утверждено на текущий год (8,63 млрд манатов)", "12% more than the") the amount is the base too.
const CHANGE_THAN = /(?:\d[\s\u00A0]*%|раза?|times)[\s\u00A0]+(?:больше|меньше|выше|ниже|higher|lower|more|less|above|below)[\s\u00A0]*,?[\s\u00A0]+(?:чем|than)(?![\p{L}])[^\d.;]{0,60}$/iu;
const COMPARED_WITH = /(?:\bfrom|\bcompared (?:to|with)|\bagainst|\bversus|\b(?:higher|lower|bigger|smaller|larger)[\s\u00A0]+than|(?:^|[\s\u00A0])(?:против|по сравнению со?|относительно|(?:выше|ниже),?[\s\u00A0]+чем))[\s\u00A0]+(?:the[\s\u00A0]+|a[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;
const BASE_BEFORE = /(?:\bfrom|\bon|\bthan|\bcompared (?:to|with)|\bagainst|\bversus|(?:^|[\s\u00A0])(?:против|чем|по сравнению со?|относительно))[\s\u00A0]+(?:the[\s\u00A0]+|a[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;

const FUTURE_FLOWS: ReadonlySet<string> = new Set(['trade_turnover', 'exports', 'imports', 'cargo_volume', 'investment']);

export interface Made {
  figure: Figure;
  choice: MetricChoice;
  changeTo: FigurePeriod | null;
}

// "грузовиков массой свыше 3,5 т", "lorries weighing more than 40 tonnes": one vehicle's mass (a qualifier may stand between).
const ITEM_MASS = (CUES.item_mass ?? []).length ? new RegExp(`(?:${phrasesSource(CUES.item_mass ?? [])})[\\s\\u00A0]+(?:\\p{L}+[\\s\\u00A0]+){0,2}$`, 'u') : /(?!)/u;
const ONE_OF_THEM = /^[\s\u00A0]+(?:of[\s\u00A0]+them|из[\s\u00A0]+них)(?![\p{L}])/iu;

// "the line of lorries … stretched for 14 kilometres", "очередь … растягивалась на 7 км": a queue, no distance between places.
const QUEUE = compilePhrases(CUES.queue ?? [], 'u');
// "первая очередь трубопровода" (a construction phase), "в свою очередь" ("in turn"): no queue.
const NOT_QUEUE = /(?:перв|втор|трет|четв[её]рт|пят|последн|свою|1-|2-|3-)\p{L}*[\s\u00A0]+очеред\p{L}*/giu;

function isQueueLength(text: string, from: number, to: number): boolean {
  return QUEUE.test(text.slice(from, to).replace(NOT_QUEUE, ''));
}

/** The figure of the i-th quantity of a sentence, or null when it measures nothing. */
export function figureAt(scope: Scope, i: number, run: SentenceRun & { changeTo: FigurePeriod | null; span: string | null; figures: readonly Figure[] }): Made | null {
  const { state, s, quantities, frames, hits } = scope;
  const { text } = state;
  const { previous, last, changeTo, span: sentenceSpan } = run;
  const q = quantities[i]!;
  const frame = frames[i]!;
  const before = quantities[i - 1];
  // "The canal's guaranteed depth has fallen to 3.6 metres": a depth or a draught, no distance of interest.
  if (q.kind === 'length' && q.value < 0.1) return null;
  if (q.kind === 'length' && isQueueLength(text, frame.clauseStart, q.end)) return null;
  // "One of them, a 31-year-old team leader, was taken to hospital", "Один из них госпитализирован": a person of the count before, no count.
  if (q.kind === 'persons' && q.value === 1 && ONE_OF_THEM.test(text.slice(q.end, q.end + 12))) return null;
  if (q.kind === 'mass' && ITEM_MASS.test(text.slice(Math.max(frame.clauseStart, q.start - 50), q.start))) return null;
  // "about 18 cubic metres per second": a river's flow, no figure.
  if (PER_SECOND_RE.test(text.slice(q.end, q.end + 14))) return null;
  // (A surplus before "against $8.18 billion in 2024" is `other`, and so is its base.)
  const sameUnit = run.figures.filter((f) => f.unit === q.unit).at(-1);
  const sameUnitBefore = sameUnit && sameUnit.metric !== 'other' ? (sameUnit.metric === 'growth_rate' ? (sameUnit.growthOf ?? null) : sameUnit.metric) : null;
  const sameUnitOther = sameUnit?.metric === 'other';
  let choice = chooseMetric({ text, q, frame, hits, sentence: s, previous, earlier: state.earlier, series: seriesFor(state, s), earlierOfKind: q.kind ? (state.ofKind.get(q.kind) ?? null) : null, topic: state.topic ?? null, goodsTopic: state.goodsTopic ?? null, previousKind: before?.kind ?? null, sameUnitBefore, sameUnitOther, ...(before ? { previousEnd: before.end } : {}) });
  if (!choice) return null;
  if (PER_UNIT_RE.test(text.slice(q.end, q.end + 30)) || PER_UNIT_BEFORE.test(text.slice(frame.clauseStart, q.start))) choice = { metric: 'other' };
  const next = q.change === 'from' ? quantities[i + 1] : undefined;
  const measured = choice.growthOf ?? choice.metric;
  const nextModality = next ? modalityOf({ text, q: next, frame: frames[i + 1]!, metric: measured }) : undefined;
  let modality = modalityOf({ text, q, frame, metric: measured, afterTarget: last?.modality === 'target', ...(next ? { rateAt: next.end } : {}) });
  // "ASCO рассчитывает перевезти 4,5 млн тонн, а порт Баку – выйти на 8 млн тонн": the dash stands for the aim too.
  if (!modality && last?.modality === 'target' && ELIDED_AIM.test(text.slice(frame.leftStart, q.start))) modality = 'target';
  // "более 300 человек, свыше 60 из них погибли": a part of the count before is of the same people.
  const whole = HEAD_COUNTS.has(choice.metric) ? run.figures.at(-1) : undefined;
  const subject = whole && HEAD_COUNTS.has(whole.metric) && whole.subject && namesPartOfCount(text, q, s.start) ? whole.subject : subjectOf(scope, i, choice, run);
  // "Local auto dealers sold 30,154 new cars …, down 10 percent": trade is between countries; with none named
  // anywhere in the article, a sale is a company's.
  if (subject === '' && TRADE_FLOWS.has(choice.growthOf ?? choice.metric)) choice = { metric: 'other' };
  // "Товарооборот Астраханской области с Азербайджаном …" in the title: the story's trade in money is the region's, a
  // part of its country's, unless a sentence names both countries.
  if (state.regionStory && q.kind !== null && !PHYSICAL.has(q.kind) && TRADE_FLOWS.has(choice.growthOf ?? choice.metric) && namedCountries(text, s.start, s.end).length <= 1) choice = { metric: 'other', partOf: choice.growthOf ?? choice.metric };
  const changeTarget = q.change === 'from' ? periodOfChangeTarget(scope, i, choice.metric, nextModality) : null;
  // "raise from 4 million to 8 million tonnes by 2027": the old value is today's, not the year before the target's.
  const to = q.change === 'from' ? (nextModality === 'target' || changeTarget?.target ? null : changeTarget) : changeTo;
  const found = periodOf(scope, i, choice, modality, to, last, sentenceSpan, comparedSibling(run.figures, q));
  // "проект государственного бюджета на 2026 год" in the lead: a budget line with no period of its own is of that year.
  const period = found.basis === 'assumed' && state.budgetYear && BUDGET_LINES.has(choice.growthOf ?? choice.metric) ? { period: state.budgetYear, basis: 'relative' as const, derived: true } : found;
  if (period.target) modality = 'target';
  // "Work is due to finish in 2027, when the post is meant to handle 5 million tonnes of cargo a year": a rate in a
  // year not yet begun is aimed at.
  if (modality === 'rate' && state.pub && startYear(period.period) > state.pub.year) modality = 'target';
  // "а в 2027 году – до 11 млн": a flow in a year not yet begun can only be aimed at (a budget is adopted ahead and stays one).
  if (!modality && FUTURE_FLOWS.has(choice.growthOf ?? choice.metric) && state.pub && startYear(period.period) > state.pub.year) modality = 'target';
  // A flow (or a part of one, "non-oil exports … in 2023") with a period of its own dates the figures after it;
  // the base of a comparison ("up 17.6% from $3.7 billion in 2022") is about the year before, not the story's.
  // ("…, after a decline of 9.8 percent in 2024": the change before is background, not the story's period.)
  const base = !q.change && (COMPARED_WITH.test(text.slice(frame.leftStart, q.start)) || CHANGE_THAN.test(text.slice(s.start, q.start)) || AFTER_EARLIER_CHANGE.test(text.slice(Math.max(s.start, q.start - 50), q.start)));
  // So does a tonnage or volume of output ("Gas output rose 2.4% to 17.1 billion cubic metres in January–April. Exports reached 8.4 bcm").
  const flowLike = FLOW_METRICS.has(choice.partOf ?? choice.metric) || (choice.metric === 'other' && q.kind !== null && PHYSICAL.has(q.kind));
  if (flowLike && (period.basis === 'stated' || period.basis === 'relative') && period.period && !modality && !period.derived && !base) {
    state.carried = { paragraph: s.paragraph, period, chain: true };
  }
  const figure = toFigure(text, s, q, choice, subject, period, modality);
  if (figure.qualifier === 'exact' && last && elidesVerbOf(text, frame, q, last)) figure.qualifier = last.qualifier;
  return { figure, choice, changeTo: to };
}

const LEVEL_AFTER_CHANGE = /^[\s\u00A0]*,[\s\u00A0]*(?:[–—][\s\u00A0]*)?(?:to|до|reaching)[\s\u00A0]+(?:(?:about|some|around|nearly|almost|over|more than|just over|just under|около|почти|более|свыше|примерно)[\s\u00A0]+)?$/iu;
// "превысил $6 млрд, а азербайджанских в Россию – $1,2 млрд": the dash stands for the verb, qualifier and all.
const ELIDED_DASH = String.raw`(?:^|[,;])[\s\u00A0]*(?:а|и|and|while|whereas)?[^,;.\d]{0,50}[–—][\s\u00A0]*`;
// After the dash the item's own qualifier may stand ("Армении – около 42 900").
const ELIDED = new RegExp(`${ELIDED_DASH}(?:(?:около|почти|примерно|более|свыше|about|some|nearly|almost|over|more than)[\\s\\u00A0]+)?$`, 'u');
// "…, а порт Баку – выйти на 8 млн тонн": after the dash the aim's infinitive may stand.
const ELIDED_AIM = new RegExp(`${ELIDED_DASH}(?:\\p{L}+[\\s\\u00A0]+){0,3}$`, 'u');
const VERB_QUALIFIER = /(?:превысил\p{L}*|превыша\p{L}*|exceed\p{L}*|surpass\p{L}*|topped|tops|перевалил\p{L}*[\s\u00A0]+за)[\s\u00A0]*$/iu;

const BUDGET_LINES: ReadonlySet<string> = new Set(['military_spending']);
const AFTER_EARLIER_CHANGE = /(?:\b(?:after|following)[\s\u00A0]+(?:a|an)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:decline|fall|drop|rise|increase|growth|gain|contraction|jump)[\s\u00A0]+of|\b(?:after|following)[\s\u00A0]+(?:a|the)[\s\u00A0]+(?:record|peak|all-time high)(?:[\s\u00A0]+of)?|(?:^|[\s\u00A0])после[\s\u00A0]+(?:падения|снижения|сокращения|роста|увеличения)[\s\u00A0]+на)[\s\u00A0]*$/iu;

function elidesVerbOf(text: string, frame: Frame, q: Quantity, last: Figure): boolean {
  if (last.qualifier === 'exact' || last.qualifier === 'range') return false;
  return VERB_QUALIFIER.test(text.slice(Math.max(0, last.surfaceStart - 30), last.surfaceStart)) && ELIDED.test(text.slice(frame.leftStart, q.start));
}

function periodOf(scope: Scope, i: number, choice: MetricChoice, modality: Modality | undefined, changeTo: FigurePeriod | null, last: Figure | undefined, sentenceSpan: string | null, sibling: Figure | undefined): FigurePeriod {
  const { state, s, quantities, frames, hits } = scope;
  const q = quantities[i]!;
  const frame = frames[i]!;
  // "rather than $4.2 billion as reported in January": a revised figure is about its revision's period.
  if (choice.restates && last) return { period: last.period, basis: last.periodBasis, derived: true };
  // "вооруженные силы Азербайджана насчитывают 64 050 военнослужащих, Армении – около 42 900": the dash stands for the
  // verb and its date, for the same metric.
  // (Not when a period of its own stands after the figure before: "в 2022 году … 5,3 млрд, а в 2020 году, …, – 4,97 млрд".)
  const ownMention = !!last && scope.mentions.some((m) => m.start >= last.surfaceEnd && m.end <= Math.max(frame.rightEnd, frame.clauseEnd));
  // ("98 тыс. тонн (годом ранее – 163 тыс. тонн), кукурузы – 37 тыс. тонн": not the bracket's own period.)
  if (last && last.metric === choice.metric && last.period && !ownMention && !closedBracketBefore(state.text, { start: last.surfaceStart, end: last.surfaceEnd }, q.start) && ELIDED.test(state.text.slice(frame.leftStart, q.start))) return { period: last.period, basis: last.periodBasis, derived: true };
  // "in 2022 the count rose by almost 130 percent, to 486", "выросли на 30%, до 2,6 млрд": the new level of a change is of
  // the change's period (unless it names its own: "up 5%, to $2.6 billion in 2024").
  if (last && last.metric === 'growth_rate' && last.period && !ownMention && LEVEL_AFTER_CHANGE.test(state.text.slice(last.surfaceEnd, q.start))) return { period: last.period, basis: last.periodBasis, derived: true };
  // "killed 2,908 Azerbaijani servicemen by Baku's count and about 3,825 Armenian soldiers": one event, one period.
  if (last && coordinatedCount(state.text, scope.mentions, frame, q, choice.metric, last)) return { period: last.period, basis: last.periodBasis, derived: true };
  // "14.3 million tonnes over the same six months, including 780,000 tonnes of Kazakh crude": a part of the amount before.
  // (A part may be in another currency: "около 11 млн долларов, в том числе Евросоюз – 4 млн евро".)
  if (last && (last.unit === q.unit || (q.kind === 'money' && MONEY_CODE.test(last.unit))) && partOfLast(state.text, scope.mentions, frame, q, last)) return { period: last.period, basis: last.periodBasis, derived: true };
  const mentions = mentionsFor(scope, q);
  // A period written right after another number belongs to that number; after the base of a change
  // ("up 7.3% from the 7.64 billion manats approved for 2023") it is not the change's period either.
  const ownerOf = (p: PeriodMention): number => quantities.findIndex((o, j) => j !== i && p.start >= o.end && p.end <= frames[j]!.rightEnd);
  // "rose 5.3% in January-July to $2.94 billion": the period between a change and "to" is the level's too.
  // "… more than last year's 8.59 billion manats": a possessive right before the amount is the amount's.
  // ("598,000 tonnes worth $512 million in January–September": the worth's period is the goods' too.)
  // ("at least 14 of the 41 casualties recorded in 2024", "251 из 397 пострадавших с ноября 2020 года": the whole's period is the part's.)
  const wholeOfPart = (j: number): boolean => wholeOf(state.text, q, quantities[j]!);
  const ownedByOther = (p: PeriodMention): boolean => ownerOf(p) >= 0 && !worthOf(state.text, q, quantities[ownerOf(p)]!) && !wholeOfPart(ownerOf(p)) && !(p.end <= q.start && ((TO_LEVEL_AFTER.test(state.text.slice(p.end, q.start)) && quantities[ownerOf(p)]!.change !== 'from') || (q.start - p.end <= 3 && POSSESSIVE_END.test(state.text.slice(p.start, p.end)))));
  const ownedByBase = (p: PeriodMention): boolean => {
    const j = ownerOf(p);
    return j >= 0 && BASE_BEFORE.test(state.text.slice(frames[j]!.leftStart, quantities[j]!.start));
  };
  // "397 пострадавших … с ноября 2020 года, 72 человека погибли": a period joined to this figure with no comma, and cut
  // off from the later number by one, is this figure's (", в России, по данным переписи 2021 года, – свыше 480 тыс." is not).
  // ("into defence in its 2026 budget, roughly 18% of …": the noun the year names may stand before the comma.)
  const ownBeforeComma = (p: PeriodMention, o: Quantity): boolean => !/[,;]/u.test(state.text.slice(q.end, p.start)) && /^[^,;\d]{0,20}[,;]/u.test(state.text.slice(p.end, o.start));
  const leadsToLater = (p: PeriodMention): boolean => p.start >= frame.rightEnd && quantities.some((o, j) => j > i && o.start >= p.end && frames[j]!.leftStart <= p.start && !ownBeforeComma(p, o));
  const story: StoryPeriods = { ...state.story, sentenceSpan, carried: state.carried?.period.period ?? null };
  // A part of a flow ("non-oil exports", "apple exports fell 14 percent") is dated like the flow too.
  const flowShare = choice.metric === 'other' && ((q.kind === 'percent' && isFlowShare(state.text, frame, hits)) || (!!choice.partOf && FLOW_METRICS.has(choice.partOf)) || (q.kind !== null && PHYSICAL.has(q.kind)));
  const period = assignPeriod({ metric: choice.metric, q, frame, quantities, mentions, pub: state.pub, modality, carried: state.carried?.period ?? null, changeTo, ownedByOther, ownedByBase, leadsToLater, siblingPeriod: sibling?.period ?? null, text: state.text, sentenceStart: s.start, flowShare, story, planned: isPlanned(state.text, q, frame) });
  return revisedFrom(state.text, s.start, q, sibling) ?? oldSideOf(state.text, s.start, frame, q, sibling, period) ?? period;
}

/**
 * The period mentions that may date q. A period in parentheses belongs to the numbers in them ("9,1% (в январе–сентябре
 * 2023 года – 8,4%)"); a parenthesis with no period of its own keeps the one that opens the sentence ("…, первое место
 * удерживает Италия (3,9 млрд долларов)") unless it follows a period right away ("на текущий год (8,63 млрд манатов)"),
 * and one holding only a base keeps the sentence's ("(+3,3% к 2024 году)").
 */
function mentionsFor({ state, s, quantities, mentions }: Scope, q: Quantity): PeriodMention[] {
  const parenOf = (at: number): number => enclosingParen(state.text, s.start, at);
  const paren = parenOf(q.start);
  const inParen = mentions.filter((p) => parenOf(p.start) === paren);
  if (inParen.some((p) => p.role !== 'base') || (paren < 0 && inParen.length > 0)) return inParen;
  const outside = mentions.filter((p) => parenOf(p.start) < 0);
  if (inParen.length > 0) return outside;
  if (paren < 0) return [];
  // "чем было утверждено на текущий год (8,63 млрд манатов)": a parenthesis right after a period gives that period's amount.
  const rightBefore = outside.find((p) => p.end <= paren && /^[\s\u00A0]*$/u.test(state.text.slice(p.end, paren)));
  if (rightBefore) return [rightBefore];
  const firstNumber = quantities[0]?.start ?? s.end;
  return outside.filter((p) => p.end <= firstNumber);
}

const MONEY_CODE = /^[A-Z]{3}$/u;
const TO_LEVEL_AFTER = /^[\s\u00A0,]*(?:to|до|reaching)[\s\u00A0]+(?:(?:about|some|nearly|almost|over|more than|около|почти|более|свыше)[\s\u00A0]+)?$/iu;
const BREAKDOWN_BRACKET = /^[^.;()\d]{0,30}\([\s\u00A0]*$/u;
const BREAKDOWN_COLON = /^[^.;:\d]{0,60}:[\s\u00A0]*$/u;
// "…, including 780,000 tonnes", "…, в том числе Евросоюз – 4 млн евро": a part, maybe with whose it is.
// (The first group is the words before the part opens, which may hold the whole's own period.)
// ("…in Azerbaijan since 1995, including some $3.2 billion": the words before may name the whole's year.)
const INCLUDING = /^((?:[^.;\d]|(?<!\d)(?:19|20)\d{2}(?!\d)){0,40})[,(][\s\u00A0]*(?:including|of which|в том числе|включая|из них)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}(?:[–—-][\s\u00A0]*)?(?:(?:about|some|around|nearly|almost|over|more than|около|почти|более|свыше|порядка|примерно)[\s\u00A0]+)?$/iu;

// "…since 1995, some $2.9 billion of it outside oil and gas": an apposed part that says whose part it is.
const APPOSED_PART = /^((?:[^.;\d]|(?<!\d)(?:19|20)\d{2}(?!\d)){0,40}),[\s\u00A0]*(?:(?:about|some|around|nearly|almost|over|more than)[\s\u00A0]+)?$/iu;
const OF_IT_AFTER = /^[\s\u00A0]+of[\s\u00A0]+(?:it|that|this|them)(?![\p{L}])/iu;

/** No period mention lies in text[from, to). */
const noPeriodIn = (mentions: readonly PeriodMention[], from: number, to: number): boolean => !mentions.some((p) => p.start >= from && p.end <= to);

/** A part ("…, including 780,000 tonnes") of the figure before, with no period of its own after "including". */
function partOfLast(text: string, mentions: readonly PeriodMention[], frame: Frame, q: Quantity, last: Figure): boolean {
  const gap = text.slice(last.surfaceEnd, q.start);
  // "The toll … stands at 393 mine victims in Azerbaijan: 72 killed and 321 injured": a colon opens the breakdown.
  if (BREAKDOWN_COLON.test(gap)) return noPeriodIn(mentions, last.surfaceEnd, frame.rightEnd);
  // "seven were wounded (four Armenian and three Azerbaijani)": so does a bracket right after a head count.
  if (last.unit === 'persons' && BREAKDOWN_BRACKET.test(gap)) return noPeriodIn(mentions, last.surfaceEnd, frame.rightEnd);
  const part = INCLUDING.exec(gap) ?? (OF_IT_AFTER.test(text.slice(q.end, q.end + 12)) ? APPOSED_PART.exec(gap) : null);
  return part !== null && noPeriodIn(mentions, last.surfaceEnd + part[1]!.length, frame.rightEnd);
}

// "N … and M …", "killed 79 people … and injured more than 300": two counts of one event.
const AND_COUNT = /^[^.;:!?\d]{0,45}(?:\band|(?:^|[\s\u00A0])и)[\s\u00A0]+(?:(?:injured|wounded|maimed|killed|ранил\p{L}*|ранен\p{L}*|погиб\p{L}*|убит\p{L}*)[\s\u00A0]+)?(?:(?:about|some|around|nearly|almost|roughly|approximately|over|more than|около|почти|более|примерно|порядка|свыше)[\s\u00A0]+)?$/iu;

// A toll's event may be dated between them: "129 servicemen were killed in the September 2023 operation and six peacekeepers died".
const AND_TOLL = /^[^.;:!?]{0,80}(?:\band|(?:^|[\s\u00A0])и)[\s\u00A0]+(?:(?:about|some|around|nearly|almost|over|more than|около|почти|более|примерно|свыше)[\s\u00A0]+)?$/iu;

// "79 погибли, 333 получили ранения", "погибли 3 386 …, еще около 2,1 тыс. были ранены": a list of one event's tolls.
const COMMA_COUNT = /^[^.;:!?\d]{0,45},[\s\u00A0]*(?:(?:еще|ещё|also|another)[\s\u00A0]+)?(?:(?:about|some|around|nearly|almost|over|more than|около|почти|более|примерно|порядка|свыше)[\s\u00A0]+)?$/iu;

/** The second head count of "N … and M …", "killed 79 … and injured more than 300", with no period of its own after the first. */
function coordinatedCount(text: string, mentions: readonly PeriodMention[], frame: Frame, q: Quantity, metric: Metric, last: Figure): boolean {
  if (last.metric !== metric || last.surfaceEnd > q.start || (!HEAD_COUNTS.has(metric) && last.unit !== q.unit)) return false;
  const gap = text.slice(last.surfaceEnd, q.start);
  const tollAnd = metric === 'casualties' && AND_TOLL.test(gap) && !/\d/u.test(gap.replace(/(?:19|20)\d{2}/gu, ''));
  if (!AND_COUNT.test(gap) && !tollAnd && !(HEAD_COUNTS.has(metric) && COMMA_COUNT.test(gap))) return false;
  // "129 Azerbaijani servicemen were killed in the September 2023 operation and six Russian peacekeepers died": a toll with
  // no period after it shares the one of the toll before, even when that one stands between them.
  if (metric === 'casualties') return noPeriodIn(mentions, q.start, frame.rightEnd);
  return noPeriodIn(mentions, last.surfaceEnd, frame.rightEnd);
}

// "Shipments to Europe rose to 13.1 billion cubic meters from 12.9 billion": the old value, written after the new one.
const CHANGED_TO = /(?:\b(?:rose|risen|rising|grew|grown|increased|climbed|jumped|fell|fallen|dropped|declined|decreased|slipped|edged (?:up|down))(?:[\s\u00A0]+by[\s\u00A0]+\S+)?[\s\u00A0]+to)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?$/iu;
const FROM_AFTER = /^[^.;\d]{0,30}(?:\d{4}[^.;\d]{0,10})?\bfrom[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;

const DOWN_UP_FROM = /(?:^|[\s\u00A0,])(?:down|up|lower|higher)[\s\u00A0]+from[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;

// "revised its January–March 2026 turnover figure to $1,142.7 million from the $1,155.0 million published in May":
// the value revised away is of the same period, whatever date its publication names.
const REVISED_TO = /(?:revised|corrected|lowered|raised|cut|пересмотрел\p{L}*|уточнил\p{L}*|скорректировал\p{L}*)[^.;!?]{0,80}(?:\bto|(?:^|[\s\u00A0])до)[\s\u00A0]*$/iu;

// "raised exports to $2.1 billion in 2024 from $1.8 billion in 2023": an old value with a year of its own is no revision.
const OWN_YEAR_AFTER = /^[\s\u00A0]*(?:in|for|в|за)[\s\u00A0]+(?:19|20)\d{2}(?!\d)/iu;

function revisedFrom(text: string, sentenceStart: number, q: Quantity, sibling: Figure | undefined): FigurePeriod | null {
  if (!sibling?.period || sibling.unit !== q.unit || !FROM_AFTER.test(text.slice(sibling.surfaceEnd, q.start))) return null;
  if (OWN_YEAR_AFTER.test(text.slice(q.end, q.end + 16))) return null;
  if (!REVISED_TO.test(text.slice(Math.max(sentenceStart, sibling.surfaceStart - 90), sibling.surfaceStart))) return null;
  return { period: sibling.period, basis: sibling.periodBasis, derived: true };
}

/** The period before the new value's, for the old value of "rose to X from Y" that states none of its own. */
function oldSideOf(text: string, sentenceStart: number, frame: Frame, q: Quantity, sibling: Figure | undefined, period: FigurePeriod): FigurePeriod | null {
  if (!sibling?.period || period.period !== sibling.period || sibling.unit !== q.unit) return null;
  const gap = text.slice(sibling.surfaceEnd, q.start);
  // "shipped 0.96 million tonnes … in January–October, down from 1.08 million tonnes": the change is told after the new value.
  const changedAfter = DOWN_UP_FROM.test(gap) && !/[.;!?]/u.test(gap) && gap.length <= 120;
  if (!changedAfter && (!FROM_AFTER.test(gap) || !CHANGED_TO.test(text.slice(Math.max(sentenceStart, sibling.surfaceStart - 40), sibling.surfaceStart)))) return null;
  if (REVISED.test(text.slice(sentenceStart, q.start)) || frameHasPeriod(text, frame, q)) return null;
  const before = yearEarlier(sibling.period);
  return before ? { period: before, basis: 'relative', derived: true } : null;
}

// A period of its own right after the old value ("from 12.9 billion in 2024") keeps it.
function frameHasPeriod(text: string, frame: Frame, q: Quantity): boolean {
  return /^[\s\u00A0]*(?:\p{L}+[\s\u00A0]+)?(?:in|a year|the year|last|в|за)[\s\u00A0]/iu.test(text.slice(q.end, Math.min(frame.rightEnd, q.end + 20)));
}

/**
 * The figure "a year earlier" compares with: the last one before in the sentence in the same unit ("142,600
 * tonnes worth $187.4 million …, against 131,900 tonnes a year earlier"), else the last one.
 */
function comparedSibling(figures: readonly Figure[], q: Quantity): Figure | undefined {
  return figures.findLast((f) => f.unit === q.unit) ?? figures.at(-1);
}

function isFlowShare(text: string, frame: Frame, hits: Scope['hits']): boolean {
  if (hits.some((h) => FLOW_METRICS.has(h.label) && h.start >= frame.clauseStart && h.end <= frame.clauseEnd)) return true;
  FLOW_SHARE.lastIndex = 0;
  return FLOW_SHARE.test(text.slice(frame.clauseStart, frame.clauseEnd));
}

/** The period the 'to' side of "from X to Y" gets, so that X can take the one before it. */
function periodOfChangeTarget(scope: Scope, i: number, metric: Metric, modality: Modality | undefined): FigurePeriod | null {
  const { state, s, quantities, frames, mentions } = scope;
  const to = quantities[i + 1];
  if (!to || to.change !== 'to') return null;
  return assignPeriod({ metric, q: to, frame: frames[i + 1]!, quantities, mentions, pub: state.pub, modality, carried: null, changeTo: null, ownedByOther: () => false, text: state.text, sentenceStart: s.start, story: { ...state.story, sentenceSpan: null, carried: null } });
}

function signed(choice: MetricChoice, q: Quantity): number {
  if (!choice.down) return q.value;
  if (q.unit === 'times') return q.value > 1 ? 1 / q.value : q.value;
  return -Math.abs(q.value);
}

/**
 * "about 60 Russian and 60 Turkish officers": a qualifier before the pair qualifies both. Another owner's count
 * ("about 64,050 active personnel and Armenia's 42,900", "… and Armenia with 42,000") is a figure of its own.
 */
function pairedQualifier(text: string, q: Quantity): Qualifier {
  const own = qualifierOf(text, q);
  if (own !== 'exact' || q.pairedWith === undefined || OWNER_BETWEEN.test(text.slice(q.pairedWith, q.start))) return own;
  return qualifierOf(text, { ...q, start: q.pairedWith });
}

const OWNER_BETWEEN = /['’]s[\s\u00A0]*$|\bwith[\s\u00A0]+$/u;

function toFigure(text: string, s: Sentence, q: Quantity, choice: MetricChoice, subject: string, period: FigurePeriod, modality: Modality | undefined): Figure {
  const figure: Figure = {
    category: categoryOf(choice.metric),
    metric: choice.metric,
    subject,
    value: Number(signed(choice, q).toPrecision(12)),
    unit: q.unit!,
    qualifier: pairedQualifier(text, q),
    period: period.period,
    periodBasis: period.basis,
    quote: s.text,
    start: s.start,
    end: s.end,
    surface: text.slice(q.start, q.end),
    surfaceStart: q.start,
    surfaceEnd: q.end,
  };
  if (choice.growthOf) figure.growthOf = choice.growthOf;
  if (q.low !== undefined && q.high !== undefined) {
    figure.low = Number(q.low.toPrecision(12));
    figure.high = Number(q.high.toPrecision(12));
  }
  if (modality) figure.modality = modality;
  return figure;
}

export type { ArticleState };
