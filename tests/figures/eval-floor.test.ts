import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLabelled, loadRealNews, loadSeeds, scorePassages } from './eval/score-labelled.ts';
import { scoreCorpora } from './eval/score-corpora.ts';

// Floors set a little under the numbers measured when they were written (see docs/figures-eval.md);
// a change that lowers them has made the engine worse on text it already read correctly.
describe('eval:figures floors', () => {
  it('labelled set: trade and security figures at precision ≥ 0.97 and recall ≥ 0.95, at least 40 passages', () => {
    const passages = loadLabelled();
    expect(passages.length).toBeGreaterThanOrEqual(40);
    const { score } = scorePassages(passages, true);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('labelled set, every figure including "other": precision and recall ≥ 0.93', () => {
    const { score } = scorePassages(loadLabelled(), false);
    expect(score.precision).toBeGreaterThanOrEqual(0.93);
    expect(score.recall).toBeGreaterThanOrEqual(0.93);
  });

  it.each(['holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7'] as const)('%s set: trade and security figures at precision ≥ 0.95 and recall ≥ 0.93', (set) => {
    const { score } = scorePassages(loadLabelled(set), true);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.93);
  });

  // The English half (first pass 0.779/0.706); the Russian half was written later and has a floor of its own below.
  it('holdout-8 set, English half: trade and security figures at precision ≥ 0.90 and recall ≥ 0.88', () => {
    const { score } = scorePassages(loadLabelled('holdout-8').filter((p) => p.id.startsWith('en-')), true);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.88);
  });

  // Written after the English half's fixes; first pass 0.862/0.757 (at 7dd4dfd).
  it('holdout-8 set, Russian half: trade and security figures at precision ≥ 0.92 and recall ≥ 0.90', () => {
    const { score } = scorePassages(loadLabelled('holdout-8').filter((p) => p.id.startsWith('ru-')), true);
    expect(score.precision).toBeGreaterThanOrEqual(0.92);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  // Blind holdouts, each a little under its numbers after its own fixes. First passes (docs/figures-eval.md):
  const BLIND_FLOORS = [
    // 16 passages by two helpers; 0.750/0.641 (n-passages, at d42589f) and 0.702/0.702 (p-passages, at 11e1c12).
    ['holdout-9', 0.91, 0.92],
    // 12 passages by two helpers; 0.808/0.624 (at ec20517, scored as today).
    ['holdout-10', 0.95, 0.93],
    // 12 passages by two more helpers; 0.772/0.726 (English, at 600b8e2) and 0.795/0.795 (Russian, at 8da2b34).
    ['holdout-11', 0.89, 0.9],
    // 12 long, cluttered pages (tables, captions, a live blog); 0.776/0.657 (at a5f4008).
    ['holdout-12', 0.88, 0.85],
    // 12 passages written after the fixes for holdouts 10–12; 0.875/0.812 (at bb9f492).
    ['holdout-13', 0.91, 0.89],
    // 18 passages in new genres (fact-checks, transcripts, a bank release, gas analyses, an obituary) by three helpers;
    // 0.747/0.683 (at 1f6f415).
    ['holdout-14', 0.9, 0.86],
    // 12 passages (a wire digest, an interview, statistics digests with tables, incident reports, defence columns);
    // 0.820/0.687 (at 295a49e).
    ['holdout-15', 0.91, 0.84],
    // 18 passages (a communiqué, a live blog, a humanitarian update with a casualty table, freight reviews, an explainer
    // in numbers, customs tables by month, long pages) by three helpers; 0.778/0.643 (en-y, ru-y at 7da9663; z at f289ea0).
    ['holdout-16', 0.9, 0.85],
    // 18 passages (a central-bank bulletin, a court case, toll updates, oil and gas by route, a Q&A, digests, a fact-check,
    // a transcript, a table of countries across) by three helpers; 0.889/0.843 (at 00295c4).
    ['holdout-17', 0.92, 0.87],
    // 18 passages (a call readout, a currency wire, a budget hearing, a border crossing, a peacekeeping chronology,
    // product and rail tables, returns by district, energy by route, Q&As, long reads, a newsletter) by three helpers;
    // 0.830/0.729 (at 6023f04).
    ['holdout-18', 0.86, 0.82],
    // 12 passages (business forums, border commissions, oil and gas by route, grain seasons, mirror statistics, a
    // security digest) by two helpers, scored at the end of the fifth session; 0.736/0.721 (at 419f049).
    ['holdout-19', 0.87, 0.87],
    // 24 passages by four helpers (commission meetings, freight, ports, partner tables, a mine-victims table, interviews,
    // budgets, arms imports, a live blog, digests, migrants, a half-year bulletin by month, an op-ed); 0.842/0.796 (at
    // 1613db1), 0.888/0.883 after its fixes, 0.90/0.92 after the seventh session's.
    ['holdout-20', 0.91, 0.92],
    // 24 passages by four helpers (rail freight, re-exports, a regional visit, delimitation and mines, a correction, gas;
    // a commission protocol, a crossing, mine victims by month, an interview in words, oil transit; a statistics release,
    // armies, banks, returns, an op-ed, tomato curbs; shelling, a partners table, the corridor, a column, a draft budget,
    // tourism); first pass 0.810/0.782 (each set at the commit it landed on), 0.899/0.902 after the eighth session.
    ['holdout-21', 0.91, 0.92],
    // 24 passages by four helpers written after docs/figures-eval.md settled four label conventions (grain seasons, the
    // peacekeepers' legacy, a port's results, a weekly, a court case, interviews; a call, tourism, Lukoil, a border monitor,
    // a country note, a fair; a visit, a defence budget, remittances, container trains; ceasefire violations, investment by
    // company, EAEU trade, returns by district, forecasts, a ferry); first pass 0.767/0.788 (at a0d9991), 0.919/0.933 after its fixes.
    ['holdout-22', 0.91, 0.92],
    // 24 passages by four helpers written after holdout-22's fixes (a shooting with a revised toll, settlements, customs
    // and FCS tables by country, corridors, food by month, defence spending, a readout, mine action, a plant, ferries,
    // migrants, fact-checks, a bridge, mirror statistics, tourism); first pass 0.878/0.839 (at 182f0fa), 0.935/0.925 after the ninth session.
    ['holdout-23', 0.93, 0.92],
    // 24 passages by four helpers written after holdout-23's fixes (a gas swap, remittances, a returns and mines sitrep, rail
    // freight, a summit live blog, oil by pipeline, interviews, Russia's military footprint, an agri digest, re-exports,
    // Caspian shipping, corrected stories, a commission, mine victims by year, produce, mutual investment, a statistics
    // release by product, armies and budgets, a road); first pass 0.835/0.804 (at 18a0efe), 0.879/0.879 after its fixes,
    // 0.895/0.917 after the tenth session.
    ['holdout-24', 0.89, 0.91],
    // 24 passages by four helpers written after holdout-24's fixes (a commission roadmap, a monitoring bulletin by week,
    // wine and water, bank exposure, a pipeline outage, a year in numbers, interviews, a helicopter, Kazakhstan's trade,
    // tourists and property, the Astara link, mirror statistics, transport, ceasefire violations, car re-exports, demining
    // money, Caspian budgets, a call, a border queue, grain by season, returns, an export credit, a corrected column);
    // first pass 0.869/0.811 (at 598bbd0), 0.888/0.882 after its fixes, 0.909/0.921 after the tenth session, 0.915/0.921
    // after the eleventh.
    ['holdout-25', 0.91, 0.92],
    // 24 passages by four helpers written in the tenth session (wheat and oil, Karabakh after the peacekeepers, a
    // corridor release, an IMF summary, a clash live blog, a border crossing; tomatoes, a spending fact sheet, an op-ed on
    // turnover, refugees by region, car re-exports, a hearing; gas, the withdrawal, rail freight, remittances, violations by
    // day, an ambassador; produce, budgets by year, mirror statistics, a bridge, returns by district, border trade); first
    // pass 0.800/0.791 (at 5992589; 0.797/0.784 at the session's start, 098fdb5), 0.907/0.901 after its fixes, 0.917/0.919
    // after the eleventh session.
    ['holdout-26', 0.91, 0.91],
    // 24 passages by four helpers written in the eleventh session (fuel transit, landmine casualties by year, Caspian ports,
    // Russian banks, a downed-plane explainer, a customs bulletin; border delimitation, investment by sector, a regions'
    // week, gas and power swaps, a war anniversary, a newsletter; a commission, timber and steel, border guards' year,
    // trade by partner, ferries, a Telegram digest; arms and budgets, Lukoil's gas, Astrakhan's trade, displaced by year,
    // flights and tourism, a press conference); first pass 0.837/0.827 (at b09f531, the same at the session's start,
    // e06fc96), 0.878/0.854 after its fixes, 0.894/0.879 after the twelfth session's.
    ['holdout-27', 0.89, 0.87],
    // 24 passages by four helpers written in the twelfth session (a half-year decline with a correction, a development
    // bank's projections, a weekly border brief by day, grain by season, electricity and gas swaps, a returns feature; a
    // plant, a budget's second reading, container trains by month, a fact-check, the peacekeepers' five years, a business
    // newsletter; trade by product, an ambassador interview, regions' trade with a table, military budgets by year,
    // displaced people, oil and gas transit; rail freight at Samur, a week on the border, banks, a corrected story,
    // Dagestan's trade, a live blog of a visit); first pass 0.853/0.860 (at dbd40b7, the same at the session's start,
    // bb92194), 0.936/0.917 after its fixes.
    ['holdout-28', 0.93, 0.91],
    // 24 passages by four more helpers of the same session, after most of holdout-28's fixes (a statistics release by
    // commodity, a drone strike, gas, fuel and power, mirror data, a bank unit, a week in numbers; a summit, Caspian ports,
    // demining and returns, an envoy interview, fruit by month, armies; an FCS release, a business forum, migrants, a
    // border shooting, a port by direction, a forecast column; grain by month of the season, border guards, car re-exports,
    // Caspian military budgets, reconstruction money, a ministry briefing); first pass 0.783/0.791 (at d504c76 and
    // 7920efa, the heads its parts landed on; 0.783/0.787 at bb92194), 0.899/0.923 after the fixes that followed.
    ['holdout-29', 0.89, 0.91],
  ] as const;

  it.each(BLIND_FLOORS)('%s set: trade and security figures at precision ≥ %s and recall ≥ %s', (set, precision, recall) => {
    const { score } = scorePassages(loadLabelled(set), true);
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
  });

  // What the bot would post for Russia–Azerbaijan on the blind sets (a right figure with a wrong subject is a stray or lost notice).
  it('RU–AZ notices over the blind holdouts 7–18: precision ≥ 0.80 and recall ≥ 0.83', () => {
    const scores = (['holdout-7', 'holdout-8', 'holdout-9', 'holdout-10', 'holdout-11', 'holdout-12', 'holdout-13', 'holdout-14', 'holdout-15', 'holdout-16', 'holdout-17', 'holdout-18'] as const).map((set) => scorePassages(loadLabelled(set), true).score.notices);
    const sum = (key: 'matched' | 'predicted' | 'expected'): number => scores.reduce((n, s) => n + s[key], 0);
    expect(sum('matched') / sum('predicted')).toBeGreaterThanOrEqual(0.8);
    expect(sum('matched') / sum('expected')).toBeGreaterThanOrEqual(0.83);
  });

  it('subjects: right on at least 90% of the matched trade and security figures of all labelled sets', () => {
    const scores = (['labelled', 'holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7'] as const).map((set) => scorePassages(loadLabelled(set), true).score);
    const matched = scores.reduce((n, s) => n + s.matched, 0);
    const right = scores.reduce((n, s) => n + s.subjectRight, 0);
    expect(right / matched).toBeGreaterThanOrEqual(0.9);
  });

  it.runIf(loadSeeds().length > 0)('seed articles: every labelled figure found, nothing extra', () => {
    const { score } = scorePassages(loadSeeds(), false);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(1);
  });

  // Third-party articles (not written here), labelled blind: far under the goal, held so that it only rises.
  it.runIf(loadRealNews().length > 0)('real-news set: trade and security figures at precision ≥ 0.55 and recall ≥ 0.37 over at least 25 articles', () => {
    const passages = loadRealNews();
    expect(passages.length).toBeGreaterThanOrEqual(25);
    const { score } = scorePassages(passages, true);
    expect(score.precision).toBeGreaterThanOrEqual(0.55);
    expect(score.recall).toBeGreaterThanOrEqual(0.37);
  });

  it.runIf(existsSync(new URL('../../../shared/corpora/', import.meta.url)))('third-party corpora: ≥ 95% of in-scope cases read with the right value and unit', () => {
    const scores = scoreCorpora(false, () => {});
    const inScope = scores.reduce((n, s) => n + s.inScope, 0);
    const passed = scores.reduce((n, s) => n + s.passed, 0);
    expect(inScope).toBeGreaterThan(250);
    expect(passed / inScope).toBeGreaterThanOrEqual(0.95);
  });
});
