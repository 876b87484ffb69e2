import type { Config, FeedConfig } from '../config/index.ts';
import type { Fetcher } from '../fetch/index.ts';
import type { Ledger, NoticePolicy } from '../ledger/index.ts';
import type { Logger } from '../log/create-logger.ts';
import type { TopicMatcher } from '../topics/index.ts';

/** Everything a cycle needs, built once by src/app.ts (or a test) and passed in. */
export interface PipelineDeps {
  config: Config;
  /** The feeds to poll: the configured ones, or the bundled sample's. */
  feeds: readonly FeedConfig[];
  ledger: Ledger;
  fetcher: Fetcher;
  /** The current keyword matcher: config keywords plus those added from Discord. */
  matcher: () => TopicMatcher;
  policy: NoticePolicy;
  siteRules?: Record<string, string>;
  log: Logger;
  now: () => Date;
  /** The outbox target for feed failing/recovered messages; null posts none (stdout output). */
  feedHealthTarget: string | null;
}
