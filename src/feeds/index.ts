export { parseFeed } from './parse-feed.ts';
export { canonicalizeUrl } from './canonical-url.ts';
export { parseFeedDate } from './parse-date.ts';
export { itemKeys, normaliseTitle, sharedLinks } from './item-identity.ts';
export type { ItemKeys } from './item-identity.ts';
export { nextFeedState, isDue, isItemFreshEnough, initialFeedState, backoffDelayMs } from './feed-state.ts';
export type { FeedState, PollOutcome, FeedStatePolicy } from './feed-state.ts';
