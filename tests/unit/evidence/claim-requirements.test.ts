import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listedClaims, withRequirements } from '../../../scripts/claim-requirements';

const dataDir = new URL('../../../data/', import.meta.url);
const files = readdirSync(dataDir)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dataDir), 'utf8') }));

describe('scripts/claim-requirements.ts', () => {
  // A word added to data/ by hand and not to the script's table is lost the next time the script runs (it once
  // would have dropped 足りず, 演算能力 and コンピュート from OpenAI's compute claims), so the two must agree.
  it('agrees with data/: running it changes no topic file', () => {
    for (const { name, text } of files) expect(withRequirements(text).text, name).toBe(text);
  });

  it('finds every claim it lists', () => {
    const seen = new Set(files.flatMap(({ text }) => withRequirements(text).ids));
    expect(listedClaims.filter((id) => !seen.has(id))).toEqual([]);
  });

  it('keeps the Japanese words newsrooms use for compute and for "not enough"', () => {
    const claims = files.flatMap(
      ({ text }) => (JSON.parse(text) as { claims: { id: string; requires?: unknown }[] }).claims,
    );
    const words = (id: string) => JSON.stringify(claims.find((c) => c.id === id)?.requires);
    for (const w of ['足りていな', '足りず']) expect(words('openai.brockman-more-compute')).toContain(w);
    for (const w of ['コンピュート', '演算']) expect(words('openai.compute-over-1t')).toContain(w);
    for (const w of ['計算リソース', '演算能力', 'コンピュート'])
      expect(words('openai.revenue-short-of-commitments')).toContain(w);
  });
});
