/**
 * npm run bench [-- --quick] [-- --only text,figures,feeds,cycle,soak,ledger] [-- --profile] [-- --docs]
 *
 * Runs each section in its own child process, one after the other (the machine has two cores; the
 * cycle sections also start a feed server process), prints the table with every goal met or missed,
 * and writes bench/results.json (--quick: bench/results.local.json, so the committed full run stays).
 * --profile adds node --cpu-prof to every section (bench/profiles/) and prints where the time went.
 * --docs puts the table and machine into docs/benchmarks.md and README.md between their bench:table markers.
 * --from FILE prints (and with --docs writes) the table of an earlier results file without running.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateGoals, renderTable, type Sections } from './lib/report.ts';
import { describeMachine, formatMachine } from './lib/machine.ts';
import { formatSummary, summariseProfile } from './lib/profile-summary.ts';

const BENCH = fileURLToPath(new URL('./', import.meta.url));

/** The heap flags of the Dockerfile's `NODE_OPTIONS`: what the bot runs with in its image. */
function imageHeapFlags(): string[] {
  const dockerfile = readFileSync(join(BENCH, '..', 'Dockerfile'), 'utf8');
  const options = /NODE_OPTIONS="([^"]*)"/.exec(dockerfile)?.[1] ?? '';
  return options.split(/\s+/).filter((flag) => /^--max-(semi|old)-space-size=\d+$/.test(flag));
}
/** Where `--docs` writes the table: between the bench:table markers of each file. */
const DOCS = [fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url)), fileURLToPath(new URL('../README.md', import.meta.url))];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    docs: { type: 'boolean', default: false },
    out: { type: 'string' },
    from: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const only = values.only ? new Set(values.only.split(',')) : null;
const wanted = (name: string): boolean => only === null || only.has(name);
const scratch = mkdtempSync(join(tmpdir(), 'figurewatch-bench-run-'));
const profileDir = join(BENCH, 'profiles');

interface Job {
  section: string;
  label: string;
  args: string[];
  /** Extra node flags for a what-if run. */
  nodeArgs?: string[];
}

/** The V8 heap settings the image runs with (the Dockerfile's NODE_OPTIONS): cycles and the soak are measured with them. */
const IMAGE_HEAP = imageHeapFlags();
const heapLabel = (label: string): string => (label.endsWith('-v8default') ? 'V8 default heap (no NODE_OPTIONS)' : `concurrency ${label}`);

