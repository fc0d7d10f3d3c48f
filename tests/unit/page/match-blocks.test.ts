import { describe, expect, it } from 'vitest';
import { splitLongText } from '../../../src/page/match-blocks';

const pieces = (text: string, lang: 'en' | 'ja', max: number) =>
  splitLongText(text, lang, max).map(([a, b]) => text.slice(a, b));

describe('splitLongText', () => {
  it('leaves a block that fits whole', () => {
    expect(splitLongText('Short. Text.', 'en', 100)).toEqual([[0, 12]]);
  });

  it('cuts a long block after whole sentences, covering it exactly, no piece over the limit', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} says something.`).join(' ');
    const parts = splitLongText(text, 'en', 200);
    expect(parts[0]![0]).toBe(0);
    expect(parts.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i]![0]).toBe(parts[i - 1]![1]);
    for (const [a, b] of parts) {
      expect(b - a).toBeLessThanOrEqual(200);
      if (b < text.length) expect(text.slice(a, b)).toMatch(/something\.$/);
    }
  });

  it('uses the engine’s sentences: no cut after an abbreviation that ends no sentence', () => {
    const text = `${'Alpha beta gamma. '.repeat(5)}We met Mr. Smith today at the plant in Ohio. ${'Delta. '.repeat(10)}`;
    const at = text.indexOf('Mr. ') + 6;
    for (const piece of pieces(text, 'en', at)) expect(piece.trimEnd()).not.toMatch(/Mr\.$/);
  });

  it('cuts Japanese after 。, and at the limit when no sentence ends in the window', () => {
    const ja = 'データセンターへの投資が増えている。'.repeat(20);
    for (const piece of pieces(ja, 'ja', 100).slice(0, -1)) expect(piece).toMatch(/。$/);
    const run = 'x'.repeat(250);
    expect(splitLongText(run, 'en', 100)).toEqual([
      [0, 100],
      [100, 200],
      [200, 250],
    ]);
  });
});
