/**
 * The engine on the real bundled evidence base, with sentences written for this project (tests/fixtures/
 * sentences): every positive lands on its topic, no negative is flagged. Guards evidence-term edits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

interface Row {
  text: string;
  lang: 'en' | 'ja';
  kind: string;
  topic: string | null;
}
const rows: Row[] = readFileSync(new URL('../../fixtures/sentences/own-sentences.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const matcher = createMatcher(loadBundledEvidence());

describe('bundled evidence: our own sentences', () => {
  it.each(rows.filter((r) => r.kind === 'positive'))('finds $topic in "$text"', (row) => {
    const topics = matcher.matchSentence(row.text, row.lang).map((m) => m.topic);
    expect(topics).toContain(row.topic);
  });

  it.each(rows.filter((r) => r.kind !== 'positive'))('flags nothing in "$text"', (row) => {
    expect(matcher.matchSentence(row.text, row.lang)).toEqual([]);
  });

  it('reports a differing figure against the evidence value', () => {
    const m = matcher
      .matchSentence('Nvidia will invest $50 billion in OpenAI to build data centers.', 'en')
      .find((x) => x.claimId === 'nvidia.openai-100b');
    expect(m?.figures).toContainEqual(expect.objectContaining({ value: 5e10, verdict: 'differs', expected: 1e11 }));
  });

  it.each([
    ['en', 'The IMF says this AI boom is not financed by debt but by the cash piles of big tech.', 'supports'],
    ['ja', 'IMFは、今回のAI投資は借り入れで賄われておらず、手元資金によるものだとみている。', 'supports'],
    ['en', 'Contrary to the IMF view, much of the AI build-out is financed through debt.', 'disputes'],
  ] as const)('%s stance on imf.not-debt-financed: "%s"', (lang, text, stance) => {
    const m = matcher.matchSentence(text, lang).find((x) => x.claimId === 'imf.not-debt-financed');
    expect(m?.stance).toBe(stance);
  });
});

describe('bundled evidence: an agreeing amount stands in for a second term', () => {
  it('matches a plain term with the claim amount', () => {
    const m = matcher.matchSentence('US tech groups have sold about $157 billion of bonds so far this year.', 'en')[0];
    expect(m?.claimId).toBe('debt.us-tech-bonds-2025');
    expect(m?.figures[0]).toMatchObject({ verdict: 'consistent', expected: 1.57e11 });
  });
});
