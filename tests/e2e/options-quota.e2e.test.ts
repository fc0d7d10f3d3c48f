import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { useKensho } from './harness';

type ChromeGlobal = { chrome: typeof browser };

/** A valid pack just under the 2 MB limit: few claims, each with 50 long sources. */
function bigPack(id: string): string {
  const long = (n: number, seed: string) =>
    `${seed} `
      .repeat(Math.ceil(n / (seed.length + 1)))
      .slice(0, n)
      .trim();
  const claims = Array.from({ length: 45 }, (_, i) => ({
    id: `${id}.claim-${i}`,
    topic: 'ai-roi',
    statement: { en: `Quota test claim ${i} of pack ${id}.`, ja: `容量テスト用の主張 ${i}（${id}）。` },
    summary: { en: 'Filler claim for the storage-quota test.', ja: '保存容量テスト用の埋め草。' },
    entities: { en: [`quota entity ${id} ${i}`], ja: [] },
    terms: { en: [], ja: [] },
    figures: [],
    disputes: [],
    sources: Array.from({ length: 50 }, (_, j) => ({
      url: `https://www.example.org/${id}/${i}/${j}`,
      publisher: `Filler Publisher ${j}`,
      kind: 'blog',
      lang: 'en',
      date: '2025-01-01',
      title: long(290, `title ${id} ${i} ${j}`),
      stance: 'context',
      summary: long(390, `summary ${id} ${i} ${j}`),
    })),
  }));
  return JSON.stringify({
    format: 'kensho-pack',
    version: 1,
    id,
    name: { en: `Filler ${id}`, ja: `埋め草 ${id}` },
    claims,
  });
}

describe('options page when storage is full', () => {
  const k = useKensho();

  it('a pack that does not fit is refused with a quota message and nothing changes', async () => {
    const options = await k.extensionPage('options.html');
    const packsNow = () =>
      k.worker.evaluate(
        async () =>
          (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('packs')).packs as
            { id: string }[] | undefined,
      );
    let before: { id: string }[] | undefined = [];
    let refused = false;
    // storage.local holds 10 MB without unlimitedStorage; each pack is ~1.9 MB, so the fifth or sixth cannot fit.
    for (let n = 1; n <= 7 && !refused; n++) {
      before = await packsNow();
      const text = bigPack(`quota-${n}`);
      expect(text.length).toBeLessThan(2 * 1024 * 1024);
      await options
        .locator('#k-import-pack')
        .setInputFiles({ name: `quota-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
      const notice = options.locator('.k-notice');
      await expect
        .poll(() => notice.textContent(), { timeout: 15_000 })
        .toMatch(new RegExp(`Filler quota-${n}|full|一杯`));
      refused = (await notice.getAttribute('class'))!.includes('k-notice-error');
    }
    expect(refused).toBe(true);
    expect(await options.locator('.k-notice-error').textContent()).toMatch(
      /storage for Kensho is full|ストレージが一杯/,
    );
    // All or nothing: the packs stored before the refused import are exactly what is stored now.
    expect((await packsNow())?.map((p) => p.id)).toEqual(before?.map((p) => p.id));
    await options.close();
  });
});
