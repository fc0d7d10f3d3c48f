import type { Topic } from './topics';

/**
 * Keywords per topic for guessing the topic of a third-party claim (ClaimReview import).
 * Deliberately coarse: a guess needs at least one hit and a clear winner, otherwise the
 * importer asks for an explicit topic rather than filing a claim in the wrong place.
 */
const KEYWORDS: Record<Topic, readonly string[]> = {
  'ai-debt-financing': ['bond', 'debt', 'borrow', 'private credit', '社債', '借り入れ', '借金', '負債', '債務'],
  'imf-no-systemic-risk': ['imf', 'gourinchas', 'systemic', 'financial system', '国際通貨基金', 'グランシャ', '金融システム'],
  'nvidia-openai-circular': ['nvidia', 'circular', 'round-trip', 'vendor financing', 'エヌビディア', '循環', '還流'],
  'openai-compute-deals': ['oracle', 'broadcom', 'amd', 'compute', 'gigawatt', 'cash burn', 'オラクル', 'ブロードコム', '計算能力', 'ギガワット'],
  'dotcom-analogy': ['dot-com', 'dotcom', 'nasdaq', 'federal reserve', 'powell', 'shiller', 'ドットコム', 'itバブル', 'ナスダック', 'frb', 'パウエル', 'シラー'],
  'scaling-and-depreciation': ['scaling', 'depreciat', 'obsolete', 'electricity', 'power consumption', 'スケーリング', '減価償却', '陳腐化', '電力'],
  'genai-alpha': ['alpha', 'griffin', 'citadel', 'hedge fund', 'アルファ', 'グリフィン', 'シタデル', 'ヘッジファンド'],
  'ai-roi': ['roi', 'return on investment', 'pilots', 'no return', 'profit', '投資収益', 'リターン', '利益'],
  'small-models': ['small model', 'small language model', 'lightweight', 'parameters', 'slm', '小規模', '軽量', 'パラメーター'],
  'sora-no-demand': ['sora', 'ai video', 'deepfake', 'ソラ', '動画生成', 'ディープフェイク'],
};

/** Best-scoring topic for a text, or undefined when nothing matches or two topics tie. */
export function guessTopic(text: string): Topic | undefined {
  const haystack = text.toLowerCase();
  const scored = (Object.keys(KEYWORDS) as Topic[])
    .map((topic) => ({ topic, hits: KEYWORDS[topic].filter((k) => haystack.includes(k)).length }))
    .sort((a, b) => b.hits - a.hits);
  const [best, second] = scored;
  if (!best || best.hits === 0 || (second && second.hits === best.hits)) return undefined;
  return best.topic;
}
