import { describe, expect, it } from 'vitest';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { COMMENTARY_KINDS, type Source } from '../../../src/evidence/schema';

const claims = loadBundledEvidence();
const allSources = claims.flatMap((c) => [
  ...c.sources.map((s) => ({ where: c.id, s })),
  ...(c.updates ?? []).flatMap((u) => u.sources.map((s) => ({ where: `${c.id} update ${u.date}`, s }))),
]);

/** Words that describe how a text was found rather than what the page calls itself. */
const PROVENANCE_NOTE =
  /\b(headline|title)\b|stored copy|from the address|as translated|not given|\((japanese|english) edition\)/i;

/** True when a source is commentary (a blog post, a video) rather than reporting or a primary document. */
const isCommentary = (s: Source) => COMMENTARY_KINDS.includes(s.kind);

describe('evidence provenance', () => {
  it('has no title that is a note on how the page was found (a title is the page’s headline, or left out)', () => {
    const bad = allSources
      .filter(({ s }) => s.title && PROVENANCE_NOTE.test(s.title))
      .map(({ where, s }) => `${where}: ${s.title}`);
    expect(bad).toEqual([]);
  });

  it('keeps provenance remarks out of publisher names too', () => {
    const bad = allSources
      .filter(({ s }) => /not given|address|stored copy/i.test(s.publisher))
      .map(({ where, s }) => `${where}: ${s.publisher}`);
    expect(bad).toEqual([]);
  });

  it('explains every missing title in a note', () => {
    const bad = allSources.filter(({ s }) => !s.title && !s.note).map(({ where, s }) => `${where}: ${s.publisher}`);
    expect(bad).toEqual([]);
  });

  it('backs every claim with a supporting source that is not commentary, or marks it commentary-only', () => {
    for (const c of claims) {
      const independent = c.sources.some((s) => s.stance === 'supports' && !isCommentary(s));
      expect(independent || c.corroboration === 'commentary-only', c.id).toBe(true);
      // The mark is not a way to hide a claim that has real support.
      if (c.corroboration === 'commentary-only') expect(independent, `${c.id} is marked but has support`).toBe(false);
    }
  });

  it('has every claim reviewed since November 2026, and no update after its review', () => {
    for (const c of claims) {
      expect(c.reviewed ?? '', c.id).toMatch(/^2026-(1[12])-\d{2}$/);
      for (const u of c.updates ?? []) expect(u.date <= (c.reviewed ?? ''), `${c.id} ${u.date}`).toBe(true);
    }
  });

  it('has at least 80 claims and 25 updates after November 2025, each with a source', () => {
    expect(claims.length).toBeGreaterThanOrEqual(80);
    const later = claims.flatMap((c) => c.updates ?? []).filter((u) => u.date > '2025-11');
    expect(later.length).toBeGreaterThanOrEqual(25);
    for (const u of later) expect(u.sources.length).toBeGreaterThan(0);
  });
});
