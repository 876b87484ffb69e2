/**
 * npm run eval:ledger — replays each labelled scenario in tests/fixtures/scenarios/<name>/ through
 * `figurewatch replay` (in-process, src/cli.ts) and compares the notices with its expected.json: expected
 * notices found, expected missing, unexpected notices, and unexpected contradictions on their own line
 * ("false contradictions"), then totals. Matching rules: tests/findings/eval/match-notices.ts and
 * docs/adr/002-claim-comparison.md. The numbers are the report: the exit code is non-zero only on a crash.
 *
 * Options: --only TEXT (scenarios whose folder name contains TEXT), --show (print every notice raised),
 * --scale N (instead: time one comparison against a ledger of N claims and print the query plans).
 */
import { parseArgs } from 'node:util';
import { describeExpected, describeNotice, scoreNotices, type ScenarioScore } from '../tests/findings/eval/match-notices.ts';
import { replayFolder, writeEvalConfig } from '../tests/findings/eval/run-replay.ts';
import { listScenarios, missingInputs, stageScenario, type Scenario } from '../tests/findings/eval/scenarios.ts';
import { measureScale } from '../tests/findings/eval/ledger-scale.ts';

const { values: args } = parseArgs({
  options: { only: { type: 'string' }, show: { type: 'boolean', default: false }, scale: { type: 'string' } },
});

interface Totals {
  scenarios: number;
  skipped: number;
  expected: number;
  found: number;
  missing: number;
  unexpected: number;
  falseContradictions: number;
  contradictionsExpected: number;
  contradictionsFound: number;
}

async function evaluate(): Promise<void> {
  const config = writeEvalConfig();
  const totals: Totals = { scenarios: 0, skipped: 0, expected: 0, found: 0, missing: 0, unexpected: 0, falseContradictions: 0, contradictionsExpected: 0, contradictionsFound: 0 };
  try {
    for (const scenario of listScenarios(args.only)) {
      const absent = missingInputs(scenario);
      if (absent) {
        console.log(`${scenario.name}: skipped (${absent})`);
        totals.skipped++;
        continue;
      }
      const score = await runScenario(scenario, config.path);
      add(totals, score);
    }
  } finally {
    config.cleanup();
  }
  printTotals(totals);
}

async function runScenario(scenario: Scenario, configPath: string): Promise<ScenarioScore> {
  const staged = stageScenario(scenario);
  try {
    const run = await replayFolder(staged.dir, configPath);
    if (run.code !== 0) throw new Error(`replay of ${scenario.name} exited ${run.code}: ${run.stderr}`);
    const score = scoreNotices(scenario.expected, run.notices);
    printScenario(scenario, score);
    if (args.show) for (const notice of run.notices) console.log(`    · ${describeNotice(notice)}`);
    return score;
  } finally {
    staged.cleanup();
  }
}

function printScenario(scenario: Scenario, score: ScenarioScore): void {
  const total = score.found.length + score.missing.length;
  console.log(
    `${scenario.name.padEnd(34)} expected ${score.found.length}/${total} found, ${score.missing.length} missing, ` +
      `${score.unexpected.length} unexpected, ${score.falseContradictions.length} false contradictions`,
  );
  for (const want of score.missing) console.log(`    missing     ${describeExpected(want)}`);
  for (const got of score.unexpected) console.log(`    unexpected  ${describeNotice(got)}`);
  for (const got of score.falseContradictions) console.log(`    FALSE CONTRADICTION  ${describeNotice(got)}`);
}

function add(totals: Totals, score: ScenarioScore): void {
  totals.scenarios++;
  totals.expected += score.found.length + score.missing.length;
  totals.found += score.found.length;
  totals.missing += score.missing.length;
  totals.unexpected += score.unexpected.length;
  totals.falseContradictions += score.falseContradictions.length;
  totals.contradictionsExpected += [...score.found, ...score.missing].filter((want) => want.kind === 'contradiction').length;
  totals.contradictionsFound += score.found.filter((want) => want.kind === 'contradiction').length;
}

function printTotals(t: Totals): void {
  const share = (part: number, whole: number): string => (whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a');
  console.log('');
  console.log(`TOTAL ${t.scenarios} scenarios${t.skipped ? ` (${t.skipped} skipped)` : ''}`);
  console.log(`  expected notices found   ${t.found}/${t.expected} (${share(t.found, t.expected)}), missing ${t.missing}`);
  console.log(`  true contradictions      ${t.contradictionsFound}/${t.contradictionsExpected} flagged`);
  console.log(`  unexpected notices       ${t.unexpected}`);
  console.log(`  false contradictions     ${t.falseContradictions}`);
}

if (args.scale) {
  measureScale(Number(args.scale));
} else {
  await evaluate();
}
