/**
 * Scenario folders for `npm run eval:ledger` (tests/fixtures/scenarios/<name>/): saved articles (.html or
 * .txt) with sidecars <name>.json {url, outlet, published, title?}, an expected.json of the notices the
 * sequence should raise, and optionally scenario.json {"articlesFrom": "../shared/seeds"} when the article
 * texts live outside the repo (only their sidecars are kept here).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import type { FindingKind, Metric } from '../../../src/model/index.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const SCENARIO_ROOT = join(REPO_ROOT, 'tests/fixtures/scenarios');

/** One notice the sequence should raise. See docs/adr/002-claim-comparison.md ("How the eval matches"). */
export interface ExpectedNotice {
  kind: FindingKind;
  metric: Metric;
  /** One subject, or the encodings the vocabulary admits for the text (Russian troops in Karabakh: RU>AZ or RU-AZ). */
  subject: string | string[];
  period: string | null;
  value: number;
  unit?: string;
  growthOf?: Metric;
  qualifier?: string;
  /** The outlet of the article that raises it. */
  outlet?: string;
  /** For contradictions and revisions: the earlier claim's value (and outlet). */
  against?: { value: number; outlet?: string };
  /** Why this notice is right (for the reader; not matched). */
  why?: string;
}

export interface Scenario {
  name: string;
  dir: string;
  description: string;
  expected: ExpectedNotice[];
  /** Where article texts come from when they are not in the folder (resolved from the repo root). */
  articlesFrom: string | null;
}

const ARTICLE_EXTENSIONS = ['.html', '.htm', '.txt'];
const CONTROL_FILES = new Set(['expected.json', 'scenario.json']);

export function listScenarios(only?: string): Scenario[] {
  return readdirSync(SCENARIO_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && (!only || entry.name.includes(only)))
    .map((entry) => readScenario(join(SCENARIO_ROOT, entry.name)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function readScenario(dir: string): Scenario {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { description?: string; notices: ExpectedNotice[] };
  const control = existsSync(join(dir, 'scenario.json'))
    ? (JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as { articlesFrom?: string })
    : {};
  return {
    name: basename(dir),
    dir,
    description: expected.description ?? '',
    expected: expected.notices,
    articlesFrom: control.articlesFrom ? resolve(REPO_ROOT, control.articlesFrom) : null,
  };
}

/** Why a scenario cannot run here (its external articles are absent), or null. */
export function missingInputs(scenario: Scenario): string | null {
  if (scenario.articlesFrom && !existsSync(scenario.articlesFrom)) return `${scenario.articlesFrom} is not present`;
  return null;
}

/**
 * A temporary folder holding exactly what `figurewatch replay` should read: the scenario's articles and
 * sidecars, plus the external article for each sidecar that has none beside it. The caller removes it.
 */
export function stageScenario(scenario: Scenario): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `fw-scenario-${scenario.name}-`));
  const names = readdirSync(scenario.dir).filter((name) => !CONTROL_FILES.has(name));
  for (const name of names) copyFileSync(join(scenario.dir, name), join(dir, name));
  if (scenario.articlesFrom) {
    const external = readdirSync(scenario.articlesFrom);
    for (const sidecar of names.filter((name) => extname(name) === '.json')) {
      const stem = basename(sidecar, '.json');
      if (names.some((name) => basename(name, extname(name)) === stem && ARTICLE_EXTENSIONS.includes(extname(name)))) continue;
      const article = external.find((name) => basename(name, extname(name)) === stem && ARTICLE_EXTENSIONS.includes(extname(name)));
      if (article) copyFileSync(join(scenario.articlesFrom, article), join(dir, article));
    }
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
