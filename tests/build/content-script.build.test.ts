/**
 * The always-on content script carries the probe (virtual:kensho/probe) and no evidence: the engine, the bundled
 * claims without their sources (virtual:kensho/page-claims) and their compiled index come in engine.js, which the
 * worker injects into a frame once the probe fires there; a card asks the background for sources. The card UI (Preact,
 * the card components, their strings) is card.js, injected when a card first opens. Pins that in the built bundles, so
 * the engine, the evidence, the locale files, the card UI or free-text lookup cannot creep back into the script every
 * news page runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const claims = readdirSync('data')
  .filter((f) => f.endsWith('.json'))
  .flatMap(
    (f) =>
      (JSON.parse(readFileSync(`data/${f}`, 'utf8')) as { claims: { id: string; sources: { url?: string }[] }[] })
        .claims,
  );

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s content script', (target) => {
  const code = readFileSync(`.output/${target}/content-scripts/news.js`, 'utf8');
  const engine = readFileSync(`.output/${target}/engine.js`, 'utf8');

  it('carries the probe and leaves the claims, their index and the engine to engine.js', () => {
    // The probe's tables (src/core/probe.ts ProbeTables): hashes made at build time, no anchor to hash on the page.
    expect(code).toMatch(/"hashes":\[\d/);
    expect(code).not.toContain('anchors');
    expect(claims.filter((c) => code.includes(`"id":"${c.id}"`)).map((c) => c.id)).toEqual([]);
    // The snapshot (v5) is an object literal whose claimIds is one string of the claims' ids, in data/'s order.
    const snapshot = new RegExp(`claimIds:\\s*[\`'"]${claims[0]!.id.replace(/[.]/g, '\\.')}[,\`'"]`);
    expect(code).not.toMatch(snapshot);
    // The engine's own error messages survive minification.
    expect(code).not.toContain('index snapshot: made for');
    expect(engine).toContain('index snapshot: made for');
    expect(engine).toMatch(snapshot);
    expect(engine).not.toMatch(/"hashes":\[\d/);
  });

  it('engine.js carries every bundled claim and none of their sources', () => {
    expect(claims.filter((c) => !engine.includes(`"id":"${c.id}"`)).map((c) => c.id)).toEqual([]);
    const urls = claims.flatMap((c) => c.sources.flatMap((s) => (s.url ? [s.url] : [])));
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((u) => code.includes(u) || engine.includes(u))).toEqual([]);
    expect(code).not.toContain('"sources":');
    expect(engine).not.toContain('"sources":');
  });

  it('carries the markers’ strings in both languages, and no other page’s', () => {
    // The reader may choose a language other than the browser's, which chrome.i18n cannot give
    // (src/ui/card/card-text.ts).
    expect(code.match(/"marker_label":\{"message":/g)).toHaveLength(2);
    expect(code.match(/"card_stance_disputes":\{"message":/g)).toHaveLength(2);
    // The card's own strings come with the card script.
    expect(code).not.toContain('"card_close"');
    expect(code).not.toMatch(/"(popup|options)_\w+":\{"message":/);
    expect(code).not.toMatch(/"(description|placeholders)":/);
  });

  it('reads storage but never migrates or writes it, and never validates packs, feeds or claims itself', () => {
    // Messages of @wxt-dev/storage and of the evidence schema that survive minification, found in the worker's or the
    // extension pages' chunks (so the test cannot pass on a string that no build carries).
    const others = readdirSync(`.output/${target}/chunks`)
      .map((f) => readFileSync(join(`.output/${target}/chunks`, f), 'utf8'))
      .concat(readFileSync(`.output/${target}/background.js`, 'utf8'))
      .join('\n');
    for (const marker of ['Storage item version cannot be less than 1', 'must be an http(s) URL']) {
      expect(others, marker).toContain(marker);
      expect(code, marker).not.toContain(marker);
    }
  });

  it('leaves free-text lookup (fuse.js) to the popup and the CLI', () => {
    // A fuse.js error message survives minification; the engine no longer imports core/lookup.ts.
    expect(code).not.toContain('Pattern length exceeds max of');
    expect(engine).not.toContain('Pattern length exceeds max of');
  });

  it('leaves the card UI to card.js, which carries the card’s strings in both languages and no evidence', () => {
    const card = readFileSync(`.output/${target}/card.js`, 'utf8');
    expect(code).not.toContain('kensho-card');
    expect(card).toContain('kensho-card');
    expect(card.match(/"card_close":\{"message":/g)).toHaveLength(2);
    expect(card).not.toContain('"sources":');
    expect(card).not.toContain(`"id":"${claims[0]!.id}"`);
  });
});
