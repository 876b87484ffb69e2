import { embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { formatValue, periodLabel, subjectLabel } from '../../src/notify/format.ts';
import { KIND_COLORS, renderEmbed, renderNotices } from '../../src/notify/render.ts';
import { limitViolations, loadNotices, noticeOf } from './notice-fixtures.ts';

const LONG_SENTENCE =
  'Deputy prime ministers of the two countries reviewed the work of the intergovernmental commission, the progress of the North-South corridor, ' +
  'customs digitalisation at the Yalama–Samur crossing, grain and fertiliser supplies, and a plan for joint ventures in shipbuilding 🚢 and light industry, ';

function sevenThousandCharacterQuote(): { quote: string; surface: string } {
  let before = '';
  while (before.length < 4200) before += LONG_SENTENCE;
  let after = ' ';
  while (after.length < 2700) after += LONG_SENTENCE;
  const surface = '$4.03 billion';
  return { quote: `${before}noting that trade turnover reached ${surface} in 2023${after}`.slice(0, 7000), surface };
}

describe('renderNotices', () => {
  it('when a new trade figure arrives, the embed states finding, value, period, outlet, date, bold quote and keywords', () => {
    const [message] = renderNotices([noticeOf('new_figure', 'trade_turnover')], { topicLabels: { 'ru-az': 'Russia–Azerbaijan' } });
    const embed = message?.embeds[0];
    expect(embed?.title).toBe('New figure · Russia–Azerbaijan trade turnover · 2023');
    expect(embed?.color).toBe(KIND_COLORS.new_figure);
    expect(embed?.url).toBe('https://www.aa.com.tr/en/world/russian-azerbaijani-trade-volume-has-exceeded-more-than-4b-putin-says/3199364');
    expect(embed?.description).toContain('**more than $4.0 billion**');
    expect(embed?.description).toContain('> "Our trade turnover is growing: it has already reached **more than $4 billion**. Russian investments');
    expect(embed?.fields).toEqual([
      { name: 'Period', value: '2023 (assumed)', inline: true },
      { name: 'Source', value: expect.stringMatching(/^\[Anadolu Agency\]\(https:\/\/www\.aa\.com\.tr\/.+\) · 22 Apr 2024$/), inline: true },
      { name: 'Keywords', value: 'Russian, Azerbaijani, Moscow, Putin', inline: true },
    ]);
    expect(embed?.author?.name).toBe('Russian-Azerbaijani trade volume has exceeded more than $4B, Putin says');
    expect(embed?.timestamp).toBe('2024-04-22T14:12:00.000Z');
    expect(embed?.footer?.text).toBe('figurewatch · trade · Russia–Azerbaijan');
  });

  it('when one article yields two findings, they go out as one message with two embeds', () => {
    const sameArticle = loadNotices().filter((n) => n.source.url.includes('aa.com.tr') && n.kind === 'new_figure');
    const messages = renderNotices(sameArticle);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.embeds.map((e) => e.title)).toEqual([
      'New figure · Russia–Azerbaijan trade turnover · 2023',
      'New figure · Russia → Azerbaijan investment · 22 Apr 2024',
    ]);
  });

  it('when findings come from different articles, each article gets its own message', () => {
    const messages = renderNotices(loadNotices());
    const urls = messages.map((m) => new Set(m.embeds.map((e) => e.url)));
    expect(urls.every((set) => set.size === 1)).toBe(true);
    expect(messages).toHaveLength(new Set(loadNotices().map((n) => n.source.url)).size);
  });

  it('when two outlets disagree, the contradiction shows both values, both quotes and both links', () => {
    const embed = renderEmbed(noticeOf('contradiction'));
    expect(embed.title).toBe('Contradiction · Russia–Azerbaijan trade turnover · 2023');
    expect(embed.color).toBe(KIND_COLORS.contradiction);
    expect(embed.description).toContain('**about $3.5 billion**');
    expect(embed.description).toContain('Earlier: **more than $4.0 billion**');
    expect(embed.description).toContain('[Report.az](https://report.az/en/business/azerbaijan-russia-trade-customs-2023/)');
    expect(embed.description).toContain('[Anadolu Agency](https://www.aa.com.tr/');
    const [mine, earlier] = embed.fields ?? [];
    expect(mine?.name).toBe('This report: Report.az, 3 Feb 2024');
    expect(mine?.value).toContain('**about $3.5 billion** last year');
    expect(earlier?.name).toBe('Earlier report: Anadolu Agency, 22 Apr 2024');
    expect(earlier?.value).toContain('reached **more than $4 billion**');
    expect(earlier?.value).toContain('(https://www.aa.com.tr/');
  });

  it('when a figure is revised, the embed says what it replaces and uses the revision colour', () => {
    const embed = renderEmbed(noticeOf('revision'));
    expect(embed.title).toBe('Revision · Russia → Azerbaijan exports · 2022');
    expect(embed.color).toBe(KIND_COLORS.revision);
    expect(embed.description).toContain('Revised from: **$1.99 billion**');
    expect(embed.description).toContain('· via TASS');
    expect(embed.fields?.[1]?.name).toBe('Replaces: The Diplomatic Insight, 6 Oct 2022');
  });

  it('when a new period of a known metric appears, the previous period is shown beside it', () => {
    const embed = renderEmbed(noticeOf('new_figure', 'cargo_volume'));
    expect(embed.description).toContain('**at least 15.0 million t**');
    expect(embed.fields).toContainEqual({ name: 'Previous period', value: expect.stringContaining('**1.2 million t** in 2023 · [News.az]'), inline: false });
  });

  it('when every kind is rendered, each has its own colour', () => {
    expect(new Set(Object.values(KIND_COLORS)).size).toBe(4);
  });

  it('when the article title, outlet and quote carry @everyone and markdown, nothing can ping and markdown is escaped', () => {
    const notice = noticeOf('new_figure', 'trade_turnover');
    notice.source.title = '@everyone **BREAKING** trade hits $4B <@123456789012345678>';
    notice.source.outlet = '@here [News](https://evil.example)';
    notice.quote = '@everyone look: # trade **doubled** to more than $4 billion, _officially_.';
    const embed = renderEmbed(notice);
    const everything = JSON.stringify(embed);
    expect(everything).not.toMatch(/@(everyone|here)/);
    expect(everything).not.toMatch(/<@\d+>/);
    expect(embed.author?.name).toBe('@\u200beveryone **BREAKING** trade hits $4B <\u200b@123456789012345678>');
    expect(embed.description).toContain('@\u200beveryone look: # trade \\*\\*doubled\\*\\* to **more than $4 billion**, \\_officially\\_.');
    expect(embed.fields?.[1]?.value).toMatch(/^\[@\u200bhere \\\[News\\\]\(https:\/\/evil\.example\)\]\(https:\/\/www\.aa\.com\.tr/);
  });

  it('when a quote is 7,000 characters long, the message fits every Discord limit and keeps the figure in bold', () => {
    const notice = noticeOf('new_figure', 'trade_turnover');
    Object.assign(notice, sevenThousandCharacterQuote());
    const messages = renderNotices([notice]);
    expect(messages).toHaveLength(1);
    const message = messages[0]!;
    expect(limitViolations(message)).toEqual([]);
    expect(message.embeds.reduce((sum, e) => sum + embedLength(e as never), 0)).toBeLessThanOrEqual(6000);
    const description = message.embeds[0]?.description ?? '';
    expect(description).toContain('reached **$4.03 billion** in 2023');
    expect(description).toMatch(/^\*\*more than \$4\.0 billion\*\*\n> …\S/);
    expect(description.endsWith('…')).toBe(true);
  });

  it('when both sides of a contradiction quote 7,000 characters, the message still fits', () => {
    const notice = noticeOf('contradiction');
    Object.assign(notice, sevenThousandCharacterQuote());
    Object.assign(notice.against!, sevenThousandCharacterQuote());
    notice.source.title = 'T'.repeat(400);
    notice.keywords = Array.from({ length: 300 }, (_, i) => `keyword${i}`);
    const [message] = renderNotices([notice]);
    expect(limitViolations(message!)).toEqual([]);
    expect(message?.embeds[0]?.fields?.[0]?.value).toContain('**$4.03 billion**');
    expect(message?.embeds[0]?.author?.name).toMatch(/…$/);
  });

  it('when one article yields twelve findings with long quotes, they are split into messages that each fit', () => {
    const base = noticeOf('new_figure', 'trade_turnover');
    const many = Array.from({ length: 12 }, (_, i) => ({ ...base, period: String(2010 + i), ...sevenThousandCharacterQuote() }));
    const messages = renderNotices(many);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.flatMap((m) => m.embeds)).toHaveLength(12);
    for (const message of messages) expect(limitViolations(message)).toEqual([]);
  });
});

