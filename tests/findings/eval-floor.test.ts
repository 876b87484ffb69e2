import { afterAll, describe, expect, it } from 'vitest';
import { scoreNotices, type ScenarioScore } from './eval/match-notices.ts';
import { replayFolder, writeEvalConfig } from './eval/run-replay.ts';
import { listScenarios, missingInputs, stageScenario } from './eval/scenarios.ts';

// What `npm run eval:ledger` measures, held as floors: the goal (every true contradiction
// flagged, no false one) exactly, and the share of expected notices a little under the number measured
// when this was written (122/131, docs/adr/002-claim-comparison.md). A change to the figure engine or
// the comparison that breaks a scenario the ledger read right shows here, not only in the eval report.
const config = writeEvalConfig();
afterAll(() => config.cleanup());

const scenarios = listScenarios().filter((scenario) => !missingInputs(scenario));
const scores = new Map<string, ScenarioScore>();

async function scoreOf(name: string): Promise<ScenarioScore> {
  const cached = scores.get(name);
  if (cached) return cached;
  const scenario = scenarios.find((s) => s.name === name)!;
  const staged = stageScenario(scenario);
  try {
    const run = await replayFolder(staged.dir, config.path);
    expect(run.code, run.stderr).toBe(0);
    const score = scoreNotices(scenario.expected, run.notices);
    scores.set(name, score);
    return score;
  } finally {
    staged.cleanup();
  }
}

describe('eval:ledger floors', () => {
  it('has at least 10 scenarios to replay', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
  });

  it.each(scenarios.map((s) => s.name))('%s: every expected contradiction is raised and no other contradiction', async (name) => {
    const score = await scoreOf(name);
    const missedContradictions = score.missing.filter((want) => want.kind === 'contradiction');
    expect(missedContradictions).toEqual([]);
    expect(score.falseContradictions.map((n) => `${n.metric} ${n.subject} ${n.period} ${n.value} — ${n.source.outlet}`)).toEqual([]);
  }, 30_000);

  it('all scenarios: at least 90% of the expected notices appear', async () => {
    let found = 0;
    let expected = 0;
    for (const scenario of scenarios) {
      const score = await scoreOf(scenario.name);
      found += score.found.length;
      expected += score.found.length + score.missing.length;
    }
    expect(expected).toBeGreaterThan(100);
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
