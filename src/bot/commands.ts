/**
 * The slash command definitions registered at start (PUT applications/{app}[/guilds/{guild}]/commands).
 * Topic and metric choices come from config and the model, so Discord offers only valid values; the
 * handlers validate again, because a stale registration or a hand-made request can send anything.
 */
import {
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandStringOption,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { ALL_METRICS } from '../model/index.ts';
import { metricLabel } from '../notify/format.ts';
import type { TopicInfo } from './types.ts';

export const KEYWORD_MAX = 100;
export const KEYWORD_MIN = 2;
/** Discord allows at most 25 choices; with more topics the option takes free text. */
const MAX_CHOICES = 25;

export function commandDefinitions(topics: TopicInfo[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const topicChoices = topics.length <= MAX_CHOICES ? topics.map((t) => ({ name: `${t.label} (${t.name})`.slice(0, 100), value: t.name })) : [];
  const keywordSubcommand = (name: 'add' | 'remove', description: string) => (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setName(name)
      .setDescription(description)
      .addStringOption((o) => o.setName('keyword').setDescription('A word or phrase, as it appears in articles').setRequired(true).setMaxLength(KEYWORD_MAX))
      .addStringOption((o) => withChoices(o.setName('topic').setDescription('Topic (default: the first configured topic)').setRequired(false), topicChoices));

  const watch = new SlashCommandBuilder()
    .setName('watch')
    .setDescription('Keywords figurewatch looks for in feed items')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand(keywordSubcommand('add', 'Watch a keyword (needs Manage Server)'))
    .addSubcommand(keywordSubcommand('remove', 'Stop watching a keyword added here (needs Manage Server)'))
    .addSubcommand((sub) => sub.setName('list').setDescription('Show watched keywords and where each comes from'));

  const figures = new SlashCommandBuilder()
    .setName('figures')
    .setDescription('The latest figures, with sources and agreement or conflict')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) =>
      o
        .setName('metric')
        .setDescription('Only this metric')
        .addChoices(...ALL_METRICS.map((m) => ({ name: metricLabel(m), value: m }))),
    )
    .addStringOption((o) => o.setName('period').setDescription('Only this period: 2023, 2024-H1, 2024-Q3, 2024-05').setMaxLength(21));

  const feeds = new SlashCommandBuilder()
    .setName('feeds')
    .setDescription('Health of each feed and of Discord delivery')
    .setContexts(InteractionContextType.Guild);

  return [watch.toJSON(), figures.toJSON(), feeds.toJSON()];
}

function withChoices(option: SlashCommandStringOption, choices: { name: string; value: string }[]): SlashCommandStringOption {
  return choices.length > 0 ? option.addChoices(...choices) : option;
}
