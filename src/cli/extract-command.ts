import { Command, InvalidArgumentError, Option } from 'commander';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_CHARS } from '../input/checks.js';
import { normaliseDate } from '../input/record.js';
import { INPUT_FORMATS } from '../io/format.js';
import { addBatchOptions, argumentSources, runExtract, type BatchFlags } from './batch-run.js';
import { OUTPUT_FORMATS } from './output.js';
import type { CliContext } from './context.js';

interface ExtractFlags extends BatchFlags {
  example?: boolean;
}

const EXAMPLE_PATH = fileURLToPath(new URL('../../fixtures/seed/article.json', import.meta.url));

export function extractCommand(ctx: CliContext): Command {
  const command = new Command('extract')
    .description('extract places, actors, dates and casualty figures from articles (files, directories, globs, or standard input)')
    .argument('[files...]', 'text, JSON or NDJSON files (or .gz), directories, globs; "-" or none for standard input')
    .addOption(new Option('--input-format <format>', 'how to read the input').choices(INPUT_FORMATS).default('auto'))
    .addOption(new Option('-f, --format <format>', 'output: json (default for one article), ndjson (default for many), pretty').choices(OUTPUT_FORMATS))
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none', parseDateFlag)
    .option('--max-chars <n>', 'largest article accepted, in characters', parsePositiveInt, DEFAULT_MAX_CHARS)
    .option('--example', 'run on the bundled seed article (a Syrian war report of 27 April 2018)');
  // batch flags (--jobs, --out, --resume, --shard, --timeout-ms, --quiet): see batch-run.ts
  return addBatchOptions(command).action(async (files: string[], flags: ExtractFlags) => {
    const sources = flags.example ? [{ path: EXAMPLE_PATH }] : await argumentSources(files, ctx);
    if (typeof sources === 'string') {
      ctx.stderr.write(`sitrep: ${sources}\n`);
      ctx.setExitCode(2);
      return;
    }
    ctx.setExitCode(await runExtract(sources, flags, ctx));
  });
}

function parseDateFlag(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? normaliseDate(value) : null;
  if (!date) throw new InvalidArgumentError('expected a date such as 2018-04-27.');
  return date;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}
