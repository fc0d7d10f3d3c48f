/** A small hand-written evidence base for engine tests, independent of data/ (which may change). */
import type { Claim, Figure, Source } from '../../../src/evidence/schema';

const source: Source = {
  url: 'https://example.org/article',
  publisher: 'Example Wire',
  kind: 'newspaper',
  lang: 'en',
  date: '2025-10-01',
  title: 'Example',
  stance: 'supports',
  summary: 'A test source.',
};

const fig = (
  value: number,
  unit: Figure['unit'],
  scale: Figure['scale'],
  qualifier: Figure['qualifier'],
  asOf = '2025-09',
): Figure => ({
  value,
  unit,
  scale,
  qualifier,
  asOf,
  measures: { en: 'test figure', ja: 'テスト' },
});

function claim(c: Partial<Claim> & Pick<Claim, 'id' | 'topic' | 'statement' | 'entities' | 'terms'>): Claim {
  return { summary: c.statement, figures: [], disputes: [], sources: [source], ...c };
}

export const FIXTURE_CLAIMS: Claim[] = [
  claim({
    id: 'test.chipmaker-invests',
    topic: 'nvidia-openai-circular',
    statement: {
      en: 'NVIDIA will invest up to $100 billion in OpenAI to build 10 GW of data centres.',
      ja: 'エヌビディアはOpenAIに最大1000億ドルを投資し、10ギガワットのデータセンターを建設する。',
    },
    entities: { en: ['NVIDIA', 'OpenAI'], ja: ['エヌビディア', 'オープンAI'] },
    terms: { en: ['invest', 'investment', 'stake'], ja: ['投資', '出資'] },
    figures: [fig(100, 'USD', 1e9, 'up-to'), fig(10, 'GW', 1, 'exact')],
  }),
  claim({
    id: 'test.circular',
    topic: 'nvidia-openai-circular',
    statement: {
      en: 'The NVIDIA-OpenAI deal raises fears of circular financing.',
      ja: 'エヌビディアとOpenAIの取引は資金の還流への懸念を高めている。',
    },
    entities: { en: ['NVIDIA', 'OpenAI'], ja: ['エヌビディア'] },
    terms: {
      en: ['circular financing', 'round-tripping', 'vendor financing', 'circular'],
      ja: ['還流', '循環取引', '循環'],
    },
  }),
  claim({
    id: 'test.debt',
    topic: 'ai-debt-financing',
    statement: {
      en: 'Big tech firms are borrowing heavily through bond sales to pay for AI.',
      ja: '大手テック企業はAI投資のために社債で多額の借り入れをしている。',
    },
    entities: { en: ['Oracle', 'Meta', 'Alphabet'], ja: ['オラクル', 'メタ'] },
    terms: { en: ['bond sale', 'bonds', 'borrowing', 'debt'], ja: ['社債', '借り入れ', '借金', '負債'] },
    figures: [fig(157, 'USD', 1e9, 'about', '2025')],
    disputes: ['test.no-systemic'],
  }),
  claim({
    id: 'test.no-systemic',
    topic: 'imf-no-systemic-risk',
    statement: {
      en: 'The IMF says an AI bust would not be systemic because the investment is not financed by debt.',
      ja: 'IMFは、投資が借り入れで賄われていないため、AIバブルが崩壊しても金融危機には至らないとみる。',
    },
    entities: { en: ['IMF', 'Gourinchas'], ja: ['IMF', 'グランシャ'] },
    terms: { en: ['systemic', 'financial crisis', 'debt'], ja: ['金融危機', '借り入れ', 'システミック'] },
    disputes: ['test.debt'],
  }),
  claim({
    id: 'test.pilots',
    topic: 'ai-roi',
    statement: {
      en: 'An MIT study found 95% of generative AI pilots deliver no return.',
      ja: 'MITの調査で、生成AIの試験導入の95%が成果を出していないことが分かった。',
    },
    entities: { en: ['MIT'], ja: ['MIT', 'マサチューセッツ工科大学'] },
    terms: { en: ['pilots', 'no return', 'return on investment'], ja: ['試験導入', '投資対効果', '成果'] },
    figures: [fig(95, 'percent', 1, 'exact')],
  }),
  claim({
    id: 'test.nasdaq',
    topic: 'dotcom-analogy',
    statement: {
      en: 'The Nasdaq fell about 78% from its 2000 peak by 2002.',
      ja: 'ナスダックは2000年のピークから2002年までに約78%下落した。',
    },
    entities: { en: ['Nasdaq'], ja: ['ナスダック'] },
    terms: { en: ['dot-com', 'crash', 'plunged', 'fell'], ja: ['ドットコム', 'ITバブル', '暴落', '下落'] },
    figures: [fig(78, 'percent', 1, 'about', '2002')],
  }),
];
