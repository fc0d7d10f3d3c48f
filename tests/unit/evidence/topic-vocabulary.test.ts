import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES } from '../../../src/evidence/bundled-data';
import type { TopicFile } from '../../../src/evidence/schema';
import { claimsOf } from '../../../src/evidence/topic-vocabulary';
import { validateTopicFile } from '../../../src/evidence/validate';
import { makeClaim } from './fixtures';

const terms = (en: string[], ja: string[] = []) => ({ en, ja });

describe('claimsOf (a topic file made whole)', () => {
  const file = {
    vocabulary: { entities: terms(['Citadel'], ['シタデル']), terms: terms(['alpha', 'hedge fund']) },
    claims: [
      { ...makeClaim('a.one'), entities: terms(['Griffin']), terms: terms(['hedge fund', 'returns']) },
      { ...makeClaim('a.two'), entities: terms([]), terms: terms(['signals']), topicVocabulary: false as const },
    ],
  };

  it('gives each claim the shared vocabulary ahead of its own, each string once, by kind', () => {
    const [one] = claimsOf(file);
    expect(one!.entities).toEqual(terms(['Citadel', 'Griffin'], ['シタデル']));
    expect(one!.terms).toEqual(terms(['alpha', 'hedge fund', 'returns']));
  });

  it('leaves a claim that opts out with its own words, and drops the flag', () => {
    const two = claimsOf(file)[1]!;
    expect(two.terms).toEqual(terms(['signals']));
    expect(two.entities).toEqual(terms([]));
    expect('topicVocabulary' in two).toBe(false);
  });

  it('is the identity on a file without shared vocabulary', () => {
    const claims = [makeClaim('a.three')];
    expect(claimsOf({ claims })).toEqual(claims);
  });
});

describe('topic file vocabulary in the schema', () => {
  const base = { topic: 'ai-roi', claims: [makeClaim('roi.x')] };

  it('accepts entities and terms in both languages', () => {
    const r = validateTopicFile('data/ai-roi.json', {
      ...base,
      vocabulary: { entities: terms(['MIT']), terms: terms(['pilots'], ['試験導入']) },
    });
    expect(r.ok).toBe(true);
  });

  it('names the field of a malformed vocabulary', () => {
    const r = validateTopicFile('data/ai-roi.json', { ...base, vocabulary: { terms: terms(['pilots']), words: [] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(
      expect.arrayContaining(['vocabulary.words: unknown field "words"', 'vocabulary.entities: is required']),
    );
  });

  it('takes only `false` as a claim opting out', () => {
    const r = validateTopicFile('data/ai-roi.json', {
      ...base,
      claims: [{ ...makeClaim('roi.x'), topicVocabulary: true }],
    });
    expect(r.ok).toBe(false);
  });
});

describe('the bundled topic files state shared vocabulary once', () => {
  const files = BUNDLED_FILES.map((f) => ({ file: f.file, data: f.data as TopicFile }));
  const listed = (c: { entities: { en: string[]; ja: string[] }; terms: { en: string[]; ja: string[] } }) =>
    new Set(
      (['entities', 'terms'] as const).flatMap((kind) =>
        (['en', 'ja'] as const).flatMap((lang) => c[kind][lang].map((s) => `${kind}:${lang}:${s}`)),
      ),
    );

  it('has no claim repeating a string of the vocabulary it takes from its topic', () => {
    for (const { data } of files) {
      if (!data.vocabulary) continue;
      const shared = listed(data.vocabulary);
      for (const c of data.claims.filter((c) => c.topicVocabulary !== false))
        expect(
          [...listed(c)].filter((s) => shared.has(s)),
          c.id,
        ).toEqual([]);
    }
  });

  it('has no string listed by every claim that takes the topic vocabulary (it belongs in the topic file)', () => {
    for (const { file, data } of files) {
      const sharing = data.claims.filter((c) => c.topicVocabulary !== false);
      if (sharing.length < 3) continue;
      const [first, ...rest] = sharing.map(listed);
      const everywhere = [...first!].filter((s) => rest.every((l) => l.has(s)));
      expect(everywhere, file).toEqual([]);
    }
  });

  it('shares a topic vocabulary among at least three claims where a file states one', () => {
    for (const { file, data } of files)
      if (data.vocabulary)
        expect(data.claims.filter((c) => c.topicVocabulary !== false).length, file).toBeGreaterThanOrEqual(3);
  });
});

describe('term groups: a requirement several claims share, stated once per topic file', () => {
  const debt = terms(['bonds', 'debt'], ['社債']);
  const file = {
    topic: 'ai-debt-financing',
    termGroups: { debt },
    claims: [
      { ...makeClaim('debt.one'), topic: 'ai-debt-financing', requires: { events: ['debt' as const] } },
      {
        ...makeClaim('debt.two'),
        topic: 'ai-debt-financing',
        requires: { actors: [terms(['Oracle'])], events: ['debt' as const] },
      },
    ],
  };

  it("puts the group's terms where a claim names it, and leaves spelled-out lists alone", () => {
    const [one, two] = claimsOf(file as unknown as TopicFile);
    expect(one!.requires).toEqual({ events: [debt] });
    expect(two!.requires).toEqual({ actors: [terms(['Oracle'])], events: [debt] });
  });

  it('validates: a name the file does not define, and a group no claim uses, are named', () => {
    const ok = validateTopicFile('data/ai-debt-financing.json', file);
    expect(ok.ok).toBe(true);
    const r = validateTopicFile('data/ai-debt-financing.json', {
      ...file,
      termGroups: { loans: debt },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.claimId ?? ''} ${i.path}: ${i.message}`)).toEqual([
      `debt.one requires.events: names term group "debt", which this file's termGroups does not define`,
      `debt.two requires.events: names term group "debt", which this file's termGroups does not define`,
      ' termGroups.loans: is defined but no claim requires it',
    ]);
  });

  it('has every bundled claim requirement resolved to terms (no group name left)', () => {
    for (const { data } of BUNDLED_FILES)
      for (const c of claimsOf(data as TopicFile))
        for (const value of Object.values(c.requires ?? {}))
          for (const item of Array.isArray(value) ? value : [value]) expect(typeof item, c.id).toBe('object');
  });
});
