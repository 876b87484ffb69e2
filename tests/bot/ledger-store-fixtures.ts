/**
 * Articles for the ledger-backed bot store tests, recorded through the real recordArticle path. Each figure
 * is written as the figure engine gives it: its quote is a sentence of the text, offsets included.
 */
import type { Ledger, NoticePolicy } from '../../src/ledger/index.ts';
import { categoryOf, type Figure } from '../../src/model/index.ts';

export interface Story {
  url: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
  figures: (Pick<Figure, 'metric' | 'subject' | 'value' | 'unit' | 'qualifier' | 'period' | 'periodBasis'> & { sentence: string; surface: string; modality?: Figure['modality'] })[];
}

const notices: NoticePolicy = { topicFor: (_finding, topics) => topics[0] ?? null, route: () => 'channel:1200000000000000001' };

export function recordStory(ledger: Ledger, story: Story, now: Date): void {
  const figures = story.figures.map(({ sentence, surface, modality, ...figure }): Figure => {
    const start = story.text.indexOf(sentence);
    const surfaceStart = story.text.indexOf(surface, start);
    if (start < 0 || surfaceStart < 0) throw new Error(`fixture: "${surface}" in "${sentence}" is not in ${story.url}`);
    return {
      ...figure,
      category: categoryOf(figure.metric),
      quote: sentence,
      start,
      end: start + sentence.length,
      surface,
      surfaceStart,
      surfaceEnd: surfaceStart + surface.length,
      ...(modality ? { modality } : {}),
    };
  });
  ledger.recordArticle(
    { item: null, url: story.url, outlet: story.outlet, title: story.title, published: story.published, text: story.text, figures, topics: [{ topic: 'ru-az', keywords: ['Russia', 'Azerbaijan'] }] },
    notices,
    now,
  );
}

const TURNOVER = { metric: 'trade_turnover', subject: 'RU-AZ', unit: 'USD', period: '2023' } as const;

export const reportAz: Story = {
  url: 'https://report.az/en/business/azerbaijan-russia-trade-customs-2023/',
  outlet: 'Report.az',
  published: '2024-02-03',
  title: 'Azerbaijan-Russia trade turnover announced for 2023',
  text:
    'Baku, February 3. The State Customs Committee has published its annual foreign trade figures. ' +
    "Azerbaijan's trade turnover with Russia amounted to about $3.5 billion in 2023, the committee said. " +
    'Russia remained the second largest trading partner of Azerbaijan after Italy, with non-oil goods making up most of the exchange. ' +
    'Exports of fruit and vegetables to the Russian market grew, while imports of grain and timber declined slightly.',
  figures: [{ ...TURNOVER, value: 3.5e9, qualifier: 'about', periodBasis: 'stated', surface: '$3.5 billion', sentence: "Azerbaijan's trade turnover with Russia amounted to about $3.5 billion in 2023, the committee said." }],
};

export const trendAz: Story = {
  url: 'https://en.trend.az/business/economy/3858100.html',
  outlet: 'Trend',
  published: '2024-02-10',
  title: 'Customs data: trade with Russia in 2023',
  text:
    'Trade between Azerbaijan and Russia came to $3.47 billion in 2023, according to customs statistics compiled by Trend. ' +
    'The figure includes oil products shipped through the Baku–Novorossiysk pipeline and freight moved along the North–South corridor. ' +
    'Analysts expect the volume to hold steady as new logistics hubs open on the Caspian coast.',
  figures: [{ ...TURNOVER, value: 3.47e9, qualifier: 'exact', periodBasis: 'stated', surface: '$3.47 billion', sentence: 'Trade between Azerbaijan and Russia came to $3.47 billion in 2023, according to customs statistics compiled by Trend.' }],
};

export const anadolu: Story = {
  url: 'https://www.aa.com.tr/en/world/russian-azerbaijani-trade-volume-has-exceeded-more-than-4b-putin-says/3199364',
  outlet: 'Anadolu Agency',
  published: '2024-04-22',
  title: 'Russian-Azerbaijani trade volume has exceeded more than $4B, Putin says',
  text:
    'Russian President Vladimir Putin met his Azerbaijani counterpart Ilham Aliyev in Moscow on Monday. ' +
    '"Our trade turnover is growing: last year it exceeded $4 billion," Putin said at the start of the talks. ' +
    'The two leaders also discussed the North–South transport corridor and regional security in the South Caucasus.',
  figures: [{ ...TURNOVER, value: 4e9, qualifier: 'more_than', periodBasis: 'relative', surface: '$4 billion', sentence: '"Our trade turnover is growing: last year it exceeded $4 billion," Putin said at the start of the talks.' }],
};

export const apaTarget: Story = {
  url: 'https://apa.az/en/foreign-policy/azerbaijan-russia-intergovernmental-commission-433210',
  outlet: 'APA',
  published: '2024-05-02',
  title: 'Intergovernmental commission sets a trade goal',
  text:
    'The Azerbaijan–Russia intergovernmental commission met in Baku on Thursday under the two deputy prime ministers. ' +
    'The sides agreed to aim for a trade turnover of $10 billion by 2030. ' +
    'The commission also reviewed customs digitalisation at the Yalama–Samur crossing and grain supplies.',
  figures: [{ ...TURNOVER, period: '2030', value: 10e9, qualifier: 'exact', periodBasis: 'stated', modality: 'target', surface: '$10 billion', sentence: 'The sides agreed to aim for a trade turnover of $10 billion by 2030.' }],
};

/** Trend again, weeks later: the final customs data for 2023, a little above its first figure. */
export const trendRevised: Story = {
  url: 'https://en.trend.az/business/economy/3871244.html',
  outlet: 'Trend',
  published: '2024-03-01',
  title: 'New freight terminal opens at Alat port',
  text:
    'A new freight terminal opened at the Port of Baku in Alat on Friday, adding rail sidings for cargo bound for Russia and Iran. ' +
    'Final customs data put trade between Azerbaijan and Russia at $3.52 billion in 2023, slightly above the preliminary estimate. ' +
    'Port officials said the terminal would handle grain, fertiliser and containers from the first week of operation.',
  figures: [{ ...TURNOVER, value: 3.52e9, qualifier: 'exact', periodBasis: 'stated', surface: '$3.52 billion', sentence: 'Final customs data put trade between Azerbaijan and Russia at $3.52 billion in 2023, slightly above the preliminary estimate.' }],
};
