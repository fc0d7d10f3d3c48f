import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { indexSnapshotModule } from './build/index-snapshot-plugin';
import { pageClaimsModule } from './build/page-claims-plugin';
import { probeModule } from './build/probe-plugin';
import { cardMessagesModule, markerMessagesModule } from './build/card-messages-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // WxtVitest does not add wxt.config.ts's own Vite plugins; the content script's claim list and strings need
        // these.
        plugins: [
          WxtVitest(),
          pageClaimsModule(new URL('./data/', import.meta.url)),
          indexSnapshotModule(new URL('./data/', import.meta.url)),
          probeModule(new URL('./data/', import.meta.url)),
          cardMessagesModule(new URL('./public/_locales/', import.meta.url)),
          markerMessagesModule(new URL('./public/_locales/', import.meta.url)),
        ],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 20_000,
          // Property tests run on a fixed, printed seed (tests/unit/seed.ts; KENSHO_SEED overrides it).
          setupFiles: ['tests/unit/setup-seed.ts'],
          globalSetup: ['tests/unit/print-seed.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: [
            'tests/e2e/**/*.e2e.test.ts',
            'tests/build/**/*.build.test.ts',
            'tests/firefox/**/*.firefox.test.ts',
          ],
          environment: 'node',
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
