/** `kensho feed keygen|build|verify`: publishing signed evidence feeds (docs/feeds.md). */
import type { CliIo } from '../io';
import { FeedUsageError } from './feed-args';

const HELP = `Usage: kensho feed <keygen|build|verify> [options]
  keygen --out DIR                 write DIR/kensho-feed.key (private, mode 600) and DIR/kensho-feed.pub; never overwrites
  build DATA_DIR --version N --expires 30d --key KEY --out DIR
                                   validate DATA_DIR (feed-info.json + topic files), write DIR/feed.json and DIR/feed.json.sig
  verify DIR --pubkey PUB          exit 0 when signature, schema and dates hold; 1 and the reason otherwise
Exit codes: 0 ok, 1 refused or invalid, 2 bad usage. See docs/feeds.md.
`;

const SUBCOMMANDS: Record<string, () => Promise<(args: string[], io: CliIo) => Promise<number>>> = {
  keygen: async () => (await import('./feed-keygen')).feedKeygen,
  build: async () => (await import('./feed-build')).feedBuild,
  verify: async () => (await import('./feed-verify')).feedVerify,
};

/** Runs a feed subcommand; usage errors exit 2 with the help text. */
export async function feedCommand(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name ? 0 : 2;
  }
  const load = SUBCOMMANDS[name];
  if (!load) {
    io.stderr(`kensho feed: unknown subcommand "${name}"\n${HELP}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (err) {
    if (!(err instanceof FeedUsageError)) throw err;
    io.stderr(`kensho feed ${name}: ${err.message}\n`);
    return 2;
  }
}
