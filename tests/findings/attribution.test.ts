import { describe, expect, it } from 'vitest';
import { attributionOf, differentAttribution } from '../../src/findings/index.ts';

describe('attribution: who a sentence says a figure comes from', () => {
  it.each([
    ["Trade turnover amounted to $4.35 billion in 2023, according to the State Customs Committee.", ['state', 'custo', 'commi']],
    ['Trade turnover grew by 19% in 2023 to $4.4 billion, Russian Deputy Prime Minister Alexei Overchuk said at the meeting.', ['alexe', 'overc']],
    ['Товарооборот составил 4,4 млрд долларов, следует из данных Федеральной таможенной службы.', ['федер', 'тамож', 'служб']],
    ['Trade between the two countries keeps growing and reached $4.35 billion last year.', []],
  ])('reads "%s"', (sentence, words) => {
    expect([...attributionOf(sentence)].sort()).toEqual([...words].sort());
  });

  it('ignores the wire a sentence was told to: "сообщил РИА Новости министр" names no authority', () => {
    expect([...attributionOf('Товарооборот составил 2,2 миллиарда долларов, сообщил РИА Новости министр экономического развития.')]).toEqual([]);
  });

  it('tells the customs committee from the deputy prime minister, but not Overchuk from Alexei Overchuk', () => {
    const customs = "Trade amounted to $3.24 billion in 2022, according to the State Customs Committee.";
    expect(differentAttribution(customs, 'Trade reached $3.7 billion in 2022, Russian Deputy Prime Minister Alexei Overchuk said.')).toBe(true);
    expect(differentAttribution('"Trade reached a historic high of $4.4 billion," Overchuk said.', 'Trade grew to $4.4 billion, Deputy Prime Minister Alexei Overchuk said.')).toBe(false);
    expect(differentAttribution(customs, 'Trade amounted to $3.24 billion in 2022.')).toBe(false);
  });
});
