/**
 * The probe (src/core/probe.ts) is a necessary condition for a match: whenever the engine finds an evidence key, or a
 * match at the loosest strictness, in a text, the probe fires on that text. Checked over every key of the bundled
 * index in several contexts, every sentence set and every fixture page; and the check itself is shown to catch a
 * broken probe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundledProbeData } from '../../../build/probe-plugin';
import { allKeys } from '../../../src/core/claim-index';
import { decide, upperBound } from '../../../src/core/decide';
import { createMatcher } from '../../../src/core/engine';
import { findHits, findHitsByStart } from '../../../src/core/hits';
import { normaliseCodes } from '../../../src/core/normalise';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { compileProbe, keyAnchors, makeProbe as makeTables, type Probe, type ProbeData } from '../../../src/core/probe';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { extractBlocks } from '../../../src/page/extract';
import { splitLongText } from '../../../src/page/match-blocks';

const data = bundledProbeData(new URL('../../../data/', import.meta.url));
/** The probe over anchors, through the tables the build emits. */
const makeProbe = (d: ProbeData) => makeTables(compileProbe(d));
const matcher = createMatcher(loadBundledEvidence());
const { index } = matcher;
const evidenceKeys = allKeys(index.keys).filter((k) => k.claims.length > 0);
const isEvidence = new Set(allKeys(index.keys).flatMap((k, id) => (k.claims.length > 0 ? [id] : [])));

/** Whether the engine finds an evidence key in `text` (either scan the engine runs). */
function engineHitsKey(text: string): boolean {
  const n = normaliseCodes(text);
  return [...findHitsByStart(index, n.codes, n.length), ...findHits(index, n.codes, n.length)].some((h) =>
    isEvidence.has(h.keyId),
  );
}

/** The texts where the engine finds a key or a loose match and `probe` does not fire (should be none). */
function misses(probe: Probe, texts: readonly string[]): string[] {
  return texts.filter(
    (t) => !probe(t) && (engineHitsKey(t) || matcher.scanBlock(t, undefined, { strictness: 'loose' }).length > 0),
  );
}

/** Every key in the contexts a page gives it: between words, inflected, possessive, inside Japanese text. */
const keyTexts = evidenceKeys.flatMap((k) => [
  `x ${k.text} y`,
  `${k.text}s`,
  `${k.text}'s.`,
  `${k.text}ing`,
  `${k.text}ies`,
  `これは${k.text}です`,
  `(${k.text.toUpperCase()})`,
]);

const sentenceTexts = readdirSync('tests/fixtures/sentences')
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join('tests/fixtures/sentences', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );

/** Every text the content script would give the engine on the fixture pages: their blocks, cut into pieces. */
const pageTexts = ['en', 'ja', 'hostile'].flatMap((dir) =>
  readdirSync(join('tests/fixtures/pages', dir))
    .filter((f) => f.endsWith('.html') && f !== 'million-nodes.html')
    .flatMap((f) => {
      const { document } = parseHTML(readFileSync(join('tests/fixtures/pages', dir, f), 'utf8'));
      return extractBlocks(document as unknown as Document).flatMap((b) =>
        splitLongText(b.text, b.lang).map(([from, to]) => b.text.slice(from, to)),
      );
    }),
);

describe('the probe', () => {
  const probe = makeProbe(data);

  it('rests on the policy: no strictness admits a sentence with no evidence key, whatever its figures', () => {
    const none = { raw: 0, term: 0, second: 0, entities: 0, keys: 0 };
    for (const [name, row] of Object.entries(DEFAULT_POLICY.strictness)) {
      expect(decide(upperBound(none, 'amount-point'), row, DEFAULT_POLICY).admit, name).toBe(false);
      // Topicality alone turns it away, and so does the threshold: the figure bonus is below every raw threshold.
      expect(DEFAULT_POLICY.figures.bonus, name).toBeLessThan(row.raw);
    }
  });

  it('fires wherever the engine finds any evidence key, in every context', () => {
    expect(keyTexts.filter(engineHitsKey).length).toBeGreaterThan(evidenceKeys.length * 3);
    expect(misses(probe, keyTexts)).toEqual([]);
  });

  it('fires on every sentence of our sets in which the engine finds a key or a match', () => {
    expect(sentenceTexts.filter((t) => matcher.matchSentence(t).length > 0).length).toBeGreaterThan(500);
    expect(misses(probe, sentenceTexts)).toEqual([]);
  });

  it('fires on every piece of the fixture pages in which the engine finds a key or a match', () => {
    expect(pageTexts.filter((t) => matcher.scanBlock(t).length > 0).length).toBeGreaterThan(20);
    expect(misses(probe, pageTexts)).toEqual([]);
  });

  it('stays quiet on the pages that make no claim', () => {
    for (const page of ['en/unrelated.html', 'ja/unrelated.html']) {
      const { document } = parseHTML(readFileSync(join('tests/fixtures/pages', page), 'utf8'));
      const blocks = extractBlocks(document as unknown as Document);
      expect(blocks.length, page).toBeGreaterThan(2);
      expect(blocks.filter((b) => probe(b.text)).map((b) => b.text)).toEqual([]);
    }
  });

  it('is caught by these checks when emptied or broken', () => {
    const empty = makeProbe({ version: 1, anchors: '' });
    expect(misses(empty, sentenceTexts).length).toBeGreaterThan(100);
    // Without the inflections: "bonds" no longer finds "bond".
    const inflectionsDropped: Probe = (t) => probe(t.replace(/(s|ing|ies)\b/g, ''));
    expect(misses(inflectionsDropped, keyTexts).length).toBeGreaterThan(0);
    // Half the anchors gone.
    const half: ProbeData = {
      version: 1,
      anchors: data.anchors
        .split('\n')
        .filter((_, i) => i % 2)
        .join('\n'),
    };
    expect(misses(makeProbe(half), keyTexts).length).toBeGreaterThan(100);
  });

  it('anchors a key by two adjacent words, a telling word, or a slice of its other characters', () => {
    expect(keyAnchors('ai data center')[0]).toBe('data center');
    expect(keyAnchors('nvidia')).toEqual(['nvidia']);
    expect(keyAnchors('データセンター')[0]).toHaveLength(4);
    expect(keyAnchors('ai投資')).toContain('投資');
    expect(() => makeProbe({ version: 2 } as unknown as ProbeData)).toThrow(/version 2/);
    expect(() => makeTables({ version: 1 } as never)).toThrow(/tables version 1/);
  });

  it('is small', () => {
    expect(data.anchors.split('\n').length).toBeLessThan(evidenceKeys.length);
    expect(JSON.stringify(data).length).toBeLessThan(40_000);
  });
});
