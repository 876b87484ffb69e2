/**
 * /watch add | remove | list. Pure over BotStore: validation, the permission rule and the replies.
 * Changing keywords needs Manage Server; config-file keywords are read-only here (the list says so).
 */
import { LIMITS, truncate } from '../notify/limits.ts';
import { safeInline } from '../notify/format.ts';
import type { DiscordMessage } from '../notify/types.ts';
import { KEYWORD_MAX, KEYWORD_MIN } from './commands.ts';
import type { BotDeps, CommandInput, TopicInfo, WatchedKeyword } from './types.ts';

const NEEDS_PERMISSION = 'Changing watched keywords needs the **Manage Server** permission.';

export function handleWatch(input: CommandInput, deps: BotDeps): DiscordMessage {
  if (input.subcommand === 'list') return listKeywords(deps);
  if (input.subcommand !== 'add' && input.subcommand !== 'remove') return text(`Unknown subcommand \`${safeInline(input.subcommand ?? '')}\`.`);
  if (!input.member?.canManageGuild) return text(NEEDS_PERMISSION);
  const topic = resolveTopic(input.options.topic, deps.store.topics());
  if ('error' in topic) return text(topic.error);
  const keyword = normalizeKeyword(input.options.keyword ?? '');
  if ('error' in keyword) return text(keyword.error);
  const existing = deps.store
    .listKeywords()
    .find((k) => k.topic === topic.name && k.keyword.toLocaleLowerCase() === keyword.value.toLocaleLowerCase());
  const shown = `“${safeInline(keyword.value)}”`;
  const where = `**${safeInline(topic.label)}**`;
  if (input.subcommand === 'add') {
    if (existing) return text(`${shown} is already watched in ${where} (${existing.source === 'config' ? 'from the config file' : `added in Discord${existing.addedBy ? ` by ${safeInline(existing.addedBy)}` : ''}`}).`);
    deps.store.addKeyword(topic.name, keyword.value, { id: input.member.id, name: input.member.name }, deps.now());
    deps.log.info({ topic: topic.name, keyword: keyword.value, by: input.member.name }, 'bot: keyword added');
    return text(`Now watching ${shown} in ${where}. It applies from the next cycle.`);
  }
  if (existing?.source === 'config') return text(`${shown} comes from the config file; remove it there. Only keywords added in Discord can be removed here.`);
  if (!existing || !deps.store.removeKeyword(topic.name, keyword.value)) return text(`${shown} is not watched in ${where}.`);
  deps.log.info({ topic: topic.name, keyword: keyword.value, by: input.member.name }, 'bot: keyword removed');
  return text(`Stopped watching ${shown} in ${where}. It applies from the next cycle.`);
}

/** Trimmed, inner whitespace collapsed, NFC; refused when empty, too short, too long or multi-line. */
export function normalizeKeyword(raw: string): { value: string } | { error: string } {
  if (/[\u0000-\u001f\u007f]/.test(raw.trim())) return { error: 'The keyword must be a single line of text.' };
  const value = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (value.length === 0) return { error: 'The keyword is empty. Give a word or phrase, e.g. `/watch add keyword: Nakhchivan`.' };
  if ([...value].length < KEYWORD_MIN) return { error: `The keyword is too short: at least ${KEYWORD_MIN} characters, so it does not match everything.` };
  if ([...value].length > KEYWORD_MAX) return { error: `The keyword is too long: ${[...value].length} characters, at most ${KEYWORD_MAX}.` };
  return { value };
}

function resolveTopic(name: string | undefined, topics: TopicInfo[]): TopicInfo | { error: string } {
  const wanted = name?.trim();
  const found = wanted ? topics.find((t) => t.name === wanted) : topics[0];
  if (found) return found;
  if (topics.length === 0) return { error: 'No topics are configured.' };
  const known = topics.map((t) => `\`${t.name}\` (${safeInline(t.label)})`).join(', ');
  return { error: truncate(`Unknown topic “${safeInline(wanted ?? '')}”. Topics: ${known}.`, LIMITS.content) };
}

function listKeywords(deps: BotDeps): DiscordMessage {
  const keywords = deps.store.listKeywords();
  const fields = deps.store
    .topics()
    .slice(0, LIMITS.fields)
    .map((topic) => ({ name: truncate(`${topic.label} (${topic.name})`, LIMITS.fieldName), value: topicKeywords(keywords.filter((k) => k.topic === topic.name)) }));
  return {
    embeds: [
      {
        title: 'Watched keywords',
        description: 'From the config file, plus those added here with `/watch add` (they apply from the next cycle).',
        color: 0x5865f2,
        fields,
      },
    ],
  };
}

function topicKeywords(keywords: WatchedKeyword[]): string {
  const fromConfig = keywords.filter((k) => k.source === 'config').map((k) => safeInline(k.keyword));
  const fromDiscord = keywords.filter((k) => k.source === 'discord').map((k) => `${safeInline(k.keyword)}${k.addedBy ? ` (by ${safeInline(k.addedBy)})` : ''}`);
  const config = truncate(`**Config file:** ${fromConfig.join(', ') || 'none'}`, 600);
  const discord = `**Added in Discord:** ${fromDiscord.join(', ') || 'none'}`;
  return truncate(`${config}\n${discord}`, LIMITS.fieldValue);
}

export function text(content: string): DiscordMessage {
  return { content: truncate(content, LIMITS.content), embeds: [] };
}
