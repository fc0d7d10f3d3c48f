import { describe, expect, it } from 'vitest';
import { focusVariants } from '../../../src/core/focus-particles';

describe('focusVariants', () => {
  it('adds は after a case particle, and drops it', () => {
    expect(focusVariants('itバブル期と違')).toEqual(['itバブル期とは違']);
    expect(focusVariants('合意に至っていない')).toEqual(['合意には至っていない']);
    expect(focusVariants('大規模モデルには及ばない')).toEqual(['大規模モデルに及ばない']);
  });

  it('leaves alone a particle that ends the phrase, or と/に inside a kana word', () => {
    expect(focusVariants('壁に')).toEqual([]);
    expect(focusVariants('ひとり歩き')).toEqual([]);
    expect(focusVariants('確約ではない')).toEqual([]);
  });
});
