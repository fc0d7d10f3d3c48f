#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx kensho` works right after `npm install` without a build step.
import { register } from 'tsx/esm/api';

register();
// A reader closing the pipe early (`kensho evidence --json | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
});
