import { describe, expect, it } from 'vitest';
import { allKeys, buildClaimIndex, specificity } from '../../../src/core/claim-index';
import { createMatcher, warmSteps } from '../../../src/core/engine';
import { FIXTURE_CLAIMS } from './fixture-claims';
import { lookupClaims } from '../../../src/core/lookup';

const matcher = createMatcher(FIXTURE_CLAIMS);
const top = (text: string) => matcher.matchSentence(text)[0];

describe('createMatcher: cross-lingual matching', () => {
  it('matches an English sentence to a claim, with the terms that matched', () => {
    const m = top('Nvidia will invest as much as $100 billion in OpenAI, the companies said.');
    expect(m).toMatchObject({ claimId: 'test.chipmaker-invests', topic: 'nvidia-openai-circular', stance: 'supports' });
    expect(m!.terms).toEqual(expect.arrayContaining(['NVIDIA', 'OpenAI', 'invest']));
    expect(m!.score).toBeGreaterThan(0.5);
    expect(m!.score).toBeLessThanOrEqual(1);
  });

  it('matches a Japanese sentence to the same claim', () => {
    const m = top('関係者によると、エヌビディアはオープンAIに最大1000億ドルを出資する計画だ。');
    expect(m).toMatchObject({ claimId: 'test.chipmaker-invests', stance: 'supports' });
    expect(m!.figures[0]).toMatchObject({ text: '1000億ドル', verdict: 'consistent', expected: 1e11, unit: 'USD' });
  });

  it('matches Japanese vocabulary mixed into English text and vice versa', () => {
    expect(top('Analysts in Tokyo call it 循環取引, a circular deal between Nvidia and OpenAI.')?.claimId).toBe(
      'test.circular',
    );
    expect(top('アナリストはNVIDIAとOpenAIの取引をcircular financingだと批判した。')?.claimId).toBe('test.circular');
  });

  it('finds nothing in unrelated news, or in names alone', () => {
    expect(matcher.matchSentence('Heavy snow is expected in the north on Saturday.')).toEqual([]);
    expect(matcher.matchSentence('明日は全国的に晴れるでしょう。')).toEqual([]);
    expect(matcher.matchSentence('Nvidia and OpenAI executives met in San Francisco.')).toEqual([]);
  });
});

describe('createMatcher: figures', () => {
  it('reports a different figure as a match whose figure differs from the evidence', () => {
    const m = top('Nvidia plans to invest $50 billion in OpenAI, a person familiar said.');
    expect(m?.claimId).toBe('test.chipmaker-invests');
    expect(m!.figures).toEqual([
      expect.objectContaining({ text: '$50 billion', value: 5e10, verdict: 'differs', expected: 1e11 }),
    ]);
    expect(m!.stance).toBe('disputes');
  });

  it('gives figure offsets within the sentence', () => {
    const s = 'MIT researchers say 95% of generative AI pilots produce no return.';
    const f = top(s)!.figures[0]!;
    expect(s.slice(f.start, f.end)).toBe('95%');
  });
});

describe('createMatcher: stance', () => {
  it('a sentence negating the claim disputes it, and supports the claim it disputes', () => {
    const ms = matcher.matchSentence('Critics insist the AI build-out is financed by debt, with bond sales piling up.');
    expect(ms.find((m) => m.claimId === 'test.debt')?.stance).toBe('supports');
    expect(ms.find((m) => m.claimId === 'test.no-systemic')?.stance).toBe('disputes');
  });

  it('agrees with a claim that is itself a negation', () => {
    const m = top('The IMF said the boom is not financed by debt, so a bust would not be systemic.');
    expect(m).toMatchObject({ claimId: 'test.no-systemic', stance: 'supports' });
    const ja = top('IMFは、今回の投資は借り入れで賄われておらず、金融危機には至らないとみている。');
    expect(ja).toMatchObject({ claimId: 'test.no-systemic', stance: 'supports' });
  });

  it('an open question on one bare term raises a subject and is not annotated; with the actors named it stays neutral', () => {
    expect(matcher.matchSentence('How much of this is circular financing?')).toEqual([]);
    expect(matcher.matchSentence('Critics call it circular financing.')[0]?.claimId).toBe('test.circular');
    expect(top('Is the Nvidia-OpenAI deal circular financing?')).toMatchObject({
      claimId: 'test.circular',
      stance: 'neutral',
    });
  });
});

