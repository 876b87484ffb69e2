/**
 * The contract between bench/run.ts and a section script: a section runs in its own process
 * (`node bench/sections/<name>.ts --out FILE [--quick] [...]`), logs progress on stderr and writes
 * one JSON object to --out (stdout when absent). Own process = own heap, own peak RSS, no JIT
 * state or garbage carried over from the section before.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { peakRssMiB, round } from './measure.ts';

export interface SectionOptions {
  quick: boolean;
  /** Extra --key value options a section understands (e.g. --feeds 500). */
  values: Record<string, string | undefined>;
}

export async function runSection(name: string, body: (options: SectionOptions) => Promise<object>): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'cache-statements': { type: 'boolean', default: false },
      feeds: { type: 'string' },
      cycles: { type: 'string' },
      concurrency: { type: 'string' },
      port: { type: 'string' },
      claims: { type: 'string' },
      part: { type: 'string' },
    },
    allowPositionals: false,
  });
  const started = performance.now();
  const result = await body({ quick: values.quick ?? false, values: { ...values, quick: undefined, 'cache-statements': values['cache-statements'] ? 'yes' : undefined } as Record<string, string | undefined> });
  const output = { section: name, ...result, sectionSeconds: round((performance.now() - started) / 1000, 1), sectionPeakRssMiB: round(peakRssMiB(), 1) };
  const json = JSON.stringify(output, null, 1);
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(`${json}\n`);
}
