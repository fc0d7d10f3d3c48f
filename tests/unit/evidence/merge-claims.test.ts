import { describe, expect, it } from 'vitest';
import { mergeClaims } from '../../../src/evidence/merge-claims';

const c = (id: string, disputes: string[] = []) => ({ id, disputes });

describe('mergeClaims', () => {
  it('bundled first; an added claim with a bundled id is ignored', () => {
    expect(mergeClaims([c('a')], [c('a', ['x']), c('b')])).toEqual([c('a'), c('b')]);
  });

  it('disputes go both ways across bundled and added claims, without changing the inputs', () => {
    const bundled = [c('bundled.one'), c('bundled.two', ['bundled.three']), c('bundled.three', ['bundled.two'])];
    const merged = mergeClaims(bundled, [c('feed.one', ['bundled.one'])]);
    expect(merged.find((m) => m.id === 'bundled.one')!.disputes).toEqual(['feed.one']);
    expect(merged.find((m) => m.id === 'bundled.two')).toBe(bundled[1]);
    expect(bundled[0]!.disputes).toEqual([]);
  });
});
