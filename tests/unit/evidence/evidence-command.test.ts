import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { describe, expect, it } from 'vitest';
import { evidenceCommand } from '../../../src/cli/commands/evidence';
import { TOPICS } from '../../../src/evidence/topics';

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await evidenceCommand(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('kensho evidence', () => {
  it('prints the promised JSON shape with --json', async () => {
    const { code, stdout } = await run('--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { claims: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['claims']);
    expect(out.claims.length).toBeGreaterThanOrEqual(35);
    expect(new Set(out.claims.map((c) => c.topic))).toEqual(new Set(TOPICS));
    for (const claim of out.claims) {
      expect(Object.keys(claim)).toEqual([
        'id',
        'topic',
        'statement',
        'figures',
        'disputes',
        'sources',
        'reviewed',
        'updates',
      ]);
      expect(Object.keys(claim.statement as object)).toEqual(['en', 'ja']);
      expect(claim.reviewed === null || /^\d{4}(-\d{2}){0,2}$/.test(claim.reviewed as string)).toBe(true);
      const updates = claim.updates as { sources: Record<string, unknown>[] }[];
      for (const u of updates) expect(Object.keys(u)).toEqual(['date', 'status', 'summary', 'sources']);
      for (const s of [...(claim.sources as Record<string, unknown>[]), ...updates.flatMap((u) => u.sources)]) {
        // A title is null when the page's own headline could not be seen; via and note only when a source has them.
        expect(Object.keys(s).slice(0, 8)).toEqual([
          'url',
          'publisher',
          'kind',
          'lang',
          'date',
          'title',
          'stance',
          'summary',
        ]);
        expect(
          Object.keys(s)
            .slice(8)
            .every((k) => k === 'via' || k === 'note'),
        ).toBe(true);
      }
    }
  });

  it('lists claims readably, filtered by topic and language', async () => {
    const { code, stdout } = await run('--topic', 'genai-alpha', '--lang', 'ja');
    expect(code).toBe(0);
    expect(stdout).toContain('alpha.griffin-falls-short  [genai-alpha]');
    expect(stdout).toMatch(/グリフィン/);
    const count = loadBundledEvidence().filter((c) => c.topic === 'genai-alpha').length;
    expect(stdout).toMatch(new RegExp(`\\n${count} claims\\n$`));
    expect(stdout).not.toContain('[ai-roi]');
  });

  it('exports ClaimReview JSON-LD', async () => {
    const { code, stdout } = await run('--claimreview', '--topic', 'ai-roi');
    expect(code).toBe(0);
    const docs = JSON.parse(stdout) as { '@type': string }[];
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d['@type'] === 'ClaimReview')).toBe(true);
  });

  it('returns 2 with the reason on bad usage', async () => {
    for (const args of [['--nope'], ['--lang', 'fr'], ['--topic', 'weather'], ['--json', '--claimreview']]) {
      const { code, stderr } = await run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^kensho evidence: /);
    }
  });
});
