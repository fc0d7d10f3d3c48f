import { describe, expect, it } from 'vitest';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { BUNDLED_FILES, trustedBundledClaims } from '../../../src/evidence/bundled-data';
import { untrusted } from '../../../src/evidence/validate';
import type { RawFile } from '../../../src/evidence/validate';

describe('bundled evidence used without re-validation (content script)', () => {
  it('is exactly the validated evidence base', () => {
    expect(trustedBundledClaims()).toEqual(loadBundledEvidence());
  });

  it('the build check flags a file whose validated form differs (so trusting the raw data stays sound)', () => {
    const files = JSON.parse(JSON.stringify(BUNDLED_FILES)) as RawFile[];
    const validated = loadBundledEvidence();
    expect(untrusted(files, validated)).toEqual([]);
    const first = (files[0]!.data as { claims: { id: string; statement: { en: string } }[] }).claims[0]!;
    first.statement.en = `  ${first.statement.en} `;
    expect(untrusted(files, validated)).toEqual([
      `${files[0]!.file}: claim "${first.id}": differs from its validated form (untrimmed text?); fix the file`,
    ]);
  });

  it("flags untrimmed text in a topic file's shared vocabulary, in every claim that takes it", () => {
    const files = JSON.parse(JSON.stringify(BUNDLED_FILES)) as RawFile[];
    const validated = loadBundledEvidence();
    const debt = files.find((f) => f.file === 'data/ai-debt-financing.json')!.data as {
      vocabulary: { terms: { en: string[] } };
      claims: { id: string; topicVocabulary?: false }[];
    };
    debt.vocabulary.terms.en[0] = ` ${debt.vocabulary.terms.en[0]}`;
    const sharing = debt.claims.filter((c) => c.topicVocabulary !== false).map((c) => c.id);
    expect(sharing.length).toBeGreaterThan(2);
    expect(untrusted(files, validated).map((p) => /claim "([^"]+)"/.exec(p)![1])).toEqual(sharing);
  });
});
