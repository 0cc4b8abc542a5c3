import { Chalk } from 'chalk';
import { Command, InvalidArgumentError, Option } from 'commander';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_CHARS } from '../input/checks.js';
import { normaliseDate } from '../input/record.js';
import { extractSources } from '../io/extract-sources.js';
import { INPUT_FORMATS, type InputFormat } from '../io/format.js';
import type { Source } from '../io/read.js';
import { createWriter, OUTPUT_FORMATS, type OutputFormat, type ResultWriter } from './output.js';
import type { CliContext } from './context.js';

interface ExtractFlags {
  inputFormat: InputFormat;
  format?: OutputFormat;
  published?: string;
  maxChars: number;
  example?: boolean;
}

const EXAMPLE_PATH = fileURLToPath(new URL('../../fixtures/seed/article.json', import.meta.url));

export function extractCommand(ctx: CliContext): Command {
  return new Command('extract')
    .description('extract places, actors, dates and casualty figures from articles (files, or standard input)')
    .argument('[files...]', 'text, JSON or NDJSON files; "-" or none for standard input')
    .addOption(new Option('--input-format <format>', 'how to read the input').choices(INPUT_FORMATS).default('auto'))
    .addOption(new Option('-f, --format <format>', 'output: json (default for one article), ndjson (default for many), pretty').choices(OUTPUT_FORMATS))
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none', parseDateFlag)
    .option('--max-chars <n>', 'largest article accepted, in characters', parsePositiveInt, DEFAULT_MAX_CHARS)
    .option('--example', 'run on the bundled seed article (a Syrian war report of 27 April 2018)')
    .action(async (files: string[], flags: ExtractFlags) => {
      const sources = chooseSources(files, flags, ctx);
      // one article → pretty JSON; a stream of records (NDJSON, several files) → NDJSON
      let many = sources.length > 1;
      let writer: ResultWriter | undefined;
      const open = () => {
        const format = flags.format ?? (many ? 'ndjson' : 'json');
        const paint = ctx.colour && format === 'pretty' ? new Chalk() : new Chalk({ level: 0 });
        return createWriter(ctx.stdout, format, paint);
      };
      let failed = 0;
      const options = {
        format: flags.inputFormat,
        maxChars: flags.maxChars,
        onFormat: (f: string) => {
          if (f === 'ndjson') many = true;
        },
        ...(flags.published ? { published: flags.published } : {}),
      };
      for await (const result of extractSources(sources, options)) {
        if (!result.ok) failed++;
        writer ??= open();
        await writer.write(result);
      }
      await (writer ?? open()).end();
      ctx.setExitCode(failed ? 1 : 0);
    });
}

function chooseSources(files: string[], flags: ExtractFlags, ctx: CliContext): Source[] {
  if (flags.example) return [{ path: EXAMPLE_PATH }];
  if (!files.length || (files.length === 1 && files[0] === '-')) {
    if (ctx.stdinIsTTY) ctx.stderr.write('sitrep: reading an article from the terminal; end it with Ctrl-D (or try `sitrep extract --example`)\n');
    return [{ stream: ctx.stdin }];
  }
  return files.map((f) => (f === '-' ? { stream: ctx.stdin } : { path: f }));
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
