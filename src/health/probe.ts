import type { Config } from '../config/index.ts';

export interface ProbeResult {
  healthy: boolean;
  /** One line for the container engine's health log: the status and the reasons. */
  message: string;
}

export interface ProbeOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * The container HEALTHCHECK: asks the running `figurewatch run` for /healthz at the address its config
 * gives (so a config that moves health.port keeps the check working) and reports 200 as healthy.
 */
export async function probeHealth(config: Pick<Config, 'health'>, options: ProbeOptions = {}): Promise<ProbeResult> {
  const { enabled, host, port } = config.health;
  if (!enabled) return { healthy: true, message: 'health.enabled is false: nothing to check' };
  if (port === 0) return { healthy: true, message: 'health.port is 0 (a random port): nothing to check' };
  const url = `http://${probeHost(host)}:${port}/healthz`;
  try {
    const response = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 4_000) });
    const body = (await response.text()).trim();
    return { healthy: response.status === 200, message: `${url}: ${response.status} ${summarize(body)}` };
  } catch (error) {
    const cause = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message;
    return { healthy: false, message: `${url}: no answer (${cause})` };
  }
}

/** A wildcard bind address is reached on loopback; a specific one as given. */
export function probeHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '[::1]';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function summarize(body: string): string {
  try {
    const parsed = JSON.parse(body) as { status?: string; problems?: { message: string }[] };
    const reasons = (parsed.problems ?? []).map((p) => p.message).join('; ');
    return reasons ? `${parsed.status}: ${reasons}` : String(parsed.status);
  } catch {
    return body.slice(0, 300);
  }
}
