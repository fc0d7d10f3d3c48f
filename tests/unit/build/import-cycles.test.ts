import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../../build/import-cycles';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'kensho-cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('import cycles', () => {
  it('finds cycles closed by type-only imports, across folders, and a file importing itself', () => {
    const r = tree({
      'src/core/a.ts': "import { b } from './b';\nexport const a = 1;",
      'src/core/b.ts': "import type { T } from '../shared/c';\nexport const b = 2;",
      'src/shared/c.ts': "import type { a } from '../core/a';\nexport type T = typeof a;",
      'src/page/self.ts': "export { x } from './self';",
      'src/page/leaf.tsx': "import { a } from '../core/a';\nimport 'preact';",
      'src/page/types.d.ts': "import './leaf';",
    });
    expect(importGraph(r).get('src/page/leaf.tsx')).toEqual(['src/core/a.ts']);
    expect(cycles(importGraph(r))).toEqual([
      ['src/core/a.ts', 'src/core/b.ts', 'src/shared/c.ts'],
      ['src/page/self.ts'],
    ]);
  });

  it('reports nothing for a tree without cycles', () => {
    const r = tree({ 'src/a.ts': "import { b } from './dir';", 'src/dir/index.ts': 'export const b = 1;' });
    expect(importGraph(r).get('src/a.ts')).toEqual(['src/dir/index.ts']);
    expect(cycles(importGraph(r))).toEqual([]);
  });
});
