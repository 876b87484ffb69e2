import type { BotStore, FeedHealthRow, FigureStatus, TopicInfo, WatchedKeyword } from '../../src/bot/types.ts';
import type { TargetBlock } from '../../src/notify/types.ts';

/** The BotStore contract in memory: config keywords are fixed, Discord ones can be added and removed. */
export class MemoryBotStore implements BotStore {
  added: (WatchedKeyword & { byId: string })[] = [];
  claims: FigureStatus[] = [];
  feeds: FeedHealthRow[] = [];
  blocked: TargetBlock[] = [];
  readonly topicList: TopicInfo[];
  readonly configKeywords: WatchedKeyword[];

  constructor(topics: TopicInfo[], configKeywords: Record<string, string[]>) {
    this.topicList = topics;
    this.configKeywords = Object.entries(configKeywords).flatMap(([topic, words]) => words.map((keyword) => ({ topic, keyword, source: 'config' as const })));
  }

  topics(): TopicInfo[] {
    return this.topicList;
  }

  listKeywords(): WatchedKeyword[] {
    return [...this.configKeywords, ...this.added.map(({ byId: _byId, ...k }) => k)];
  }

  addKeyword(topic: string, keyword: string, by: { id: string; name: string }, at: Date): void {
    this.added.push({ topic, keyword, source: 'discord', addedBy: by.name, addedAt: at.toISOString(), byId: by.id });
  }

  removeKeyword(topic: string, keyword: string): boolean {
    const before = this.added.length;
    this.added = this.added.filter((k) => !(k.topic === topic && k.keyword.toLowerCase() === keyword.toLowerCase()));
    return this.added.length < before;
  }

  latestClaims(query: { metric?: string; period?: string; limit: number }): FigureStatus[] {
    return this.claims
      .filter((s) => (!query.metric || s.claim.metric === query.metric) && (!query.period || s.claim.period === query.period))
      .slice(0, query.limit);
  }

  feedHealth(): FeedHealthRow[] {
    return this.feeds;
  }

  blockedTargets(): TargetBlock[] {
    return this.blocked;
  }
}
