import { dispatch, type CommandTable } from './dispatch';
import type { CliIo } from './io';

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

const COMMANDS: CommandTable = {
  usage: USAGE,
  commands: {
    evidence: async () => (await import('./commands/evidence')).evidenceCommand,
    match: async () => (await import('./commands/match')).matchCommand,
    lookup: async () => (await import('./commands/lookup')).lookupCommand,
    eval: async () => (await import('./commands/eval')).evalCommand,
    scan: async () => (await import('./commands/scan')).scanCommand,
    review: async () => (await import('./commands/review')).reviewCommand,
    feed: async () => (await import('./commands/feed')).feedCommand,
  },
  unknown: (name) => `kensho: unknown command "${name}". Run "kensho help" to see the commands.\n`,
  failed: (name, err, io) => {
    io.stderr(`kensho ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  },
};

/** Entry point of the `kensho` CLI; returns the exit code. */
export function main(argv: string[], io: CliIo): Promise<number> {
  return dispatch(COMMANDS, argv, io);
}
