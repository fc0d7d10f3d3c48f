/** The ten topic ids every claim belongs to (see shared/eval/README.md). */
export const TOPICS = [
  'ai-debt-financing',
  'imf-no-systemic-risk',
  'nvidia-openai-circular',
  'openai-compute-deals',
  'dotcom-analogy',
  'scaling-and-depreciation',
  'genai-alpha',
  'ai-roi',
  'small-models',
  'sora-no-demand',
] as const;

export type Topic = (typeof TOPICS)[number];
