import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.ts';
import { compileTopics, matchTopics } from '../../src/topics/index.ts';

const config = configSchema.parse(parse(readFileSync(new URL('../../config/default.yaml', import.meta.url), 'utf8')));
const matcher = compileTopics(config.topics);
const matchesRuAz = (title: string, summary = '') => matchTopics(matcher, { title, summary }).some((match) => match.topic === 'ru-az');

describe('the default ru-az topic in config/default.yaml', () => {
  it.each([
    ['Azerbaijan, Russia discuss expansion of trade along North-South corridor'],
    ["Russia's deputy PM Overchuk arrives in Baku"],
    ['Aliyev and Putin hold phone call'],
    ['Kremlin comments on the AZAL plane crash report from Azerbaijan'],
    ['Товарооборот между Азербайджаном и Россией превысил $4 млрд'],
    ['Оверчук: российско-азербайджанская межправкомиссия соберётся в Баку'],
    ['Лавров и Байрамов обсудили мирный договор'],
    ['Алиев принял делегацию из Москвы'],
    ['РФ и Азербайджан подписали соглашение о транзите'],
    ['Rusiya ilə Azərbaycan arasında ticarət dövriyyəsi artıb'],
    ['Prezident İlham Əliyev Rusiyanın baş nazirinin müavinini qəbul edib'],
    ['Moskvada Azerbaycan medeniyyeti gunleri kecirilir'],
  ])('matches %j', (title) => {
    expect(matchesRuAz(title)).toBe(true);
  });

  it.each([
    ['Russia raises its key rate to 16%'],
    ['Baku Energy Week opens with 40 delegations'],
    ['Tirana and Yerevan sign a tourism memorandum'],
    ['Рассвет над Бакуриани: туристический сезон открыт'],
    ['Kazakhstan and Uzbekistan agree on water sharing'],
  ])('does not match %j', (title) => {
    expect(matchesRuAz(title)).toBe(false);
  });

  it('reports the configured keywords that hit, for the notice', () => {
    expect(matchTopics(matcher, { title: 'Товарооборот между Азербайджаном и Россией' })).toEqual([
      { topic: 'ru-az', keywords: ['Росси*', 'Азербайдж*'] },
    ]);
  });
});

describe('the default feed list', () => {
  it('lists unique https feeds, each with an outlet and a language of en or ru', () => {
    expect(config.feeds.length).toBeGreaterThanOrEqual(10);
    expect(new Set(config.feeds.map((feed) => feed.url)).size).toBe(config.feeds.length);
    for (const feed of config.feeds) {
      expect(feed.url).toMatch(/^https:\/\//);
      expect(feed.outlet.length).toBeGreaterThan(1);
      expect(['en', 'ru']).toContain(feed.language);
    }
  });

  it('gives every feed a one-line comment saying what it is', () => {
    const lines = readFileSync(new URL('../../config/default.yaml', import.meta.url), 'utf8').split('\n');
    const feedLines = lines.filter((line) => /^\s+- url: /.test(line));
    expect(feedLines).toHaveLength(config.feeds.length);
    for (const line of feedLines) expect(line).toMatch(/#\s+\S.{10,}/);
  });
});
