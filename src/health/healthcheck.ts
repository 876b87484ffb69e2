// The image's HEALTHCHECK: `node src/health/healthcheck.ts [--config PATH]`. Exit 0 healthy, 1 not.
// It reads the same config as `figurewatch run` (FIGUREWATCH_CONFIG, else config/default.yaml) for the
// health address. An entry point like src/cli.ts: the only place here that touches process.env.
import { parseArgs } from 'node:util';
import { loadConfigFile, readEnv } from '../config/index.ts';
import { probeHealth } from './probe.ts';

const { values } = parseArgs({ options: { config: { type: 'string' } }, strict: true });
try {
  const config = loadConfigFile(values.config ?? readEnv(process.env).configPath);
  const result = await probeHealth(config);
  process.stdout.write(`${result.message}\n`);
  process.exitCode = result.healthy ? 0 : 1;
} catch (error) {
  process.stdout.write(`healthcheck: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
