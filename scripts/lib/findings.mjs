// Reads what Kensho did on a page from the outside, through the documented marker contract
// (data-kensho-claim / data-kensho-stance on marker hosts) and the results the page reported to the background.

/** Waits until the annotations settle, then returns the markers and the background's view of the tab. */
export async function collectFindings(page, worker, { settleMs = 600, timeoutMs = 8000 } = {}) {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  let markers = [];
  while (Date.now() - started < timeoutMs) {
    markers = await page.$$eval('[data-kensho-claim]', (els) =>
      els.map((el) => ({
        claimId: el.getAttribute('data-kensho-claim'),
        stance: el.getAttribute('data-kensho-stance'),
      })),
    );
    if (markers.length !== last) {
      last = markers.length;
      stableSince = Date.now();
    } else if (markers.length > 0 && Date.now() - stableSince >= settleMs) break;
    await page.waitForTimeout(150);
  }
  const url = page.url();
  const reported = await worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    return Object.values(all).find((r) => r && r.url === u) ?? null;
  }, url);
  // The highlighted sentences, read from the page's CSS Custom Highlight registry (main world can see it).
  const sentences = await page.evaluate(() => {
    const out = [];
    for (const [name, highlight] of CSS.highlights ?? []) {
      if (!name.startsWith('kensho-')) continue;
      for (const range of highlight)
        out.push({ stance: name.slice(7), text: range.toString(), top: range.getBoundingClientRect().top });
    }
    return out.sort((a, b) => a.top - b.top).map(({ stance, text }) => ({ stance, text }));
  });
  return { markers, reported, sentences };
}

/** Prints a short human report of one page. */
export function printFindings(url, { markers, reported, sentences }, screenshot) {
  console.log(`\n${url}`);
  console.log(`  ${markers.length} annotated sentence(s); screenshot: ${screenshot}`);
  for (const m of markers) console.log(`  • ${m.claimId} (${m.stance})`);
  if (sentences?.length) console.log('  highlighted:');
  for (const h of sentences ?? []) console.log(`    [${h.stance}] ${h.text.replace(/\s+/g, ' ').slice(0, 110)}`);
  for (const c of reported?.claims ?? []) {
    for (const f of c.figures.filter((x) => x.verdict === 'differs')) {
      console.log(`  ! ${c.claimId}: the page says ${f.text}; the evidence says ${formatAmount(f.expected, f.unit)}`);
    }
  }
}

function formatAmount(value, unit) {
  if (value === null || value === undefined) return 'something else';
  if (unit === 'USD') return value >= 1e9 ? `$${+(value / 1e9).toFixed(1)} billion` : `$${value.toLocaleString('en')}`;
  if (unit === 'percent') return `${value}%`;
  return `${value} ${unit}`;
}

/** Opens the card of the most telling marker (a dispute if any, else the first) and screenshots the viewport. */
export async function screenshotCard(page, path) {
  const marker = page.locator('[data-kensho-stance="disputes"]').first();
  const target = (await marker.count()) ? marker : page.locator('[data-kensho-claim]').first();
  if (!(await target.count())) return null;
  await target.scrollIntoViewIfNeeded();
  await target.locator('button').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path });
  await page.keyboard.press('Escape');
  return path;
}
