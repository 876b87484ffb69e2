import { existsSync } from 'node:fs';
import { ALL_METRICS } from '../model/index.ts';
import { openLedger } from '../ledger/index.ts';
import { formatValue, metricLabel, periodLabel } from '../notify/format.ts';
import { formatOption, UsageError, type Command } from './context.ts';
import { loadSettings } from './settings.ts';

/** `figurewatch figures`: the latest claims in the ledger, newest first, with their sources. */
export const figures: Command = async (args, ctx) => {
  const format = formatOption(args, ['table', 'json'], 'table');
  if (args.metric && !(ALL_METRICS as readonly string[]).includes(args.metric)) {
    throw new UsageError(`--metric must be one of ${ALL_METRICS.join(', ')}`);
  }
  const { env } = loadSettings(args, ctx);
  if (!existsSync(env.dbPath)) {
    ctx.stderr.write(`figurewatch: no store at ${env.dbPath} yet (run a cycle first)\n`);
    return 1;
  }
  const ledger = openLedger(env.dbPath);
  try {
    const claims = ledger.claims.latest({ metric: args.metric, limit: 500 });
    if (format === 'json') {
      for (const { claim } of claims) ctx.stdout.write(`${JSON.stringify(claim)}\n`);
      return 0;
    }
    const rows = claims.map(({ claim }) => [
      metricLabel(claim.metric, claim.growthOf),
      claim.subject || '?',
      periodLabel(claim.period, claim.periodBasis),
      formatValue(claim),
      claim.source.outlet ?? new URL(claim.source.url).hostname,
      (claim.source.published ?? '').slice(0, 10),
    ]);
    ctx.stdout.write(table(['metric', 'subject', 'period', 'value', 'source', 'published'], rows));
  } finally {
    ledger.close();
  }
  return 0;
};

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
