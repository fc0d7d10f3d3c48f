/**
 * Key texts read in place (the restored index's form: one joined string, starts filled a block at a time) answer
 * exactly as keys given one by one, whichever keys are read first; a joined text that does not hold the keys its
 * block starts say is refused, not misread.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_BLOCK, KEY_SEPARATOR, KeyTexts } from '../../../src/core/key-texts';

const char = fc.constantFrom('a', 'b', 'n', ' ', '-', 'の', '半', '導', '\u{1F600}');
/** Sorted distinct keys of one code or more, sometimes more than a block of them. */
const keyList = fc
  .array(
    fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')),
    { maxLength: 3 * KEY_BLOCK + 5 },
  )
  .map((ks) => [...new Set(ks)].sort((a, b) => (a < b ? -1 : 1)));

function joinedOf(ks: readonly string[], joined = ks.join(KEY_SEPARATOR)): KeyTexts {
  const blocks = KeyTexts.blockStarts(ks);
  return KeyTexts.joinedBy(joined, ks.length, (b) => blocks[b]!);
}

describe('KeyTexts', () => {
  it('reads joined keys as the keys themselves, in any order of reading', () => {
    fc.assert(
      fc.property(keyList, fc.array(fc.nat(), { maxLength: 20 }), (ks, order) => {
        const one = KeyTexts.of(ks);
        const joined = joinedOf(ks);
        expect(joined.length).toBe(ks.length);
        // Random keys first (blocks filled out of order), then all of them.
        const ids = [...(ks.length ? order.map((n) => n % ks.length) : []), ...ks.keys()];
        for (const id of ids) {
          for (const t of [one, joined]) {
            expect(t.text(id)).toBe(ks[id]);
            expect(t.size(id)).toBe(ks[id]!.length);
            expect(t.code(id, ks[id]!.length - 1)).toBe(ks[id]!.charCodeAt(ks[id]!.length - 1));
          }
          const other = ids[(id * 7) % ids.length]!;
          for (const t of [one, joined]) {
            expect(t.before(other, id)).toBe(ks[other]! < ks[id]!);
            expect(t.starts(id, other)).toBe(ks[id]!.startsWith(ks[other]!));
          }
        }
        expect(joined.all()).toEqual(ks);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses joined keys that do not end where the next block starts', () => {
    const ks = Array.from({ length: KEY_BLOCK + 3 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    expect(joinedOf(ks).text(KEY_BLOCK + 1)).toBe(ks[KEY_BLOCK + 1]);
    // One key too many in the first block (two keys merged elsewhere, say): its end is not the second's start.
    const shifted = joinedOf(
      ks,
      ks.join(KEY_SEPARATOR).replace(`${ks[5]}${KEY_SEPARATOR}`, `${ks[5]}x${KEY_SEPARATOR}`),
    );
    expect(() => shifted.text(3)).toThrow(`key texts: keys 0 to ${KEY_BLOCK - 1} do not end where the next start`);
    // The last block must end with the text.
    const longer = joinedOf(ks, `${ks.join(KEY_SEPARATOR)}${KEY_SEPARATOR}extra`);
    expect(() => longer.text(KEY_BLOCK + 2)).toThrow(`keys ${KEY_BLOCK} to ${KEY_BLOCK + 2} do not end`);
  });
});
