/**
 * Property-based: an automaton restored from its compact snapshot (made at build time, restored on every page)
 * answers every scan exactly as the one built from the keys, for random key sets and texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyAutomaton } from '../../../src/core/automaton';

const char = fc.constantFrom('a', 'b', 'c', 'n', ' ', '-', '1', 'の', '半', '導', '体', 'ア', 'イ', '\u{1F600}', 'é');
const key = fc.array(char, { maxLength: 7 }).map((cs) => cs.join(''));
const text = fc.array(fc.oneof(char, key), { maxLength: 60 }).map((cs) => cs.join(''));

function hits(a: KeyAutomaton, t: string, fromWordStarts: boolean): [number, number][] {
  const codes = new Uint16Array(t.length);
  for (let i = 0; i < t.length; i++) codes[i] = t.charCodeAt(i);
  const out: [number, number][] = [];
  (fromWordStarts ? a.scanFromWordStarts : a.scan).call(a, codes, codes.length, (id, end) => out.push([id, end]));
  return out;
}

const restored = (a: KeyAutomaton, keys: string[]) =>
  KeyAutomaton.fromSnapshot(JSON.parse(JSON.stringify(a.toSnapshot(keys))));

describe('automaton snapshot', () => {
  it('a restored automaton makes its failure links on its first full scan only (a page’s scans never need them)', () => {
    const keys = ['data center', 'center', 'データセンター', 'センター'];
    const back = restored(new KeyAutomaton(keys), keys);
    const fail = () => (back as unknown as { fail: Int32Array }).fail.length;
    expect(hits(back, 'ai data center データセンター', true)).toHaveLength(4);
    expect(fail()).toBe(1);
    expect(hits(back, 'ai data center データセンター', false)).toHaveLength(4);
    expect(fail()).toBeGreaterThan(keys.join('').length / 2);
  });

  it('a restored automaton finds exactly what the built one finds, and has the same links', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), fc.array(text, { minLength: 1, maxLength: 5 }), (keys, texts) => {
        const built = new KeyAutomaton(keys);
        const back = restored(built, keys);
        for (const t of texts) {
          expect(hits(back, t, false)).toEqual(hits(built, t, false));
          expect(hits(back, t, true)).toEqual(hits(built, t, true));
        }
        const inner = (a: KeyAutomaton) =>
          a as unknown as Record<'fail' | 'output' | 'dictLink' | 'childBits' | 'rootNext', Int32Array>;
        // Byte comparison: the root table has 65,536 entries, too many for a deep equality per run.
        const same = (x: Int32Array, y: Int32Array) =>
          x.length === y.length &&
          Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(Buffer.from(y.buffer, y.byteOffset, y.byteLength));
        for (const f of ['fail', 'output', 'dictLink', 'childBits', 'rootNext'] as const)
          expect(same(inner(back)[f], inner(built)[f]), f).toBe(true);
        // Snapshots of a restored automaton are the same snapshot.
        expect(back.toSnapshot(keys)).toEqual(built.toSnapshot(keys));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses keys that make more edges than the snapshot says', () => {
    expect(() => KeyAutomaton.fromSnapshot({ keys: ['abc', 'abd'], edges: 2 })).toThrow('more than 2 edges');
    expect(KeyAutomaton.fromSnapshot({ keys: ['abc', 'abd'], edges: 3 }).toSnapshot(['abc', 'abd'])).toEqual({
      keys: ['abc', 'abd'],
      edges: 3,
    });
  });
});
