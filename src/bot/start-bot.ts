/**
 * The bot's gateway session: log in, register the slash commands (guild-scoped when a guild id is set:
 * instant; global ones can take up to an hour to appear), and answer INTERACTION_CREATE. Replies are
 * ephemeral and mention nobody. This is the only place a discord.js interaction is touched.
 */
import {
  Client,
  Events,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { DEFAULT_API_URL } from '../notify/targets.ts';
import { commandDefinitions } from './commands.ts';
import { handleCommand } from './handle-command.ts';
import type { BotDeps, CommandInput } from './types.ts';

export interface BotHandle {
  applicationId: string;
  stop(): Promise<void>;
}

export async function startBot(deps: BotDeps): Promise<BotHandle> {
  const client = new Client({ intents: [], rest: { api: deps.apiUrl ?? DEFAULT_API_URL }, allowedMentions: { parse: [] } });
  client.on(Events.InteractionCreate, (interaction) => {
    void answer(interaction, deps);
  });
  client.on(Events.Error, (error) => deps.log.error({ err: error }, 'bot: gateway error'));
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(deps.token);
    const readyClient = await ready;
    const applicationId = readyClient.application.id;
    await registerCommands(readyClient, applicationId, deps);
    return { applicationId, stop: () => client.destroy() };
  } catch (error) {
    await client.destroy();
    throw new Error(`bot: could not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function registerCommands(client: Client<true>, applicationId: string, deps: BotDeps): Promise<void> {
  const route = deps.guildId ? Routes.applicationGuildCommands(applicationId, deps.guildId) : Routes.applicationCommands(applicationId);
  await client.rest.put(route, { body: commandDefinitions(deps.store.topics()) });
  deps.log.info({ applicationId, guildId: deps.guildId ?? null }, `bot: slash commands registered ${deps.guildId ? 'in the guild' : 'globally'}`);
}

async function answer(interaction: Interaction, deps: BotDeps): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  const reply = handleCommand(toInput(interaction), deps);
  try {
    await interaction.reply({
      ...(reply.content ? { content: reply.content } : {}),
      embeds: reply.embeds,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
  } catch (error) {
    deps.log.error({ err: error, command: interaction.commandName }, 'bot: could not reply to a command');
  }
}

function toInput(interaction: ChatInputCommandInteraction): CommandInput {
  const options: Record<string, string | undefined> = {};
  for (const name of ['keyword', 'topic', 'metric', 'period']) {
    const value = interaction.options.get(name)?.value;
    if (value !== undefined) options[name] = String(value);
  }
  const permissions = interaction.memberPermissions;
  return {
    command: interaction.commandName,
    subcommand: interaction.options.getSubcommand(false),
    options,
    member: interaction.inGuild()
      ? {
          id: interaction.user.id,
          name: interaction.user.globalName ?? interaction.user.username,
          // Administrator implies it (PermissionsBitField#has checks admin by default).
          canManageGuild: permissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
        }
      : null,
  };
}
