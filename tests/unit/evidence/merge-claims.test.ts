import { describe, expect, it } from 'vitest';
import { mergeClaims } from '../../../src/evidence/merge-claims';

const c = (id: string, from: string) => ({ id, from });

describe('mergeClaims', () => {
  it('keeps bundled claims first and in order, then pack claims in order', () => {
    expect(mergeClaims([c('a', 'b'), c('b', 'b')], [c('x', 'p'), c('y', 'p')]).map((x) => x.id)).toEqual(['a', 'b', 'x', 'y']);
  });

  it('never lets a pack shadow a bundled claim, and the first pack with an id wins over a later one', () => {
    const merged = mergeClaims([c('a', 'bundled')], [c('a', 'pack1'), c('x', 'pack1'), c('x', 'pack2')]);
    expect(merged).toEqual([c('a', 'bundled'), c('x', 'pack1')]);
  });
});
