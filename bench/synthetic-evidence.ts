/**
 * Synthetic evidence bases of a given size for the scaling benchmark: the bundled claims plus generated filler
 * claims that reuse the bundled vocabulary (so shared keys get long posting lists, as in a real large base)
 * and add their own invented names and phrases.
 */
import type { Claim } from '../src/evidence/schema';
import { rng } from './corpus';

const SYLLABLES = [
  'ka',
  'ren',
  'tso',
  'mi',
  'vor',
  'lex',
  'da',
  'quin',
  'sa',
  'bel',
  'tor',
  'nu',
  'zen',
  'ha',
  'rio',
  'ple',
];
const KANA = [
  'カ',
  'レン',
  'ツォ',
  'ミ',
  'ヴォル',
  'レク',
  'ダ',
  'クイン',
  'サ',
  'ベル',
  'トル',
  'ヌ',
  'ゼン',
  'ハ',
  'リオ',
  'プレ',
];

function name(r: () => number, parts: string[], n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += parts[Math.floor(r() * parts.length)];
  return s;
}

/** `size` claims: all bundled claims (when size allows) followed by generated ones. */
export function syntheticEvidence(bundled: readonly Claim[], size: number, seed = 7): Claim[] {
  const r = rng(seed);
  const out = bundled.slice(0, size);
  const vocabEn = [...new Set(bundled.flatMap((c) => c.terms.en))];
  const vocabJa = [...new Set(bundled.flatMap((c) => c.terms.ja))];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  for (let i = out.length; i < size; i++) {
    const base = bundled[i % bundled.length]!;
    const en = name(r, SYLLABLES, 3);
    const company = `${en[0]!.toUpperCase()}${en.slice(1)} ${pick(['Systems', 'Capital', 'Labs', 'Partners', 'Networks'])}`;
    const companyJa = name(r, KANA, 3);
    const phrase = `${name(r, SYLLABLES, 2)} ${pick(['financing', 'compute', 'model', 'bond', 'chip', 'index'])}`;
    out.push({
      ...base,
      id: `synthetic.claim-${i}`,
      statement: {
        en: `${company} says ${phrase} will reshape the market by ${2026 + (i % 4)}.`,
        ja: `${companyJa}は${phrase}が市場を変えると述べた。`,
      },
      entities: { en: [company], ja: [companyJa] },
      terms: {
        en: [phrase, pick(vocabEn), pick(vocabEn), pick(vocabEn)],
        ja: [`${companyJa}${pick(['債', '契約', 'モデル'])}`, pick(vocabJa), pick(vocabJa)],
      },
      figures: [
        {
          ...base.figures[0],
          value: Math.round(r() * 900) + 10,
          unit: 'USD',
          scale: 1e9,
          qualifier: 'about',
          asOf: '2025-06',
          measures: { en: 'synthetic', ja: '合成' },
        },
      ],
      disputes: [],
    });
  }
  return out;
}
