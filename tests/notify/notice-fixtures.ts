import { readFileSync } from 'node:fs';
import type { Notice } from '../../src/model/index.ts';
import { LIMITS, embedTextLength } from '../../src/notify/limits.ts';
import type { DiscordMessage } from '../../src/notify/types.ts';

const FIXTURE = new URL('../fixtures/notify/notices.json', import.meta.url);

/** The realistic notices in tests/fixtures/notify/notices.json (from the seed articles), fresh copies each call. */
export function loadNotices(): Notice[] {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as Notice[];
}

export function noticeOf(kind: Notice['kind'], metric?: Notice['metric']): Notice {
  const found = loadNotices().find((n) => n.kind === kind && (metric === undefined || n.metric === metric));
  if (!found) throw new Error(`no ${kind} ${metric ?? ''} notice in the fixture`);
  return found;
}

/** Every Discord limit a message body must respect, as a list of violations (empty = fits). */
export function limitViolations(message: DiscordMessage): string[] {
  const problems: string[] = [];
  const check = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  check('content', message.content?.length ?? 0, LIMITS.content);
  check('embeds', message.embeds.length, LIMITS.embeds);
  check('total', message.embeds.reduce((sum, e) => sum + embedTextLength(e), 0), LIMITS.embedsTotal);
  for (const [i, e] of message.embeds.entries()) {
    check(`embed ${i} title`, e.title?.length ?? 0, LIMITS.title);
    check(`embed ${i} description`, e.description?.length ?? 0, LIMITS.description);
    check(`embed ${i} footer`, e.footer?.text.length ?? 0, LIMITS.footer);
    check(`embed ${i} author`, e.author?.name.length ?? 0, LIMITS.author);
    check(`embed ${i} fields`, e.fields?.length ?? 0, LIMITS.fields);
    for (const f of e.fields ?? []) {
      check(`embed ${i} field name`, f.name.length, LIMITS.fieldName);
      check(`embed ${i} field value`, f.value.length, LIMITS.fieldValue);
      if (f.name.length === 0 || f.value.length === 0) problems.push(`embed ${i} has an empty field`);
    }
  }
  for (const text of strings(message)) {
    if (!text.isWellFormed()) problems.push('a lone surrogate (a code point was split)');
  }
  return problems;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}
