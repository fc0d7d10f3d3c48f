// Runs before every unit test file: every fc.assert / fc.check without its own seed uses the run's seed.
import fc from 'fast-check';
import { testSeed } from './seed';

fc.configureGlobal({ seed: testSeed() });
