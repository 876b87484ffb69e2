import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimWire, detectWire, hammingDistance, NEAR_DUPLICATE_BITS, SAME_STORY_BITS, simhash, wireOfOutlet } from '../../src/findings/index.ts';
import { readArticle } from '../../src/commands/article-input.ts';

const SCENARIOS = join(import.meta.dirname, '../fixtures/scenarios');

function mainText(path: string): string {
  return readArticle(readFileSync(join(SCENARIOS, path)), { path }).text;
}

describe('detectWire: the wire a story credits as its source', () => {
  it.each([
    ['a TASS dateline in English', 'BAKU, February 16. /TASS/. Trade turnover between Russia and Azerbaijan grew by 19% in 2023.', 'TASS'],
    ['a TASS dateline in Russian', 'БАКУ, 15 марта. /ТАСС/. Товарооборот России и Азербайджана по итогам 2022 года составил 3,7 млрд долларов.', 'TASS'],
    ['a RIA Novosti dateline', 'МОСКВА, 19 авг — РИА Новости. Товарооборот России и Азербайджана в первом полугодии вырос на 7,5%.', 'RIA Novosti'],
    ['an Interfax dateline', 'Баку. 8 февраля. ИНТЕРФАКС-АЗЕРБАЙДЖАН - Товарооборот между Россией и Азербайджаном вырос на 21%.', 'Interfax'],
    ['a Reuters dateline', 'MOSCOW (Reuters) - Russia and Azerbaijan agreed on Monday to expand rail freight along the North-South corridor.', 'Reuters'],
    [
      'a retelling that credits RIA in its first paragraph',
      'Москва отчиталась о росте торговли с Баку\n\n19 августа 2024, 12:30\n\nТоварооборот России и Азербайджана в первом полугодии 2024 года вырос на 7,5% и составил 2,2 млрд долларов, сообщает РИА Новости со ссылкой на министра.',
      'RIA Novosti',
    ],
    ['a credit line at the end', 'Trade turnover between Russia and Azerbaijan grew by 19% in 2023 to a record $4.4 billion, Overchuk said.\nThe next meeting will take place in Russia.\nSource: TASS', 'TASS'],
    ['a bracketed citation', 'Putin emphasized that the two countries are on a path of steady progress. [citation: RIA Novosti]', 'RIA Novosti'],
  ])('finds %s', (_name, text, wire) => {
    expect(detectWire(text, 'Some Outlet')).toBe(wire);
  });

  it('does not take a wire named further down the story as its source', () => {
    const text = [
      'Customs: Azerbaijan-Russia trade amounted to $3.98 billion in 2023',
      "Baku. 1 March. REPORT.AZ/ Azerbaijan's trade turnover with Russia amounted to $3.98 billion in 2023, according to the final data of the State Customs Committee.",
      'The figures differ from those announced by the Russian side. Earlier, Russian Deputy Prime Minister Alexei Overchuk told TASS that trade turnover had reached $4.4 billion.',
    ].join('\n\n');
    expect(detectWire(text, 'Report.az')).toBeNull();
  });

  it("ignores the outlet's own name: a Trend story saying 'Trend reports' credits no other wire", () => {
    expect(detectWire('BAKU, Azerbaijan, February 16. Trade turnover amounted to $4.4 billion in 2023, Trend reports.', 'Trend')).toBeNull();
  });
});

describe('claimWire and wireOfOutlet', () => {
  it('reads a sentence crediting a wire as that wire retold, in English and Russian', () => {
    expect(claimWire('Earlier, Russian Deputy Prime Minister Alexei Overchuk told TASS that trade turnover had reached $4.4 billion.', 'Report.az')).toBe('TASS');
    expect(claimWire('Товарооборот составил 2,2 млрд долларов, сообщил РИА Новости министр экономического развития.', 'Haqqin.az')).toBe('RIA Novosti');
    expect(claimWire('Trade turnover reached $4.4 billion, Overchuk told reporters.', 'Report.az')).toBeNull();
  });

  it('knows outlets that are themselves wires, so their stories and the copies crediting them agree', () => {
    expect(wireOfOutlet('TASS')).toBe('TASS');
    expect(wireOfOutlet('Interfax-Azerbaijan')).toBe('Interfax');
    expect(wireOfOutlet('Sputnik Azerbaijan')).toBe('Sputnik');
    expect(wireOfOutlet('JAMnews')).toBeNull();
  });
});

describe('near-duplicates over realistic copies (tests/fixtures/scenarios/tass-syndicated)', () => {
  const original = simhash(mainText('tass-syndicated/01-vestnik-kavkaza.html'));
  const stripped = simhash(mainText('tass-syndicated/02-news-az.html'));
  const rewrapped = simhash(mainText('tass-syndicated/03-caspian-post.txt'));
  const independent = simhash(mainText('tass-syndicated/04-trend-mustafayev.txt'));

  it('finds a copy without the dateline within the strict bound', () => {
    expect(hammingDistance(original, stripped)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
  });

  it('finds a copy with its own headline and a READ ALSO line within the same-story bound, not the strict one', () => {
    const distance = hammingDistance(original, rewrapped);
    expect(distance).toBeGreaterThan(NEAR_DUPLICATE_BITS);
    expect(distance).toBeLessThanOrEqual(SAME_STORY_BITS);
  });

  it("keeps an independent report of the same meeting, with the same figure, well outside the same-story bound", () => {
    expect(hammingDistance(original, independent)).toBeGreaterThan(SAME_STORY_BITS * 1.5);
  });
});