describe('createMatcher: scanBlock', () => {
  it('returns only matching sentences, with offsets into the block', () => {
    const block = '今日は晴れ。エヌビディアはOpenAIに最大1000億ドルを投資すると発表した。株価は上昇した。';
    const res = matcher.scanBlock(block);
    expect(res).toHaveLength(1);
    expect(block.slice(res[0]!.start, res[0]!.end)).toBe('エヌビディアはOpenAIに最大1000億ドルを投資すると発表した。');
    expect(res[0]!.text).toBe(block.slice(res[0]!.start, res[0]!.end));
    expect(res[0]!.matches[0]!.claimId).toBe('test.chipmaker-invests');
  });

  it('agrees with matchSentence sentence by sentence', () => {
    const block = 'The Nasdaq plunged 78% in the dot-com crash. The weather was fine.';
    const res = matcher.scanBlock(block, 'en');
    expect(res.map((r) => r.text)).toEqual(['The Nasdaq plunged 78% in the dot-com crash.']);
    expect(res[0]!.matches).toEqual(matcher.matchSentence(res[0]!.text, 'en'));
  });

  it('is stricter or looser by strictness, per call and per matcher, with the same index', () => {
    const m = createMatcher(FIXTURE_CLAIMS);
    const ids = (s: string, strictness?: 'loose' | 'balanced' | 'strict') =>
      m.matchSentence(s, 'en', { strictness }).map((x) => x.claimId);
    // A plain term alone: only loose takes it. Two plainer terms: loose and balanced, not strict.
    expect(ids('Big tech keeps borrowing.', 'loose')).toContain('test.debt');
    expect(ids('Big tech keeps borrowing.', 'balanced')).toEqual([]);
    expect(ids('Bond sales by big tech firms are rising.', 'balanced')).toContain('test.debt');
    expect(ids('Bond sales by big tech firms are rising.', 'strict')).toEqual([]);
    // The default is balanced; another default comes from the options, or from withOptions on the same matcher.
    expect(ids('Big tech keeps borrowing.')).toEqual([]);
    expect(
      createMatcher(FIXTURE_CLAIMS, { strictness: 'loose' })
        .matchSentence('Big tech keeps borrowing.')
        .map((x) => x.claimId),
    ).toContain('test.debt');
    expect(m.withOptions({ strictness: 'strict' }).scanBlock('Bond sales by big tech firms are rising.', 'en')).toEqual(
      [],
    );
  });
});

describe('createMatcher: lookup', () => {
  it('finds claims from free text, even misspelt', () => {
    expect(lookupClaims(matcher.index, 'nvidia openai circular financing')[0]?.claimId).toBe('test.circular');
    expect(lookupClaims(matcher.index, 'Gourinchs', 3).map((r) => r.claimId)).toContain('test.no-systemic');
    expect(lookupClaims(matcher.index, 'weather tomorrow')).toEqual([]);
  });
});

describe('createMatcher: any input', () => {
  it('never throws, and every result points at its own text (property)', async () => {
    const fc = (await import('fast-check')).default;
    const words = fc.constantFrom(
      'Nvidia',
      'OpenAI',
      '$100 billion',
      '1000億ドル',
      'circular',
      '還流',
      'bonds',
      '。',
      '. ',
      '「',
      '」',
      '\u200b',
      '😀',
      'ｶﾞ',
      '㍿',
      ' ',
      '\n',
      '95%',
      'not',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 40 }),
        (parts) => {
          const block = parts.join('');
          for (const r of matcher.scanBlock(block)) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeLessThanOrEqual(block.length);
            expect(block.slice(r.start, r.end)).toBe(r.text);
            for (const m of r.matches) {
              expect(m.score).toBeGreaterThan(0);
              expect(m.score).toBeLessThanOrEqual(1);
              for (const f of m.figures) expect(r.text.slice(f.start, f.end)).toBe(f.text);
            }
          }
          matcher.matchSentence(block);
          lookupClaims(matcher.index, block);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles empty and blank text', () => {
    expect(matcher.scanBlock('')).toEqual([]);
    expect(matcher.matchSentence('   ')).toEqual([]);
    expect(lookupClaims(matcher.index, '')).toEqual([]);
  });
});

describe('createMatcher: a differing amount needs a named actor', () => {
  it("reports a differing figure when the sentence names the claim's actor", () => {
    const m = top('Oracle said its bond sales and borrowing reached $60 billion this year.');
    expect(m).toMatchObject({ claimId: 'test.debt', stance: 'disputes' });
    expect(m!.figures[0]).toMatchObject({ verdict: 'differs', expected: 1.57e11 });
    expect(top('オラクルの社債による借り入れは600億ドルに達した。')).toMatchObject({
      claimId: 'test.debt',
      stance: 'disputes',
    });
  });

  it("leaves an unnamed actor's other amount alone: nothing ties it to the claim", () => {
    expect(matcher.matchSentence('Its bond sales and borrowing reached $60 billion this year.')).toEqual([]);
    expect(matcher.matchSentence('その企業の社債による借り入れは600億ドルに達した。')).toEqual([]);
  });
});

