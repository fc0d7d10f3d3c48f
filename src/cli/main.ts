import type { CliIo, Command } from './io';

const USAGE = `Usage: kensho <command> [options]

Commands:
  match              read JSON Lines {"text", "lang"?} on stdin, write one {"matches": [...]} line per input line
  lookup "text"      show the claims that best match free text, with their sources
  scan page.html     print the annotations Kensho would make on a saved page (--json for machines)
  eval file.jsonl    precision/recall/F1, topic and stance accuracy on a labelled file
  evidence [--json]  print the validated bundled evidence base
  review --older-than DAYS
                     list the claims not checked against the news in the last DAYS days (or never)
  feed keygen|build|verify  publish signed evidence feeds (kensho feed --help)
  help               show this help
`;

/** Commands load lazily so `kensho match` does not pay for the DOM library `scan` needs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  evidence: async () => (await import('./commands/evidence')).evidenceCommand,
  match: async () => (await import('./commands/match')).matchCommand,
  lookup: async () => (await import('./commands/lookup')).lookupCommand,
  eval: async () => (await import('./commands/eval')).evalCommand,
  scan: async () => (await import('./commands/scan')).scanCommand,
  review: async () => (await import('./commands/review')).reviewCommand,
  feed: async () => (await import('./commands/feed')).feedCommand,
};

/** Entry point of the `kensho` CLI; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`kensho: unknown command "${name}". Run "kensho help" to see the commands.\n`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (err) {
    io.stderr(`kensho ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
