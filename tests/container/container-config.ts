import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ContainerConfigOptions {
  feedUrls: string[];
  healthPort: number;
  graceMs: number;
  /** Long enough that only the shutdown grace can end a stalled page fetch. */
  fetchTimeoutMs?: number;
}

/**
 * A config a user would mount over the image's /app/config/default.yaml: their feeds (here the host's
 * sample server, reached over the host network), a fast schedule, health on a port of their choosing.
 */
export function writeContainerConfig(dir: string, options: ContainerConfigOptions): string {
  const path = join(dir, 'figurewatch.yaml');
  const feeds = options.feedUrls.map((url) => `  - { url: "${url}", outlet: "Caspian Wire (sample)" }`).join('\n');
  writeFileSync(
    path,
    `# Mounted read-only at /app/config/default.yaml by the container test.
schedule: { cron: "*/3 * * * * *", timezone: UTC, runOnStart: true }
feeds:
${feeds}
fetch: { allowPrivateAddresses: true, timeoutMs: ${options.fetchTimeoutMs ?? 10_000} }
health: { host: 127.0.0.1, port: ${options.healthPort} }
shutdown: { graceMs: ${options.graceMs} }
topics:
  - name: ru-az
    label: Russia–Azerbaijan
    subject: RU-AZ
    groups:
      - { name: russia, keywords: [Russia, Russian, Moscow, Putin, Россия, Москва] }
      - { name: azerbaijan, keywords: [Azerbaijan, Azerbaijani, Baku, Aliyev, Азербайджан, Баку] }
`,
    { mode: 0o644 },
  );
  return path;
}
