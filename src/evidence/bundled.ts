import { BUNDLED_FILES } from './bundled-data';
import type { Claim } from './schema';
import { formatIssue, validateEvidence, type Checked } from './validate';

export { BUNDLED_FILES };

let cached: Checked<Claim[]> | undefined;

/** Validates the bundled files once; the result is shared because the data cannot change at run time. */
export function checkBundledEvidence(): Checked<Claim[]> {
  cached ??= validateEvidence(BUNDLED_FILES);
  return cached;
}

/** The validated bundled claims; throws with every problem listed if the data is invalid. */
export function loadBundledEvidence(): Claim[] {
  const checked = checkBundledEvidence();
  if (!checked.ok) throw new Error(`invalid bundled evidence:\n${checked.issues.map(formatIssue).join('\n')}`);
  return checked.value;
}
