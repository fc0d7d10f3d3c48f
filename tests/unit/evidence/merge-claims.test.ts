import { describe, expect, it } from 'vitest';
import { mergeClaims } from '../../../src/evidence/merge-claims';

const c = (id: string, from: string, disputes: string[] = []) => ({ id, from, disputes });

describe('mergeClaims', () => {
  it('keeps bundled claims first and in order, then added claims in order', () => {
    expect(mergeClaims([c('a', 'b'), c('b', 'b')], [c('x', 'p'), c('y', 'p')]).map((x) => x.id)).toEqual([
      'a',
      'b',
      'x',
      'y',
    ]);
  });

  it('never lets an added claim shadow a bundled claim, and the first added claim with an id wins over a later one', () => {
    const merged = mergeClaims([c('a', 'bundled')], [c('a', 'pack1', ['x']), c('x', 'pack1'), c('x', 'pack2')]);
    expect(merged).toEqual([c('a', 'bundled'), c('x', 'pack1')]);
  });

  it('disputes go both ways across bundled and added claims, without changing the inputs', () => {
    const bundled = [
      c('bundled.one', 'b'),
      c('bundled.two', 'b', ['bundled.three']),
      c('bundled.three', 'b', ['bundled.two']),
    ];
    const merged = mergeClaims(bundled, [c('feed.one', 'f', ['bundled.one'])]);
    expect(merged.find((m) => m.id === 'bundled.one')!.disputes).toEqual(['feed.one']);
    expect(merged.find((m) => m.id === 'bundled.two')).toBe(bundled[1]);
    expect(bundled[0]!.disputes).toEqual([]);
  });
});
