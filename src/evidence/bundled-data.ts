/**
 * The bundled evidence files, with no validation code: the build validates data/*.json (wxt.config.ts build hook,
 * build/check-evidence-files.ts), so a content script can use them as they are without bundling the validator.
 */
import aiDebtFinancing from '../../data/ai-debt-financing.json';
import imfNoSystemicRisk from '../../data/imf-no-systemic-risk.json';
import nvidiaOpenaiCircular from '../../data/nvidia-openai-circular.json';
import openaiComputeDeals from '../../data/openai-compute-deals.json';
import dotcomAnalogy from '../../data/dotcom-analogy.json';
import scalingAndDepreciation from '../../data/scaling-and-depreciation.json';
import genaiAlpha from '../../data/genai-alpha.json';
import aiRoi from '../../data/ai-roi.json';
import smallModels from '../../data/small-models.json';
import soraNoDemand from '../../data/sora-no-demand.json';
import type { Claim, TopicFile } from './schema';
import { claimsOf } from './topic-vocabulary';
import type { RawFile } from './validate';

/** The data files as bundled, named as they are in the repository so errors point at them. */
export const BUNDLED_FILES: readonly RawFile[] = [
  { file: 'data/ai-debt-financing.json', data: aiDebtFinancing },
  { file: 'data/imf-no-systemic-risk.json', data: imfNoSystemicRisk },
  { file: 'data/nvidia-openai-circular.json', data: nvidiaOpenaiCircular },
  { file: 'data/openai-compute-deals.json', data: openaiComputeDeals },
  { file: 'data/dotcom-analogy.json', data: dotcomAnalogy },
  { file: 'data/scaling-and-depreciation.json', data: scalingAndDepreciation },
  { file: 'data/genai-alpha.json', data: genaiAlpha },
  { file: 'data/ai-roi.json', data: aiRoi },
  { file: 'data/small-models.json', data: smallModels },
  { file: 'data/sora-no-demand.json', data: soraNoDemand },
];

/** The bundled claims as the files make them: valid by construction, because an invalid file fails the build. */
export function trustedBundledClaims(): Claim[] {
  return BUNDLED_FILES.flatMap((f) => claimsOf(f.data as TopicFile));
}
