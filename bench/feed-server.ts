/**
 * The local feed server as its own process (so its memory and CPU are not the pipeline's):
 * `node bench/feed-server.ts --feeds N --latency 20-80`. Prints {"port":…} on stdout when listening.
 */
import { parseArgs } from 'node:util';
import { startFeedServer } from './lib/feed-server.ts';

const { values } = parseArgs({ options: { feeds: { type: 'string', default: '100' }, latency: { type: 'string', default: '20-80' } } });
const [minMs = 20, maxMs = 80] = (values.latency ?? '20-80').split('-').map(Number);
const { server, port } = await startFeedServer({ feeds: Number(values.feeds), minMs, maxMs });
process.stdout.write(`${JSON.stringify({ port })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
