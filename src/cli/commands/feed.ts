/** `kensho feed keygen|build|verify`: publishing signed evidence feeds (docs/feeds.md). */
import { dispatch, type CommandTable } from '../dispatch';
import type { CliIo } from '../io';
import { FeedUsageError } from './feed-args';

const HELP = `Usage: kensho feed <keygen|build|verify> [options]
  keygen --out DIR                 write DIR/kensho-feed.key (private, mode 600) and DIR/kensho-feed.pub; never overwrites
  build DATA_DIR --version N --expires 30d --key KEY --out DIR
                                   validate DATA_DIR (feed-info.json + topic files), write DIR/feed.json and DIR/feed.json.sig
  verify DIR --pubkey PUB          exit 0 when signature, schema and dates hold; 1 and the reason otherwise
Exit codes: 0 ok, 1 refused or invalid, 2 bad usage. See docs/feeds.md.
`;

const SUBCOMMANDS: CommandTable = {
  usage: HELP,
  commands: {
    keygen: async () => (await import('./feed-keygen')).feedKeygen,
    build: async () => (await import('./feed-build')).feedBuild,
    verify: async () => (await import('./feed-verify')).feedVerify,
  },
  unknown: (name) => `kensho feed: unknown subcommand "${name}"\n${HELP}`,
  /** Usage errors exit 2 with their reason; anything else reaches `kensho`'s own handler (exit 1). */
  failed: (name, err, io) => {
    if (!(err instanceof FeedUsageError)) throw err;
    io.stderr(`kensho feed ${name}: ${err.message}\n`);
    return 2;
  },
};

/** Runs a feed subcommand. */
export function feedCommand(args: string[], io: CliIo): Promise<number> {
  return dispatch(SUBCOMMANDS, args, io);
}
