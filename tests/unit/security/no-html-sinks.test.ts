/**
 * Kensho never turns strings into markup: no source file under src/ or entrypoints/ uses an HTML sink. Text from
 * pages and packs reaches the DOM only as text (Preact children, textContent, attributes). This is also why the
 * web-ext lint warning about Preact's own innerHTML path (for dangerouslySetInnerHTML) does not apply to Kensho.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS = [
  /\bdangerouslySetInnerHTML\b/,
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\s*\.\s*write(?:ln)?\b/,
  /\bcreateContextualFragment\b/,
  /\bsrcdoc\b/,
  /\bparseFromString\b/,
  /\bsetHTMLUnsafe\b/,
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /\bset(?:Timeout|Interval)\s*\(\s*['"`]/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx|js|mjs|html)$/.test(name) ? [p] : [];
  });
}

describe('no HTML sinks in Kensho’s own code', () => {
  const files = [...sources('src'), ...sources('entrypoints')];

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain(join('src', 'ui', 'card', 'claim-card.tsx'));
  });

  it('uses no innerHTML/outerHTML/insertAdjacentHTML/document.write/dangerouslySetInnerHTML or string-to-code APIs', () => {
    const found = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return SINKS.filter((sink) => sink.test(code)).map((sink) => `${file}: ${sink}`);
    });
    expect(found).toEqual([]);
  });

  it('the scan would catch a sink (guards the patterns themselves)', () => {
    const samples = [
      'el.innerHTML = x',
      'n.outerHTML',
      "p.insertAdjacentHTML('beforeend', s)",
      'document.write(s)',
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
    ];
    for (const s of samples)
      expect(
        SINKS.some((sink) => sink.test(s)),
        s,
      ).toBe(true);
  });
});