describe('createMatcher: both sides of a disputed pair in one sentence', () => {
  const base = FIXTURE_CLAIMS[0]!;
  const pair = createMatcher([
    {
      ...base,
      id: 'test.app-adoption',
      topic: 'sora-no-demand',
      disputes: ['test.no-demand'],
      figures: [],
      statement: {
        en: 'The video app was downloaded a million times in days.',
        ja: '動画アプリは数日で100万回ダウンロードされた。',
      },
      entities: { en: ['Sora'], ja: ['Sora'] },
      terms: { en: ['video generation', 'downloads', 'app store'], ja: ['動画生成', 'ダウンロード'] },
    },
    {
      ...base,
      id: 'test.no-demand',
      topic: 'sora-no-demand',
      disputes: ['test.app-adoption'],
      figures: [],
      statement: { en: 'Nobody asked for AI video generation.', ja: '誰も動画生成AIを求めていない。' },
      entities: { en: ['Sora'], ja: ['Sora'] },
      terms: { en: ['video generation', 'supply without demand'], ja: ['動画生成', '需要なき供給'] },
    },
  ]);

  /** The sentence supports the adoption side and disputes the other. */
  const takesAdoption = (text: string) => {
    const found = new Map(pair.matchSentence(text).map((m) => [m.claimId, m.stance]));
    expect(found.get('test.app-adoption'), text).toBe('supports');
    expect(found.get('test.no-demand'), text).toBe('disputes');
  };

  it("a sentence whose vocabulary for one side is a subset of the other's speaks to the richer side and disputes the poorer", () => {
    takesAdoption('The Sora video generation app topped the app store with a flood of downloads.');
    takesAdoption('動画生成アプリ「Sora」のダウンロードが急増した。');
  });

  it("a sentence holding more of one side's own vocabulary takes that side, not both alike", () => {
    takesAdoption(
      'Sora turned video generation into a hit on the app store with its downloads, supply without demand or not.',
    );
    takesAdoption('需要なき供給と言われても、Soraの動画生成アプリはダウンロードで首位に立った。');
  });
});

describe('createMatcher: negated figures and questions', () => {
  it("a sentence that negates the claim's own figure disputes it", () => {
    expect(top('Nvidia will invest $10 billion in OpenAI, not the $100 billion first reported.')).toMatchObject({
      claimId: 'test.chipmaker-invests',
      stance: 'disputes',
    });
    expect(top('エヌビディアのOpenAIへの出資は1000億ドルではなく、100億ドルにとどまる。')).toMatchObject({
      claimId: 'test.chipmaker-invests',
      stance: 'disputes',
    });
    expect(top('Nvidia will invest up to $100 billion in OpenAI, not $10 billion.')).toMatchObject({
      claimId: 'test.chipmaker-invests',
      stance: 'supports',
    });
  });

  it('a yes/no question puts the claim to the reader (neutral); an open question on a bare term raises only a subject', () => {
    expect(top('Is this circular financing?')).toMatchObject({ claimId: 'test.circular', stance: 'neutral' });
    expect(top('これは循環取引なのか')).toMatchObject({ claimId: 'test.circular', stance: 'neutral' });
    expect(matcher.matchSentence('What is circular financing?')).toEqual([]);
    expect(matcher.matchSentence('なぜ循環取引が問題なのか')).toEqual([]);
  });
});

describe('specificity: everyday phrases of AI reporting', () => {
  it("ranks a phrase every AI story uses below a claim's own vocabulary, in both languages", () => {
    expect(specificity('large language models', 'large language models')).toBeLessThan(0.5);
    expect(specificity('生成AI', '生成ai')).toBeLessThan(0.5);
    expect(specificity('circular financing', 'circular financing')).toBe(1);
    expect(specificity('循環取引', '循環取引')).toBe(1);
  });

  it('so such a phrase alone never makes a match', () => {
    const m = createMatcher([
      {
        ...FIXTURE_CLAIMS[0]!,
        id: 'test.llm',
        terms: { en: ['large language models'], ja: ['大規模言語モデル'] },
        entities: { en: [], ja: [] },
        figures: [],
      },
    ]);
    expect(m.matchSentence('The chipmaker pitched its accelerator for training large language models.')).toEqual([]);
    expect(m.matchSentence('同社は大規模言語モデルの学習向けに新型チップを発表した。')).toEqual([]);
  });
});

describe('claim index: a key listed as a term in one language and an entity in the other', () => {
  it('counts as an entity for the claim and for the block bound alike', () => {
    const base = FIXTURE_CLAIMS[0]!;
    const claims = [
      {
        ...base,
        id: 'test.both-kinds',
        entities: { en: [], ja: ['Kestrel'] },
        terms: { en: ['kestrel', 'stake'], ja: ['出資'] },
      },
    ];
    const index = buildClaimIndex(claims);
    const id = allKeys(index.keys).findIndex((k) => k.text === 'kestrel');
    expect(index.claims[0]!.keys.get(id)).toBe('entity');
    expect(index.keys.get(id).anyEntity).toBe(true);
    // A named actor with an agreeing figure says enough; the block bound must let the sentence through to scoring.
    expect(createMatcher(claims).scanBlock('Kestrel put $100 billion on the table.')).not.toEqual([]);
  });
});

describe('warmSteps', () => {
  it('scans a claim statement holding a figure in each language, each step apart from the others', () => {
    const seen: [string, string | undefined][] = [];
    const spy = { ...matcher, scanBlock: (text: string, lang?: 'en' | 'ja') => (seen.push([text, lang]), []) };
    const steps = warmSteps(spy, FIXTURE_CLAIMS);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBe(4);
    expect(seen.map(([, lang]) => lang)).toEqual(['en', 'ja']);
    for (const [text] of seen) expect(text).toMatch(/\d/);
    expect(FIXTURE_CLAIMS.some((c) => c.statement.en === seen[0]![0])).toBe(true);
  });
});