describe('human forms', () => {
  it.each([
    [{ value: 4e9, unit: 'USD', qualifier: 'more_than' }, 'more than $4.0 billion'],
    [{ value: 4.03e9, unit: 'USD', qualifier: 'exact' }, '$4.03 billion'],
    [{ value: 2.403e9, unit: 'USD', qualifier: 'exact' }, '$2.403 billion'],
    [{ value: 1.2e6, unit: 't', qualifier: 'exact' }, '1.2 million t'],
    [{ value: 54, unit: '%', qualifier: 'exact' }, '54%'],
    [{ value: 2000, unit: 'persons', qualifier: 'about' }, 'about 2,000 persons'],
    [{ value: 4324, unit: 'km', qualifier: 'exact' }, '4,324 km'],
    [{ value: 120e6, unit: 'USD', qualifier: 'up_to' }, 'up to $120.0 million'],
    [{ value: 1.5e12, unit: 'RUB', qualifier: 'less_than' }, 'less than 1.5 trillion RUB'],
    [{ value: 1e9, unit: 'USD', qualifier: 'range', low: 1e9, high: 1.2e9 }, '$1.0–1.2 billion'],
    [{ value: 9e8, unit: 'EUR', qualifier: 'range', low: 9e8, high: 1.2e9 }, '€900.0 million–€1.2 billion'],
    [{ value: 3, unit: 'times', qualifier: 'exact' }, '3 times'],
  ] as const)('formats %o as "%s"', (claim, expected) => {
    expect(formatValue(claim)).toBe(expected);
  });

  it.each([
    ['2023', '2023'],
    ['2024-H1', 'H1 2024'],
    ['2024-Q3', 'Q3 2024'],
    ['2024-05', 'May 2024'],
    ['2024-05-14', '14 May 2024'],
    ['2016..2022', '2016–2022'],
  ])('reads period %s as "%s"', (period, expected) => {
    expect(periodLabel(period)).toBe(expected);
  });

  it('names subjects by country: bilateral with a dash, flows with an arrow', () => {
    expect(subjectLabel('RU-AZ')).toBe('Russia–Azerbaijan');
    expect(subjectLabel('RU>AZ')).toBe('Russia → Azerbaijan');
    expect(subjectLabel('AZ-AM')).toBe('Azerbaijan–Armenia');
    expect(subjectLabel('RU-CASPIAN')).toBe('Russia–Caspian states');
  });
});
