import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/articles/index.ts';

const PARAGRAPHS = [
  'Товарооборот между Россией и Азербайджаном в январе - сентябре вырос на 9%, до 3,4 млрд долларов, сообщил вице-премьер.',
  'По его словам, основной прирост пришелся на поставки сельхозпродукции, зерна и металлопроката, а также на транзит через порты Каспия.',
  'Стороны также договорились ускорить строительство второго моста через реку Самур и модернизацию пункта пропуска Ялама.',
];

/** A news page with the given piece inserted between the second and third paragraphs, and no class hints. */
function pageWith(insert: string): string {
  const [a, b, c] = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Товарооборот вырос</title></head>
<body><div><div><a href="/">Главная</a> <a href="/economy">Экономика</a></div>
<div>${a}${b}${insert}${c}</div>
<div><a href="/about">О нас</a> · <a href="/ads">Реклама</a></div></div></body></html>`;
}

function textOf(insert: string): string {
  return extractArticle({ body: pageWith(insert), url: 'https://example.ru/news/1', siteRules: {} }).text;
}

describe('boxes inside the article text are left out', () => {
  const boxes: Array<[string, string]> = [
    ['a Russian "Читайте также" paragraph', '<p><strong>Читайте также:</strong> <a href="/news/2">Алиев и Путин обсудили транзит</a></p>'],
    ['an Azerbaijani "Həmçinin oxuyun" paragraph', '<p>Həmçinin oxuyun: <a href="/news/3">Azərbaycan və Rusiya arasında ticarət artıb</a></p>'],
    ['an English "Read more" paragraph', '<p>READ MORE: <a href="/news/4">Caspian ports handle record cargo</a></p>'],
    ['a run of teaser paragraphs that are only links', '<p><a href="/n/5">Нефть подешевела до 71 доллара</a></p><p><a href="/n/6">ЦБ сохранил ставку</a></p>'],
    ['a labelled list of related stories', '<h3>По теме</h3><ul><li><a href="/n/7">Алиев посетил Москву</a></li><li><a href="/n/8">Оверчук прибыл в Баку</a></li></ul>'],
    ['a photo credit line', '<p>Фото: РИА Новости / Игорь Михалев</p>'],
    ['an advertisement label', '<div>Реклама</div>'],
  ];
  for (const [scenario, box] of boxes) {
    it(`drops ${scenario} and keeps every paragraph`, () => {
      expect(textOf(box)).toBe(PARAGRAPHS.join('\n'));
    });
  }

  it('keeps a paragraph that merely mentions related news in prose', () => {
    const prose = '<p>По теме переговоров стороны не сделали заявлений, однако источники сообщили о договоренности по тарифам на 2025 год.</p>';
    expect(textOf(prose)).toBe([PARAGRAPHS[0], PARAGRAPHS[1], 'По теме переговоров стороны не сделали заявлений, однако источники сообщили о договоренности по тарифам на 2025 год.', PARAGRAPHS[2]].join('\n'));
  });

  it('keeps an embedded post quoted in the article', () => {
    const tweet = '<blockquote class="twitter-tweet"><p>Товарооборот достиг $4,3 млрд <a href="https://t.co/x">pic.twitter.com/x</a></p>— МИД АР (@MFA_Azerbaijan) <a href="https://twitter.com/x/status/1">1 октября 2024</a></blockquote>';
    expect(textOf(tweet)).toContain('Товарооборот достиг $4,3 млрд');
  });
});

describe('date, byline and call-to-action lines around the article are left out', () => {
  it('drops a Russian date line and byline above the text and a subscribe line below it', () => {
    const body = [
      '<div>14 августа 2024, 13:05 · Обновлено 13:40</div>',
      '<div>Автор: Иван Петров</div>',
      ...PARAGRAPHS.map((p) => `<p>${p}</p>`),
      '<p>Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости.</p>',
    ].join('');
    const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"></head><body><article>${body}</article></body></html>`;
    expect(extractArticle({ body: html, url: 'https://example.ru/news/2', siteRules: {} }).text).toBe(PARAGRAPHS.join('\n'));
  });

  it('drops English credit and follow-us lines at the end', () => {
    const english = [
      'Azerbaijan and Russia agreed to raise rail freight on the North-South corridor to 15 million tons a year by 2030, officials said.',
      'The sides will also build a second bridge over the Samur river, with construction due to start in 2025 and cost about $60 million.',
    ];
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article>${english.map((p) => `<p>${p}</p>`).join('')}
<p>(Reporting by Nailia Bagirova; Editing by Mark Trevelyan)</p><p>Follow us on Twitter @example for the latest news.</p></article></body></html>`;
    expect(extractArticle({ body: html, url: 'https://example.com/a', siteRules: {} }).text).toBe(english.join('\n'));
  });
});
