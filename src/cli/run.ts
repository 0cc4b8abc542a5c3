import { runCli } from './main.js';

/** Process entry point: wires the real streams, keeps EPIPE quiet, never shows a stack trace. */
export function main(): void {
  // `sitrep extract … | head -1`: the reader left; stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const colour = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';
  runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    colour,
    setExitCode: () => {},
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`sitrep: internal error: ${(err as Error)?.message ?? String(err)}\n(please report it with the input that caused it)\n`);
      process.exitCode = 70;
    },
  );
}
