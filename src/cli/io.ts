import type { Readable } from 'node:stream';

/** What a CLI command may touch: injected so tests can run commands in-process. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin?: Readable;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
