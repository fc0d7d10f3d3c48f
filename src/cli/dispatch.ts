/** The one shape of `kensho <command>` and `kensho feed <subcommand>`: help, unknown names, lazy load, errors. */
import type { CliIo, Command } from './io';

export interface CommandTable {
  usage: string;
  /** Commands load lazily so `kensho match` does not pay for what `scan` or `feed` need. */
  commands: Record<string, () => Promise<Command>>;
  /** The message for a name the table does not have. */
  unknown: (name: string) => string;
  /** The exit code for an error a command threw (after saying why on stderr), or rethrow it to the caller. */
  failed: (name: string, err: unknown, io: CliIo) => number;
}

/** No name exits 2 with the usage (a mistake); an explicit help asks for it and exits 0; unknown names exit 2. */
export async function dispatch(table: CommandTable, argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(table.usage);
    return name ? 0 : 2;
  }
  const load = table.commands[name];
  if (!load) {
    io.stderr(table.unknown(name));
    return 2;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (err) {
    return table.failed(name, err, io);
  }
}
