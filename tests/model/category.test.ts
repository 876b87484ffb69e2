import { describe, expect, it } from 'vitest';
import { categoryOf } from '../../src/model/index.ts';

describe('categoryOf', () => {
  it('puts trade turnover in trade, troops in security and a railway length in other', () => {
    expect(categoryOf('trade_turnover')).toBe('trade');
    expect(categoryOf('troops')).toBe('security');
    expect(categoryOf('distance')).toBe('other');
  });
});
