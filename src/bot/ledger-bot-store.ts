import type { Config } from '../config/index.ts';
import type { FeedState } from '../feeds/index.ts';
import { overlaps } from '../findings/index.ts';
import type { Ledger } from '../ledger/index.ts';
import { keyOf } from '../ledger/claim-store.ts';
import { toNoticeClaim } from '../model/index.ts';
import type { BotStore, FeedHealthRow, FigureStatus, WatchedKeyword } from './types.ts';

/** The slash commands' view of config and ledger: keywords from both, claims with agreement, feed health. */
export function createLedgerBotStore(config: Config, ledger: Ledger, feeds: readonly { url: string; outlet: string }[] = config.feeds): BotStore {
  return {
    topics: () => config.topics.map((topic) => ({ name: topic.name, label: topic.label })),
    listKeywords: () => [...configKeywords(config), ...storedKeywords(ledger)],
    addKeyword(topic, keyword, by, at) {
      ledger.keywords.add(topic, keyword, by.name, at);
    },
    removeKeyword(topic, keyword) {
      const stored = ledger.keywords.list().find((k) => k.topic === topic && k.keyword.toLowerCase() === keyword.toLowerCase());
      return stored ? ledger.keywords.remove(topic, stored.keyword) : false;
    },
    latestClaims: (query) => latestClaims(ledger, query),
    feedHealth: () => feedHealth(ledger, feeds),
    blockedTargets: () => ledger.outbox.blockedTargets(),
  };
}

function configKeywords(config: Config): WatchedKeyword[] {
  return config.topics.flatMap((topic) =>
    topic.groups.flatMap((group) => group.keywords.map((keyword) => ({ topic: topic.name, keyword, source: 'config' as const }))),
  );
}

function storedKeywords(ledger: Ledger): WatchedKeyword[] {
  return ledger.keywords.list().map((k) => ({ topic: k.topic, keyword: k.keyword, source: 'discord' as const, addedBy: k.addedBy, addedAt: k.addedAt }));
}

/**
 * Reported figures only (no targets or rates), each with the other sources' positions on its key (their
 * latest article's claims, as the comparison sees them): a source that repeated itself counts once.
 */
function latestClaims(ledger: Ledger, query: { metric?: string; period?: string; limit: number }): FigureStatus[] {
  return ledger.claims.latest({ ...query, comparable: true }).map((entry) => {
    const others = ledger.claims.positions(keyOf(entry.claim)).filter((other) => other.sourceKey !== entry.sourceKey);
    const agreeing = others.filter((other) => overlaps(other.interval, entry.interval));
    return {
      claim: toNoticeClaim(entry.claim),
      agreeing: [...new Map(agreeing.map((other) => [other.sourceKey, other.claim.source])).values()],
      conflicting: others.filter((other) => !overlaps(other.interval, entry.interval)).map((other) => toNoticeClaim(other.claim)),
    };
  });
}

function feedHealth(ledger: Ledger, feeds: readonly { url: string; outlet: string }[]): FeedHealthRow[] {
  const states = new Map(ledger.feeds.all<FeedState>().map((row) => [row.url, row.state]));
  return feeds.map((feed) => {
    const state = states.get(feed.url);
    return {
      url: feed.url,
      outlet: feed.outlet,
      lastSuccessAt: state?.lastSuccessAt ?? null,
      consecutiveFailures: state?.consecutiveFailures ?? 0,
      lastFailureKind: state?.consecutiveFailures ? state.lastFailureKind : null,
      lastError: state?.consecutiveFailures ? state.lastError : null,
      nextAttemptAt: state?.nextAttemptAt ?? null,
    };
  });
}
