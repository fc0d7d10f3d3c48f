/**
 * `kensho scan page.html [--json]`: the annotations Kensho would make on a saved page, using the content script's
 * extraction on linkedom.
 */
import { parseHTML } from 'linkedom';
import { timelineAt } from '../../core/claim-status';
import { createMatcher } from '../../core/engine';
import { publishedDate } from '../../page/published-date';
import { scanDocument } from '../../page/scan-document';
import type { CliIo } from '../io';
import { loadClaims, parseMatcherArgs, readTextFile, UsageError } from '../matcher-args';

const HELP = `Usage: kensho scan page.html [--json] [--strictness loose|balanced|strict] [--evidence claims.json]
Prints the sentences of a saved page that Kensho would annotate: claim id, stance, the sentence and its figure checks.
Uses the same article extraction and skip rules as the extension (layout-dependent hiding is not applied).
Each annotation gives the claim's status at the page's publication date (today's without one) and the updates since.
`;

/** Runs the scan command; returns the exit code (2 for usage errors). */
export async function scanCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  try {
    const opts = parseMatcherArgs(args, ['--json', '--strictness', '--evidence']);
    if (opts.positional.length !== 1)
      throw new UsageError('give exactly one saved HTML page, e.g. kensho scan page.html');
    const file = opts.positional[0]!;
    const html = await readTextFile(file, 'page');
    const { document } = parseHTML(html);
    const claims = await loadClaims(opts.evidence);
    const doc = document as unknown as Document;
    // As in the extension: claims about events after the page's publication date are left out.
    const published = publishedDate(doc);
    const matcher = createMatcher(claims, { strictness: opts.strictness, published: () => published });
    const updates = new Map(claims.map((c) => [c.id, c.updates]));
    // Each annotation says where its claim stood at the page's date and what came after (as `kensho match` does).
    const annotations = scanDocument(doc, matcher).map((a) => ({
      ...a,
      ...timelineAt(updates.get(a.claim), published),
    }));
    if (opts.json) {
      io.stdout(`${JSON.stringify({ file, published: published ?? null, annotations })}\n`);
      return 0;
    }
    if (annotations.length === 0) {
      io.stdout(`${file}: nothing to annotate.\n`);
      return 0;
    }
    io.stdout(
      `${file}: ${annotations.length} annotation${annotations.length === 1 ? '' : 's'}${published ? ` (page published ${published})` : ''}\n`,
    );
    for (const a of annotations) {
      const status = a.status === 'as-stated' ? '' : `, ${published ? 'claim' : 'claim now'} ${a.status}`;
      io.stdout(`\n  ${a.claim}  (${a.stance}, score ${a.score.toFixed(2)}${status})\n    "${a.sentence}"\n`);
      for (const f of a.figures.filter((x) => x.verdict !== 'unrelated')) {
        io.stdout(
          `    figure ${f.text}: ${f.verdict}${f.expected !== null ? ` (evidence ${f.expected} ${f.unit})` : ''}\n`,
        );
      }
      if (a.also.length) io.stdout(`    also: ${a.also.join(', ')}\n`);
      for (const u of a.laterUpdates) io.stdout(`    since then, ${u.date}: ${u.status}: ${u.summary.en}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kensho scan: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
