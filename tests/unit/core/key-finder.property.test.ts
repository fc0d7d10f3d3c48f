/**
 * Property-based: the page's key finder (keys grouped by their first codes, no trie) finds exactly what the
 * Aho-Corasick automaton's word-start walk finds, in the same order, for random key sets (shared prefixes, keys
 * listed twice, two-code keys, Japanese, surrogate pairs) and texts made of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyAutomaton } from '../../../src/core/automaton';
import { KeyFinder } from '../../../src/core/key-finder';

const char = fc.constantFrom('a', 'b', 'c', 'n', ' ', '-', '1', 'の', '半', '導', '体', 'ア', '\u{1F600}', 'é');
const key = fc.array(char, { maxLength: 7 }).map((cs) => cs.join(''));
/** An index's keys are at least two codes long (claim-index.ts drops shorter ones). */
const indexKey = key.filter((k) => k.length >= 2);
const text = fc.array(fc.oneof(char, key), { maxLength: 60 }).map((cs) => cs.join(''));

type Scanner = Pick<KeyFinder, 'scanFromWordStarts'>;
function hits(a: Scanner, t: string, length = t.length): [number, number][] {
  const codes = new Uint16Array(t.length);
  for (let i = 0; i < t.length; i++) codes[i] = t.charCodeAt(i);
  const out: [number, number][] = [];
  a.scanFromWordStarts(codes, length, (id, end) => out.push([id, end]));
  return out;
}

describe('KeyFinder', () => {
  it('finds every key at word starts, shortest first, the last of keys listed twice', () => {
    const keys = ['data', 'data center', 'data centers', 'ai', 'dat', 'ai', '半導体', '半導', 'xd', 'center', 'dat'];
    expect(hits(new KeyFinder(keys), 'ai data centers; 半導体 center')).toEqual([
      [5, 2],
      [10, 6],
      [0, 7],
      [1, 14],
      [2, 15],
      [9, 14],
      [7, 19],
      [6, 20],
      [9, 27],
    ]);
    // Not inside a word, and never past `length`.
    expect(hits(new KeyFinder(keys), 'bigdata center')).toEqual([[9, 14]]);
    expect(hits(new KeyFinder(keys), 'data center', 10)).toEqual([
      [10, 3],
      [0, 4],
    ]);
  });

  it('refuses a key shorter than two codes', () => {
    expect(() => new KeyFinder(['ai', 'x'])).toThrow('key finder: key 1 ("x") is shorter than two codes');
  });

  it('finds exactly what the automaton’s word-start walk finds, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(indexKey, { maxLength: 60 }),
        fc.array(text, { minLength: 1, maxLength: 6 }),
        (keys, texts) => {
          const automaton = new KeyAutomaton(keys);
          const finder = new KeyFinder(keys);
          for (const t of texts) {
            expect(hits(finder, t)).toEqual(hits(automaton, t));
            expect(hits(finder, t, t.length >> 1)).toEqual(hits(automaton, t, t.length >> 1));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
