import { describe, expect, it } from 'vitest';
import { scanCommand } from '../../../src/cli/commands/scan';

const run = async (args: string[]) => {
  let out = '';
  let err = '';
  const code = await scanCommand(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
};

describe('kensho scan', () => {
  it('prints the annotations of a saved page as JSON', async () => {
    const { code, out } = await run(['tests/fixtures/pages/en/ai-borrowing.html', '--json']);
    expect(code).toBe(0);
    const claims = (JSON.parse(out) as { annotations: { claim: string }[] }).annotations.map((a) => a.claim);
    expect(claims).toContain('debt.us-tech-bonds-2025');
    expect(claims).toContain('nvidia.openai-100b');
  });

  it("reads the page's publication date and leaves out claims about later events", async () => {
    const { out } = await run(['tests/fixtures/pages/en/archive-2024.html', '--json']);
    const parsed = JSON.parse(out) as { published: string; annotations: { claim: string }[] };
    expect(parsed.published).toBe('2024-06-12');
    expect(parsed.annotations.map((a) => a.claim)).toEqual(['dotcom.ai-resembles-dotcom', 'dotcom.nasdaq-80pct']);
    expect((await run(['tests/fixtures/pages/en/archive-2024.html'])).out).toContain('(page published 2024-06-12)');
  });

  it('says so when a page has nothing to annotate', async () => {
    const { code, out } = await run(['tests/fixtures/pages/ja/unrelated.html']);
    expect(code).toBe(0);
    expect(out).toContain('nothing to annotate');
  });

  it('explains usage errors with exit code 2', async () => {
    expect((await run([])).code).toBe(2);
    const missing = await run(['no/such/page.html']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
  });
});
