import { createApp } from '../app.ts';
import { serveSample } from '../sample/serve-sample.ts';
import { formatOption, type Command } from './context.ts';
import { loadSettings } from './settings.ts';

/**
 * `figurewatch once [--sample]`: one cycle now, delivery of what is pending, exit 0 even when feeds
 * failed (their failures are stored and logged). --sample polls the bundled sample on 127.0.0.1.
 */
export const once: Command = async (args, ctx) => {
  const format = formatOption(args, ['text', 'json'], 'text');
  const settings = loadSettings(args, ctx, { checkDiscord: true });
  const sample = args.sample ? await serveSample(ctx.now) : null;
  try {
    const app = createApp({ settings, ctx, output: format, feeds: sample?.feeds, allowedAddresses: sample ? ['127.0.0.1'] : [] });
    try {
      const { report, delivery } = await app.cycle();
      app.log.info({ feeds: report.feeds, items: report.items, findings: report.findings, delivery: { sent: delivery.sent, retried: delivery.retried, failed: delivery.failed } }, 'cycle finished');
      for (const block of delivery.blocked) app.log.error({ target: block.label, code: block.code }, `notify: ${block.error}`);
    } finally {
      await app.close();
    }
  } finally {
    await sample?.close();
  }
  return 0;
};
