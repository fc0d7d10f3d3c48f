/** Runs the CLI in-process with captured output, as the `kensho` binary would. */
import { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';

export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: Readable.from([stdin]),
  });
  return { code, out, err };
}

/** A temporary directory holding the fixture claims as an evidence file, and anything else a test writes. */
export function tempFiles(): { dir: string; evidence: string; write: (name: string, text: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'kensho-cli-'));
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  return { dir, evidence: write('claims.json', JSON.stringify(FIXTURE_CLAIMS)), write };
}
