import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, loadBundledEvidence } from '../../../src/evidence/bundled';
import { FigureSchema } from '../../../src/evidence/schema';
import { TOPICS } from '../../../src/evidence/topics';
import { predates } from '../../../src/core/published';
import { normaliseKey } from '../../../src/core/normalise';

const dataDir = new URL('../../../data/', import.meta.url);
// The seed's addresses are project data, so a plain clone (no ../shared beside it) runs this test.
const seedUrls = (
  JSON.parse(readFileSync(new URL('provenance/seed-sources.json', dataDir), 'utf8')) as { urls: string[] }
).urls;
const claims = loadBundledEvidence();
const sources = claims.flatMap((c) => c.sources.map((s) => ({ claim: c.id, ...s })));

describe('bundled evidence base', () => {
  it('has at least 35 claims, and every topic from the list has at least one', () => {
    expect(claims.length).toBeGreaterThanOrEqual(35);
    for (const topic of TOPICS)
      expect(
        claims.some((c) => c.topic === topic),
        topic,
      ).toBe(true);
    for (const c of claims) expect(TOPICS, c.id).toContain(c.topic);
  });

  it('uses each id once', () => {
    const ids = claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every claim a source and both languages', () => {
    for (const c of claims) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const text of [c.statement, c.summary]) {
        expect(text.en.trim(), c.id).not.toBe('');
        expect(text.ja, c.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // Japanese really is Japanese
        expect(text.en, c.id).not.toMatch(/[\u3040-\u30ff]/);
      }
      expect(c.entities.en.length + c.terms.en.length, c.id).toBeGreaterThan(0);
      expect(c.entities.ja.length + c.terms.ja.length, c.id).toBeGreaterThan(0);
    }
  });

  it('dates every source', () => {
    for (const s of sources) expect(s.date, `${s.claim} ${s.publisher}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  it('never lists one key as both an entity and a term of a claim (the index keeps one kind per key and claim)', () => {
    for (const c of claims) {
      const entities = new Set([...c.entities.en, ...c.entities.ja].map(normaliseKey));
      const both = [...c.terms.en, ...c.terms.ja].map(normaliseKey).filter((k) => entities.has(k));
      expect(both, c.id).toEqual([]);
    }
  });

  it('words no key or required word shorter than two codes (the index drops it silently: 偽 or 株 alone never matched)', () => {
    const words = (r: unknown): string[] =>
      typeof r === 'string'
        ? [r]
        : Array.isArray(r)
          ? r.flatMap(words)
          : r && typeof r === 'object'
            ? Object.values(r).flatMap(words)
            : [];
    for (const c of claims) {
      const short = [...words(c.entities), ...words(c.terms), ...words(c.requires)].filter(
        (w) => normaliseKey(w).length < 2,
      );
      expect(short, c.id).toEqual([]);
    }
  });

  it('dates events no later than the sources that report them', () => {
    const dated = claims.filter((c) => c.since);
    expect(dated.length).toBeGreaterThan(10);
    // A source the matcher would call too old for its own claim means the event date is wrong.
    for (const c of dated)
      for (const s of c.sources)
        expect(predates(s.date, c.since), `${c.id}: ${s.publisher} ${s.date} vs since ${c.since}`).toBe(false);
  });

  it('links disputes both ways, to claims that exist', () => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const c of claims) {
      for (const target of c.disputes) expect(byId.get(target)?.disputes, `${c.id} -> ${target}`).toContain(c.id);
    }
    expect(byId.get('debt.big-tech-borrowing')?.disputes).toContain('imf.not-debt-financed');
    expect(byId.get('nvidia.circular-flows-back')?.disputes).toContain('nvidia.no-tech-requirement');
  });

  it('includes every URL the seed cites', () => {
    expect(new Set(seedUrls).size).toBe(11);
    const known = new Set(sources.map((s) => s.url));
    for (const url of seedUrls) expect(known.has(url), url).toBe(true);
  });

  it('has the seed post itself as a blog source, and leaves out only addresses nobody knows', () => {
    expect(sources.some((s) => s.kind === 'blog' && s.publisher.startsWith('Seed post'))).toBe(true);
    for (const s of sources.filter((x) => !x.url))
      expect(['GIGAZINE'].includes(s.publisher) || s.publisher.startsWith('Seed post'), s.publisher).toBe(true);
  });

  it('stores figures that parse and give finite absolute amounts', () => {
    const figures = claims.flatMap((c) => c.figures);
    expect(figures.length).toBeGreaterThan(20);
    for (const f of figures) {
      expect(v.safeParse(FigureSchema, f).success).toBe(true);
      expect(Number.isFinite(f.value * f.scale)).toBe(true);
    }
    const google = claims.find((c) => c.id === 'debt.google-2025')?.figures[0];
    expect(google && google.value * google.scale).toBe(10e9);
  });

  it('keeps the files canonically formatted, one per topic, all bundled', () => {
    const names = readdirSync(dataDir)
      .filter((n) => n.endsWith('.json'))
      .sort();
    expect(names).toEqual(TOPICS.map((t) => `${t}.json`).sort());
    expect(BUNDLED_FILES.map((f) => f.file).sort()).toEqual(names.map((n) => `data/${n}`));
    for (const name of names) {
      const text = readFileSync(new URL(name, dataDir), 'utf8');
      expect(text, name).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    }
  });
});
