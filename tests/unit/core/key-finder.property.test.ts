/**
 * Property-based: the page's key finder (keys in text order, found by their first codes on first use, no trie)
 * finds exactly what the Aho-Corasick automaton's word-start walk finds, in the same order, for random key sets
 * (shared prefixes, two- and three-code keys, Japanese, surrogate pairs) and texts made of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyAutomaton } from '../../../src/core/automaton';
import { allKeys, buildClaimIndex } from '../../../src/core/claim-index';
import { KeyFinder } from '../../../src/core/key-finder';
import { KEY_SEPARATOR, KeyTexts } from '../../../src/core/key-texts';
import { FIXTURE_CLAIMS } from './fixture-claims';

const char = fc.constantFrom('a', 'b', 'c', 'n', ' ', '-', '1', 'の', '半', '導', '体', 'ア', '\u{1F600}', 'é');
const key = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(''));
/** An index's keys: at least two codes long, each once, in UTF-16 order (claim-index.ts). */
const indexKeys = fc
  .array(key, { maxLength: 60 })
  .map((ks) => [...new Set(ks.filter((k) => k.length >= 2))].sort((a, b) => (a < b ? -1 : 1)));
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
  const keys = ['ai', 'center', 'dat', 'data', 'data center', 'data centers', 'datum', 'xd', '半導', '半導体'];

  it('finds every key at word starts, shortest first', () => {
    expect(hits(KeyFinder.of(keys), 'ai data centers; 半導体 center')).toEqual([
      [0, 2],
      [2, 6],
      [3, 7],
      [4, 14],
      [5, 15],
      [1, 14],
      [8, 19],
      [9, 20],
      [1, 27],
    ]);
    // Not inside a word, and never past `length`.
    expect(hits(KeyFinder.of(keys), 'bigdata center')).toEqual([[1, 14]]);
    expect(hits(KeyFinder.of(keys), 'data center', 10)).toEqual([
      [2, 3],
      [3, 4],
    ]);
  });

  it('refuses keys out of order within a pair when it first meets the pair, and never finds a one-code key', () => {
    const finder = KeyFinder.of(['ai', 'data', 'dat']);
    expect(hits(finder, 'ai')).toEqual([[0, 2]]);
    expect(() => hits(finder, 'data')).toThrow('key finder: key 2 ("dat") is out of order');
    expect(() => hits(KeyFinder.of(['data', 'data']), 'data')).toThrow('key 1 ("data") is out of order');
    expect(hits(KeyFinder.of(['a', 'ab']), 'a ab')).toEqual([[1, 4]]);
  });

  it('is given no key shorter than two codes by an index, whatever variants or stems its keys have', () => {
    // Two-code terms whose variants could be shorter (a verb's stem: 戻る → 戻), and a plural stem (ai → a).
    const claim = { ...FIXTURE_CLAIMS[0]!, terms: { en: ['ai', 'as'], ja: ['戻る', '増す', 'がる'] } };
    const keys = allKeys(buildClaimIndex([claim]).keys).map((k) => k.text);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.filter((k) => k.length < 2)).toEqual([]);
  });

  it('takes a shorter key between two groups of a pair as after the text (it is read in place, not past its end)', () => {
    // 'mit' lies in the range of the group 'mist' (up to the next group, 'mit '); what follows it in the joined keys
    // ('|mit media lab') must not be read as its fifth code.
    for (const ks of [
      ['mistral', 'mit', 'mit media lab'],
      ['aa', 'mistral', 'mit', 'mit media lab'],
    ]) {
      expect(hits(KeyFinder.of(ks), 'mistral mit')).toEqual(hits(new KeyAutomaton(ks), 'mistral mit'));
    }
  });

  it('grows its table as a page meets more pairs, and still finds every key', () => {
    // One pair with hundreds of three-code keys and groups: its first use outgrows the table made for one pair.
    const codes = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const many = ['半導', ...codes.map((c) => `半導${c}`), ...codes.map((c) => `半導${c}${c}`)].sort((a, b) =>
      a < b ? -1 : 1,
    );
    const t = many.join(' ');
    expect(hits(KeyFinder.of(many), t)).toEqual(hits(new KeyAutomaton(many), t));
    expect(hits(KeyFinder.of(many), t)).toHaveLength(many.length + 300 * 2 + 300);
  });

  it('finds exactly what the automaton’s word-start walk finds, in the same order', () => {
    fc.assert(
      fc.property(indexKeys, fc.array(text, { minLength: 1, maxLength: 6 }), (ks, texts) => {
        const automaton = new KeyAutomaton(ks);
        // Over keys given one by one (a built index) and over the same keys joined (a restored one).
        const blocks = KeyTexts.blockStarts(ks);
        const joined = KeyTexts.joinedBy(ks.join(KEY_SEPARATOR), ks.length, (b) => blocks[b]!);
        const finders = [KeyFinder.of(ks), new KeyFinder(joined)];
        for (const t of texts) {
          for (const finder of finders) {
            expect(hits(finder, t)).toEqual(hits(automaton, t));
            expect(hits(finder, t, t.length >> 1)).toEqual(hits(automaton, t, t.length >> 1));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
