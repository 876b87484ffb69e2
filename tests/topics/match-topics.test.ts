import { describe, expect, it } from 'vitest';
import { compileTopics, createTopicCompiler, explainTopics, matchTopics } from '../../src/topics/index.ts';
import type { TopicConfig } from '../../src/config/schema.ts';

const ruAz: TopicConfig = {
  name: 'ru-az',
  label: 'Russia–Azerbaijan',
  subject: 'RU-AZ',
  groups: [
    {
      name: 'russia',
      required: true,
      keywords: ['Russia*', 'Moscow', 'Kremlin', 'Россия', 'российск*', 'Москва', 'Кремль', 'Rusiya', 'Moskva'],
    },
    {
      name: 'azerbaijan',
      required: true,
      keywords: ['Azerbaijan*', 'Baku', 'Aliyev', 'Азербайджан', 'Баку', 'Алиев', 'Azərbaycan', 'Bakı', 'Əliyev'],
    },
  ],
  exclude: ['футбол*', 'football'],
};

const matcher = compileTopics([ruAz]);
const hits = (title: string, summary = ''): string[] | null =>
  matchTopics(matcher, { title, summary }).find((match) => match.topic === 'ru-az')?.keywords ?? null;

describe('matchTopics', () => {
  it('when an English headline names both countries, matches with both keywords', () => {
    expect(hits('Azerbaijan, Russia discuss trade along the North-South corridor')).toEqual(['Russia*', 'Azerbaijan*']);
  });

  it('when Russian case endings are used (Азербайджаном, Россией, Москвы), still matches', () => {
    expect(hits('Товарооборот между Азербайджаном и Россией вырос')).toEqual(['Россия', 'Азербайджан']);
    expect(hits('Делегация Москвы прибыла в Баку')).toEqual(['Москва', 'Баку']);
    expect(hits('Заявление Кремля о визите Алиева')).toEqual(['Кремль', 'Алиев']);
  });

  it('when Azerbaijani suffixes are attached (Rusiyanın, Azərbaycanla), matches', () => {
    expect(hits('Rusiyanın Azərbaycanla ticarət dövriyyəsi artıb')).toEqual(['Rusiya', 'Azərbaycan']);
  });

  it('when Azerbaijani letters are typed in ASCII (Rusiyanin, Azerbaycan, Baki), matches the same keywords', () => {
    expect(hits('Rusiyanin Azerbaycanla ticaret dovriyyesi')).toEqual(['Rusiya', 'Azərbaycan']);
    expect(hits('Moskva ve Baki arasinda danisiqlar')).toEqual(['Moskva', 'Bakı']);
  });

  it('when ə is spelled "a" in English (Aliyev) or "e", the Azerbaijani form Əliyev hits', () => {
    const onlyAz = compileTopics([{ ...ruAz, groups: [{ name: 'az', required: true, keywords: ['Əliyev'] }] }]);
    expect(matchTopics(onlyAz, { title: 'President Aliyev spoke' })).toHaveLength(1);
    expect(matchTopics(onlyAz, { title: 'Prezident Eliyev' })).toHaveLength(1);
    expect(matchTopics(onlyAz, { title: 'Prezident İlham Əliyev' })).toHaveLength(1);
  });

  it('when text is upper case, uses ё or full-width letters, still matches after NFKC and folding', () => {
    expect(hits('РОССИЯ И АЗЕРБАЙДЖАН')).not.toBeNull();
    expect(hits('Ｒｕｓｓｉａ and Ａｚｅｒｂａｉｊａｎ')).not.toBeNull();
    const yo = compileTopics([{ ...ruAz, groups: [{ name: 'g', required: true, keywords: ['объём торговли'] }] }]);
    expect(matchTopics(yo, { title: 'Объем торговли вырос' })).toHaveLength(1);
  });

  it('when a keyword only occurs inside a longer word ("Iran" in "Tirana"), does not match', () => {
    const iran = compileTopics([{ ...ruAz, groups: [{ name: 'iran', required: true, keywords: ['Iran'] }] }]);
    expect(matchTopics(iran, { title: 'Flights from Tirana resume' })).toEqual([]);
    expect(matchTopics(iran, { title: 'Iran and Azerbaijan' })).toHaveLength(1);
    expect(matchTopics(compileTopics([{ ...ruAz, groups: [{ name: 'p', required: true, keywords: ['Putin'] }] }]), {
      title: 'Rasputin biography',
    })).toEqual([]);
  });

  it('when the countries form one hyphenated word (российско-азербайджанский), both groups hit', () => {
    const stems = compileTopics([
      { ...ruAz, groups: [{ name: 'ru', required: true, keywords: ['российск*'] }, { name: 'az', required: true, keywords: ['азербайдж*'] }] },
    ]);
    expect(matchTopics(stems, { title: 'Российско-азербайджанский бизнес-форум открылся' })[0]?.keywords).toEqual([
      'российск*',
      'азербайдж*',
    ]);
  });

  it('when a keyword touches a digit or a letter of another script, it is not a word on its own', () => {
    const baku = compileTopics([{ ...ruAz, groups: [{ name: 'b', required: true, keywords: ['Baku'] }] }]);
    expect(matchTopics(baku, { title: 'Baku2024 summit' })).toEqual([]);
    expect(matchTopics(baku, { title: 'Baku, 2024' })).toHaveLength(1);
  });

  it('when a multi-word keyword is split by a line break or a dash, it still hits', () => {
    const corridor = compileTopics([{ ...ruAz, groups: [{ name: 'c', required: true, keywords: ['North South corridor'] }] }]);
    expect(matchTopics(corridor, { title: 'Trade on the North–South\ncorridor grew' })).toHaveLength(1);
  });

  it('when only one required group hits, does not match', () => {
    expect(hits('Russia raises its key rate')).toBeNull();
    expect(hits('Baku hosts energy week')).toBeNull();
  });

  it('when an excluded keyword hits, does not match even though every group hits', () => {
    expect(hits('Россия — Азербайджан: футбольный матч перенесён')).toBeNull();
  });

  it('when the keywords are only in the body, matches', () => {
    expect(matchTopics(matcher, { title: 'Trade news', body: 'Russia and Azerbaijan signed...' })).toHaveLength(1);
  });

  it('when a run-time keyword extends a group, that form counts for the group', () => {
    const extended = compileTopics([ruAz], [{ topic: 'ru-az', keyword: 'Nakhchivan', group: 'azerbaijan' }]);
    expect(matchTopics(extended, { title: 'Russian grain arrives in Nakhchivan' })[0]?.keywords).toEqual([
      'Russia*',
      'Nakhchivan',
    ]);
  });

  it('when a run-time keyword names no group, it widens the topic on its own', () => {
    const widened = compileTopics([ruAz], [{ topic: 'ru-az', keyword: 'Zangezur corridor' }]);
    expect(matchTopics(widened, { title: 'Talks on the Zangezur corridor resume' })).toEqual([
      { topic: 'ru-az', keywords: ['Zangezur corridor'] },
    ]);
  });

  it('when a run-time keyword names an unknown topic, that topic is created with it', () => {
    const created = compileTopics([ruAz], [{ topic: 'caspian', keyword: 'Caspian' }]);
    expect(matchTopics(created, { title: 'Caspian summit in Tehran' })).toEqual([{ topic: 'caspian', keywords: ['Caspian'] }]);
  });

  it('when a run-time keyword has no letter or digit ("*"), it is ignored instead of matching everything', () => {
    const careless = compileTopics([ruAz], [{ topic: 'ru-az', keyword: '*' }, { topic: 'ru-az', keyword: '"-"' }]);
    expect(matchTopics(careless, { title: 'Weather in Tirana' })).toEqual([]);
  });

  it('when asked why, explains which groups hit and which did not', () => {
    const [explanation] = explainTopics(matcher, { title: 'Russia raises its key rate' });
    expect(explanation?.matched).toBe(false);
    expect(explanation?.groups).toEqual([
      { group: 'russia', required: true, hits: ['Russia*'] },
      { group: 'azerbaijan', required: true, hits: [] },
    ]);
  });

  it('when the extra keywords are unchanged, the caching compiler returns the same matcher; when they change, a new one', () => {
    const compile = createTopicCompiler();
    const topics = [ruAz];
    const first = compile(topics, [{ topic: 'ru-az', keyword: 'Nakhchivan' }]);
    expect(compile(topics, [{ topic: 'ru-az', keyword: 'Nakhchivan' }])).toBe(first);
    const changed = compile(topics, [{ topic: 'ru-az', keyword: 'Shusha' }]);
    expect(changed).not.toBe(first);
    expect(matchTopics(changed, { title: 'Shusha forum' })).toEqual([{ topic: 'ru-az', keywords: ['Shusha'] }]);
  });
});
