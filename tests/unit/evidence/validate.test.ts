import { describe, expect, it } from 'vitest';
import {
  checkClaims,
  formatIssue,
  validateEvidence,
  validateTopicFile,
  type RawFile,
} from '../../../src/evidence/validate';
import { BUNDLED_FILES } from '../../../src/evidence/bundled';
import { clone, makeClaim } from './fixtures';

const messages = (files: RawFile[]) => {
  const r = validateEvidence(files);
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe('validateTopicFile', () => {
  it('accepts a valid file and trims text', () => {
    const claim = makeClaim('roi.test');
    claim.statement.en = '  padded  ';
    const r = validateTopicFile('data/ai-roi.json', { topic: 'ai-roi', claims: [claim] });
    expect(r.ok && r.value.claims[0]?.statement.en).toBe('padded');
  });

  it('names the file, the claim id and the field path with the reason', () => {
    const claim = makeClaim('roi.mit-95');
    claim.sources[0]!.date = 'October 2025';
    const r = validateTopicFile('data/ai-roi.json', { topic: 'ai-roi', claims: [makeClaim('roi.ok'), claim] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatIssue(r.issues[0]!)).toBe(
        'data/ai-roi.json: claim "roi.mit-95" › sources[0].date: must be a date like 2025-10-14',
      );
  });

  it('reports unknown fields, missing fields, bad URLs and bad topics', () => {
    const claim = clone(makeClaim('roi.x')) as unknown as Record<string, unknown>;
    claim.extra = 1;
    delete claim.summary;
    (claim.sources as { url: string }[])[0]!.url = 'ftp://example.org/x';
    const r = validateTopicFile('data/ai-roi.json', { topic: 'ai-roi', claims: [claim] });
    const text = r.ok ? '' : r.issues.map(formatIssue).join('\n');
    expect(text).toContain('claim "roi.x" › extra: unknown field');
    expect(text).toContain('claim "roi.x" › summary: is required');
    expect(text).toContain('claim "roi.x" › sources[0].url: must be an http(s) URL');
  });

  it('names a claim by its raw id, or by its index when it has none', () => {
    const claim = clone(makeClaim('x')) as unknown as Record<string, unknown>;
    claim.id = 'Not A Slug';
    const r = validateTopicFile('data/ai-roi.json', { topic: 'ai-roi', claims: [claim] });
    expect(r.ok ? '' : formatIssue(r.issues[0]!)).toMatch(
      /^data\/ai-roi\.json: claim "Not A Slug" › id: must be a lowercase slug/,
    );
    claim.id = 42;
    const r2 = validateTopicFile('data/ai-roi.json', { topic: 'ai-roi', claims: [claim] });
    expect(r2.ok ? '' : formatIssue(r2.issues[0]!)).toMatch(/^data\/ai-roi\.json: claims\[0\]\.id: /);
  });

  it('rejects a claim filed under another topic and a file named for another topic', () => {
    const r = validateTopicFile('data/ai-roi.json', {
      topic: 'ai-roi',
      claims: [makeClaim('a.b', { topic: 'small-models' })],
    });
    expect(r.ok ? '' : formatIssue(r.issues[0]!)).toBe(
      'data/ai-roi.json: claim "a.b" › topic: is "small-models" but this file holds topic "ai-roi"',
    );
    const named = validateTopicFile('data/small-models.json', { topic: 'ai-roi', claims: [makeClaim('a.c')] });
    expect(named.ok).toBe(false);
  });
});

describe('cross-file checks', () => {
  const base = () => clone(BUNDLED_FILES as RawFile[]);

  it('passes on the bundled files', () => {
    expect(messages(base())).toEqual([]);
  });

  it('finds duplicate ids across files', () => {
    const files = base();
    const roi = files.find((f) => f.file === 'data/ai-roi.json')!.data as { claims: { id: string }[] };
    roi.claims[0]!.id = 'debt.google-2025';
    expect(messages(files)).toContain(
      'data/ai-roi.json: claim "debt.google-2025" › id: duplicate id, also used in data/ai-debt-financing.json',
    );
  });

  it('finds one-way and dangling disputes', () => {
    const files = base();
    const roi = files.find((f) => f.file === 'data/ai-roi.json')!.data as {
      claims: { id: string; disputes: string[] }[];
    };
    const at = roi.claims[0]!.disputes.push('sora.fast-adoption', 'no.such-claim') - 2;
    const out = messages(files).join('\n');
    expect(out).toContain(
      `claim "roi.little-value" › disputes[${at}]: "sora.fast-adoption" does not list "roi.little-value" back`,
    );
    expect(out).toContain(`claim "roi.little-value" › disputes[${at + 1}]: no claim has the id "no.such-claim"`);
  });

  it('requires every topic to have claims', () => {
    const files = base().filter((f) => f.file !== 'data/genai-alpha.json');
    expect(messages(files)).toContain('data/genai-alpha.json: (file): no claims for topic "genai-alpha"');
  });

  it('lets packs point disputes at claims outside the pack', () => {
    const claims = [makeClaim('p.one', { disputes: ['debt.google-2025'] })];
    expect(checkClaims([{ file: 'pack', claims }], false)).toEqual([]);
    expect(checkClaims([{ file: 'pack', claims }], true)).toHaveLength(1);
  });
});
