import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import type { CliContext } from './context.js';
import { evalCommand } from './eval-command.js';
import { extractCommand } from './extract-command.js';
import { schemaCommand } from './schema-command.js';

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The command tree; every command delegates to the library. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('sitrep')
    .description('Turn English news articles into structured, evidence-linked JSON.')
    .version(pkg.version)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const sub of [extractCommand(ctx), schemaCommand(ctx), evalCommand(ctx)]) {
    program.addCommand(sub.exitOverride().configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) }));
  }
  return program;
}

/** Runs the CLI; resolves to the exit code instead of exiting, so it can be tested in-process. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram({ ...ctx, setExitCode: (c) => (code = c) });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof TypeError || err instanceof RangeError) {
      ctx.stderr.write(`sitrep: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
