import type { Config } from '../config/index.ts';
import type { NoticePolicy } from '../ledger/index.ts';
import type { Finding, Notice, TopicMatch } from '../model/index.ts';

/**
 * Which findings become notices: trade and security figures whose subject is a matched topic's subject
 * (a flow "RU>AZ" belongs to the pair "RU-AZ"); corroborations only when configured.
 */
export function createNoticePolicy(config: Config, route: (notice: Notice) => string): NoticePolicy {
  const subjectOfTopic = new Map(config.topics.map((topic) => [topic.name, topic.subject]));
  return {
    topicFor(finding: Finding, topics: TopicMatch[]): TopicMatch | null {
      if (finding.claim.category === 'other') return null;
      if (finding.kind === 'corroboration' && !config.notify.postCorroborations) return null;
      return topics.find((match) => sameParties(finding.claim.subject, subjectOfTopic.get(match.topic) ?? '')) ?? null;
    },
    route,
  };
}

/** "RU>AZ", "AZ>RU", "AZ-RU" and "RU-AZ" all concern the same two parties. */
export function sameParties(subject: string, topicSubject: string): boolean {
  if (!subject || !topicSubject) return false;
  return partiesOf(subject) === partiesOf(topicSubject);
}

function partiesOf(subject: string): string {
  return subject
    .toUpperCase()
    .split(/[-<>]/)
    .filter(Boolean)
    .sort()
    .join('-');
}