/** Runs one section script in a fresh node; resolves with its JSON, or null when it failed. */
function runJob(job: Job): Promise<Record<string, unknown> | null> {
  const out = join(scratch, `${job.label}.json`);
  const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${job.label}.cpuprofile`] : [];
  const args = ['--expose-gc', ...(job.nodeArgs ?? []), ...profile, join(BENCH, 'sections', `${job.section}.ts`), '--out', out, ...(quick ? ['--quick'] : []), ...job.args];
  process.stderr.write(`\n▶ ${job.label}\n`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      if (code !== 0 || !existsSync(out)) {
        process.stderr.write(`  ✗ ${job.label} failed (exit ${code}) after ${seconds} s\n`);
        resolve(null);
        return;
      }
      process.stderr.write(`  ✓ ${job.label} in ${seconds} s\n`);
      resolve(JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>);
    });
  });
}

function plan(): Job[] {
  const jobs: Job[] = [];
  if (wanted('text')) jobs.push({ section: 'text', label: 'text', args: [] });
  if (wanted('figures')) jobs.push({ section: 'figures', label: 'figures', args: [] });
  if (wanted('feeds')) jobs.push({ section: 'feeds', label: 'feeds', args: [] });
  if (wanted('cycle')) {
    for (const feeds of quick ? [100, 500] : [100, 500, 2000]) {
      jobs.push({ section: 'cycle', label: `cycle-${feeds}`, args: ['--feeds', String(feeds), '--cycles', quick ? '1' : feeds === 2000 ? '2' : '3'], nodeArgs: IMAGE_HEAP });
    }
    // What the default concurrency costs: the same 500 feeds four times as wide.
    if (!quick) jobs.push({ section: 'cycle', label: 'cycle-500-c32', args: ['--feeds', '500', '--cycles', '3', '--concurrency', '32'], nodeArgs: IMAGE_HEAP });
    // What the image's heap settings save: the 2,000 feeds again with V8's own sizing.
    if (!quick) jobs.push({ section: 'cycle', label: 'cycle-2000-v8default', args: ['--feeds', '2000', '--cycles', '1'] });
  }
  if (wanted('soak')) {
    jobs.push({ section: 'soak', label: 'soak', args: [], nodeArgs: IMAGE_HEAP });
    if (!quick) jobs.push({ section: 'soak', label: 'soak-v8default', args: [] });
  }
  if (wanted('ledger')) jobs.push({ section: 'ledger', label: 'ledger', args: [] });
  return jobs;
}

function collect(results: Map<string, Record<string, unknown> | null>): Sections {
  const get = (label: string): Record<string, unknown> | undefined => results.get(label) ?? undefined;
  const cycles = [...results.entries()].filter(([label, r]) => /^cycle-\d+$/.test(label) && r).map(([, r]) => r!);
  const variants = [...results.entries()]
    .filter(([label, r]) => /^cycle-\d+-/.test(label) && r)
    .map(([label, r]) => ({ ...r!, label: label.endsWith('-v8default') ? heapLabel(label) : `concurrency ${String(r!.concurrency)}` }));
  const soakDefault = get('soak-v8default');
  return {
    text: get('text'),
    figures: get('figures'),
    feeds: get('feeds'),
    cycles,
    cycleVariants: variants,
    soak: get('soak'),
    soakVariants: soakDefault ? [{ ...soakDefault, label: heapLabel('soak-v8default') }] : [],
    imageHeap: IMAGE_HEAP.join(' '),
    ledger: get('ledger'),
  };
}

function printProfiles(): void {
  if (!values.profile || !existsSync(profileDir)) return;
  for (const file of readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).sort()) {
    console.log(`\n${formatSummary(file, summariseProfile(join(profileDir, file), 12))}`);
  }
}

function updateDocs(markdown: string): void {
  for (const path of DOCS) {
    const doc = readFileSync(path, 'utf8');
    const start = '<!-- bench:table -->';
    const end = '<!-- /bench:table -->';
    const from = doc.indexOf(start);
    const to = doc.indexOf(end);
    if (from < 0 || to < from) {
      process.stderr.write(`${path} has no ${start} … ${end} markers; not updated\n`);
      continue;
    }
    writeFileSync(path, `${doc.slice(0, from + start.length)}\n${markdown}\n${doc.slice(to)}`);
  }
}

function header(run: { quick: boolean; generatedAt: string; minutes: number; machine: ReturnType<typeof describeMachine>; loadBefore: number[] }): string {
  const when = `${run.generatedAt.slice(0, 16).replace('T', ' ')} UTC`;
  return `${run.quick ? 'Quick run' : 'Full run'} ${when}, ${run.minutes} min · ${formatMachine(run.machine)} · load average before ${run.loadBefore.map((x) => x.toFixed(1)).join(' / ')}`;
}

if (values.from) {
  const saved = JSON.parse(readFileSync(values.from, 'utf8')) as { quick: boolean; generatedAt: string; minutes: number; machine: ReturnType<typeof describeMachine>; loadAverage: { before: number[] }; sections: Sections };
  const text = `${header({ ...saved, loadBefore: saved.loadAverage.before })}\n\n${renderTable(saved.sections, evaluateGoals(saved.sections))}`;
  console.log(text);
  if (values.docs) updateDocs(text);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}

const machine = describeMachine();
const startedAt = new Date();
const loadBefore = loadavg();
if (values.profile) mkdirSync(profileDir, { recursive: true });
const results = new Map<string, Record<string, unknown> | null>();
for (const job of plan()) results.set(job.label, await runJob(job));
rmSync(scratch, { recursive: true, force: true });

const sections = collect(results);
const goals = evaluateGoals(sections);
const table = renderTable(sections, goals);
const minutes = ((Date.now() - startedAt.getTime()) / 60_000).toFixed(1);
const title = header({ quick, generatedAt: startedAt.toISOString(), minutes: Number(minutes), machine, loadBefore });
console.log(`\n${title}\n\n${table}`);
printProfiles();

const outPath = values.out ?? join(BENCH, quick ? 'results.local.json' : 'results.json');
writeFileSync(
  outPath,
  `${JSON.stringify({ generatedAt: startedAt.toISOString(), quick, minutes: Number(minutes), machine, loadAverage: { before: loadBefore, after: loadavg() }, goals, sections }, null, 1)}\n`,
);
process.stderr.write(`\nwrote ${outPath}\n`);
if (values.docs) updateDocs(`${title}\n\n${table}`);
