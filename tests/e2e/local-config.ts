import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A config file for a test: the default topics, the given feeds, a fast schedule, health on a free port. */
export function writeLocalConfig(dir: string, feeds: { url: string; outlet: string }[], extra = '', fetch = '{ allowPrivateAddresses: true, timeoutMs: 5000 }'): string {
  const path = join(dir, 'config.yaml');
  const feedLines = feeds.map((feed) => `  - { url: "${feed.url}", outlet: "${feed.outlet}" }`).join('\n');
  writeFileSync(
    path,
    `schedule: { cron: "*/2 * * * * *", timezone: UTC, runOnStart: true }
feeds:
${feedLines}
fetch: ${fetch}
health: { host: 127.0.0.1, port: 0 }
shutdown: { graceMs: 5000 }
topics:
  - name: ru-az
    label: Russia–Azerbaijan
    subject: RU-AZ
    groups:
      - { name: russia, keywords: [Russia, Russian, Moscow, Putin, Россия, Москва] }
      - { name: azerbaijan, keywords: [Azerbaijan, Azerbaijani, Baku, Aliyev, Азербайджан, Баку] }
${extra}`,
  );
  return path;
}
