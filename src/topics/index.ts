import type { TopicConfig } from '../config/schema.ts';
import type { TopicMatch } from '../model/feed.ts';
import { foldText } from './fold-text.ts';
import { keywordSource } from './keyword-pattern.ts';

export { foldText } from './fold-text.ts';
export { keywordSource } from './keyword-pattern.ts';

/** A keyword added at run time (Discord /watch); `group` names a group of the topic to extend. */
export interface ExtraKeyword {
  topic: string;
  keyword: string;
  group?: string;
}

interface CompiledGroup {
  name: string;
  required: boolean;
  keywords: string[];
  /** All keywords of the group in one regex; capture group i+1 is keyword i. */
  pattern: RegExp | null;
}

interface CompiledTopic {
  name: string;
  groups: CompiledGroup[];
  exclude: CompiledGroup;
  /** Extra keywords without a group widen the topic: any one of them is enough. */
  extra: CompiledGroup;
}

export interface TopicMatcher {
  readonly topics: readonly CompiledTopic[];
}

export interface TopicDocument {
  title: string;
  summary?: string;
  body?: string;
}

export interface GroupExplanation {
  group: string;
  required: boolean;
  hits: string[];
}

export interface TopicExplanation {
  topic: string;
  matched: boolean;
  groups: GroupExplanation[];
  excludedBy: string[];
  extraHits: string[];
}

/** Compiles topics (and run-time extras) once; matching is then one regex pass per group. */
export function compileTopics(topics: readonly TopicConfig[], extra: readonly ExtraKeyword[] = []): TopicMatcher {
  const compiled = topics.map((topic) => compileTopic(topic, extra.filter((entry) => entry.topic === topic.name)));
  const known = new Set(topics.map((topic) => topic.name));
  const orphanNames = [...new Set(extra.filter((entry) => !known.has(entry.topic)).map((entry) => entry.topic))];
  for (const name of orphanNames) {
    const keywords = extra.filter((entry) => entry.topic === name).map((entry) => entry.keyword);
    compiled.push(compileTopic({ name, label: name, subject: name, groups: [{ name: 'watched', required: true, keywords }], exclude: [] }, []));
  }
  return { topics: compiled };
}

/**
 * A compileTopics that recompiles only when the topics or the extra keywords changed, for
 * callers that ask for the matcher per item (keywords can change from Discord mid-run).
 */
export function createTopicCompiler(): (topics: readonly TopicConfig[], extra?: readonly ExtraKeyword[]) => TopicMatcher {
  let last: { topics: readonly TopicConfig[]; key: string; matcher: TopicMatcher } | null = null;
  return (topics, extra = []) => {
    const key = JSON.stringify(extra.map((entry) => [entry.topic, entry.keyword, entry.group ?? null]));
    if (last?.topics !== topics || last.key !== key) last = { topics, key, matcher: compileTopics(topics, extra) };
    return last.matcher;
  };
}

export function matchTopics(matcher: TopicMatcher, doc: TopicDocument): TopicMatch[] {
  return explainTopics(matcher, doc)
    .filter((explanation) => explanation.matched)
    .map((explanation) => ({ topic: explanation.topic, keywords: keywordsOf(explanation) }));
}

/** Per topic and group, what hit and what did not: for `figurewatch feed` ("why did it post nothing?"). */
export function explainTopics(matcher: TopicMatcher, doc: TopicDocument): TopicExplanation[] {
  const text = foldText([doc.title, doc.summary ?? '', doc.body ?? ''].join('\n'));
  return matcher.topics.map((topic) => {
    const groups = topic.groups.map((group) => ({ group: group.name, required: group.required, hits: hitsOf(group, text) }));
    const excludedBy = hitsOf(topic.exclude, text);
    const extraHits = hitsOf(topic.extra, text);
    const required = groups.filter((group) => group.required);
    const groupsHold = required.length > 0 ? required.every((group) => group.hits.length > 0) : groups.some((g) => g.hits.length > 0);
    return { topic: topic.name, matched: excludedBy.length === 0 && (groupsHold || extraHits.length > 0), groups, excludedBy, extraHits };
  });
}

function keywordsOf(explanation: TopicExplanation): string[] {
  return [...new Set([...explanation.groups.flatMap((group) => group.hits), ...explanation.extraHits])];
}

function compileTopic(topic: TopicConfig, extra: readonly ExtraKeyword[]): CompiledTopic {
  const groupNames = new Set(topic.groups.map((group) => group.name));
  const groups = topic.groups.map((group) => {
    const added = extra.filter((entry) => entry.group === group.name).map((entry) => entry.keyword);
    return compileGroup(group.name, group.required, [...group.keywords, ...added]);
  });
  const widening = extra.filter((entry) => entry.group === undefined || !groupNames.has(entry.group));
  return {
    name: topic.name,
    groups,
    exclude: compileGroup('exclude', false, topic.exclude),
    extra: compileGroup('extra', false, widening.map((entry) => entry.keyword)),
  };
}

function compileGroup(name: string, required: boolean, keywords: readonly string[]): CompiledGroup {
  // A keyword without a letter or digit ("*", "--") would match everywhere: ignore it.
  const unique = [...new Set(keywords.map((keyword) => keyword.trim()).filter((keyword) => /[\p{L}\p{N}]/u.test(keyword)))];
  const pattern = unique.length === 0 ? null : new RegExp(unique.map((keyword) => `(${keywordSource(keyword)})`).join('|'), 'gu');
  return { name, required, keywords: unique, pattern };
}

function hitsOf(group: CompiledGroup, text: string): string[] {
  if (group.pattern === null) return [];
  const hit = new Set<number>();
  for (const match of text.matchAll(group.pattern)) {
    const index = match.findIndex((value, position) => position > 0 && value !== undefined);
    if (index > 0) hit.add(index - 1);
  }
  return [...hit].sort((a, b) => a - b).map((index) => group.keywords[index] ?? '');
}
