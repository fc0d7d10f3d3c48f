// The layer rules in eslint.config.js can fail: each wrong-way import below is an error, each right-way one is not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint holds the layers (README "Code layout")', () => {
  it.each([
    ['src/core/zz-probe.ts', "import { settingsItem } from '../storage/settings';\nexport const x = settingsItem;"],
    ['src/core/zz-probe.ts', "import { Annotator } from '../page/annotator';\nexport const x = Annotator;"],
    ['src/ui/zz-probe.ts', "import { handleMessage } from '../background/router';\nexport const x = handleMessage;"],
    ['src/ui/zz-probe.ts', "import { Layer } from '../page/layer';\nexport const x = Layer;"],
    ['src/background/zz-probe.ts', "import { localeText } from '../ui/locale-messages';\nexport const x = localeText;"],
    ['src/storage/zz-probe.ts', "import type { Strictness } from '../core/types';\nexport type X = Strictness;"],
    ['src/shared/zz-probe.ts', "import { TOPICS } from '../evidence/topics';\nexport const x = TOPICS;"],
  ])('%s may not import that layer', async (file, code) => {
    expect(await rulesHit(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('keeps Node modules to the CLI and build code', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;";
    expect(await rulesHit('src/page/zz-probe.ts', code)).toContain('import-x/no-nodejs-modules');
    expect(await rulesHit('src/cli/zz-probe.ts', code)).toEqual([]);
    expect(await rulesHit('build/zz-probe.ts', code)).toEqual([]);
  });

  it('allows the intended directions, and wants a reason on every suppression', async () => {
    expect(
      await rulesHit(
        'src/page/zz-probe.ts',
        "import { createMarker } from '../ui/marker/marker';\nexport const x = createMarker;",
      ),
    ).toEqual([]);
    expect(
      await rulesHit(
        'src/storage/zz-probe.ts',
        "import type { Strictness } from '../shared/vocabulary';\nexport type X = Strictness;",
      ),
    ).toEqual([]);
    const bare = '// eslint-disable-next-line no-console\nconsole.log(1);\n';
    expect(await rulesHit('src/page/zz-probe.ts', bare)).toContain(
      '@eslint-community/eslint-comments/require-description',
    );
  });
});
