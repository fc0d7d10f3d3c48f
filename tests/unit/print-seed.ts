// Vitest globalSetup: says once per run which seed the property tests use and how to repeat or change it.
import { testSeed } from './seed';

export default function printSeed(): void {
  console.log(`[kensho] property tests: seed ${testSeed()} (KENSHO_SEED=<integer> to use another)`);
}
