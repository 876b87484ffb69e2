/**
 * Routes a slash command to its handler. Every reply passes the same checks as notices (limits,
 * escaping); start-bot.ts adds the ephemeral flag and disables mentions.
 */
import { LIMITS, clampEmbed } from '../notify/limits.ts';
import type { DiscordMessage } from '../notify/types.ts';
import { handleFeeds, handleFigures } from './handle-info.ts';
import { handleWatch, text } from './handle-watch.ts';
import type { BotDeps, CommandInput } from './types.ts';

export function handleCommand(input: CommandInput, deps: BotDeps): DiscordMessage {
  const reply = dispatch(input, deps);
  return { ...reply, embeds: reply.embeds.slice(0, LIMITS.embeds).map(clampEmbed) };
}

function dispatch(input: CommandInput, deps: BotDeps): DiscordMessage {
  try {
    switch (input.command) {
      case 'watch':
        return handleWatch(input, deps);
      case 'figures':
        return handleFigures(input, deps);
      case 'feeds':
        return handleFeeds(deps);
      default:
        return text(`Unknown command \`/${input.command.replace(/`/g, '')}\`.`);
    }
  } catch (error) {
    deps.log.error({ err: error, command: input.command, subcommand: input.subcommand }, 'bot: command failed');
    return text('Something went wrong while answering; the error was logged.');
  }
}
