import type { Claim } from '../../../src/evidence/schema';

/** A small valid claim written for the tests (not taken from the evidence base). */
export function makeClaim(id: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    topic: 'ai-roi',
    statement: { en: 'Test statement about AI returns.', ja: 'AIの収益に関するテスト用の主張。' },
    summary: { en: 'A test summary.', ja: 'テスト用の要約。' },
    entities: { en: ['Example Corp'], ja: ['例示社'] },
    terms: { en: ['return on investment'], ja: ['投資収益'] },
    figures: [
      {
        value: 5,
        unit: 'percent',
        scale: 1,
        qualifier: 'about',
        measures: { en: 'a test share', ja: 'テスト用の割合' },
        asOf: '2025-10',
      },
    ],
    disputes: [],
    sources: [
      {
        url: 'https://example.org/report',
        publisher: 'Example Research',
        kind: 'research',
        lang: 'en',
        date: '2025-10-14',
        title: 'An example report',
        stance: 'supports',
        summary: 'Says what the test needs it to say.',
      },
    ],
    ...over,
  };
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
