// The batch side of `sitrep extract`: flags, sources, output files, progress, summary and signals.
// All the work is the library's runBatch; this file only wires it to the command line.
import { Chalk } from 'chalk';
import { InvalidArgumentError, type Command } from 'commander';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WriteStream } from 'node:fs';
import { loadResumeState } from '../batch/resume.js';
import { DEFAULT_TIMEOUT_MS, runBatch, type BatchOptions } from '../batch/run.js';
import { parseShard, type Shard } from '../batch/shard.js';
import { showProgress, summaryLine } from '../batch/progress.js';
import { closeFile, dirSink, openFile, OutputError, outputName, toNdjsonName, writeLine, type LineSink } from '../batch/sinks.js';
import type { InputFormat } from '../io/format.js';
import { expandSources, type ExpandedSource } from '../io/sources.js';
import type { Result } from '../schema.js';
import type { CliContext } from './context.js';
import { createWriter, type OutputFormat, type ResultWriter } from './output.js';

export interface BatchFlags {
  inputFormat: InputFormat;
  format?: OutputFormat;
  published?: string;
  maxChars: number;
  jobs?: number;
  out?: string;
  resume?: boolean;
  shard?: Shard;
  timeoutMs: number;
  quiet?: boolean;
}

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
/** sysexits' EX_IOERR: the output could not be written (the records are not all there). */
const EXIT_IO_ERROR = 74;

export function addBatchOptions(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores; 1 runs in a single thread)', parseCount)
    .option('-o, --out <path>', 'write NDJSON to this file; to one file per input file if it is a directory (exists, or ends with /)')
    .option('--resume', 'skip records whose id is already in --out (after a crash or Ctrl-C) and append the rest')
    .option('--shard <k/n>', 'process only shard K of N, chosen by a hash of each record id (split an archive across machines)', parseShardFlag)
    .option('--timeout-ms <ms>', 'time limit for one article; a slower one becomes a TIMEOUT record', parseCount, DEFAULT_TIMEOUT_MS)
    .option('-q, --quiet', 'no progress bar and no summary on standard error');
}

/** The sources the arguments name: files, directories, globs, "-" (none: standard input). */
export async function argumentSources(files: string[], ctx: CliContext): Promise<ExpandedSource[] | string> {
  if (!files.length || (files.length === 1 && files[0] === '-')) {
    if (ctx.stdinIsTTY) ctx.stderr.write('sitrep: reading an article from the terminal; end it with Ctrl-D (or try `sitrep extract --example`)\n');
    return [{ stream: ctx.stdin }];
  }
  const sources = await expandSources(files, ctx.stdin);
  return sources.length ? sources : `no input files found in ${files.join(' ')} (looked for .txt, .json, .ndjson, .jsonl and their .gz)`;
}

/** Runs extraction over the sources; resolves to the exit code. */
export async function runExtract(sources: ExpandedSource[], flags: BatchFlags, ctx: CliContext): Promise<number> {
  const batchFlags = flags.jobs !== undefined || flags.out !== undefined || flags.resume || flags.shard !== undefined;
  const outDir = flags.out !== undefined && (/[\\/]$/.test(flags.out) || Boolean((await stat(flags.out).catch(() => null))?.isDirectory()));
  if (flags.resume && flags.out === undefined) return usage(ctx, '--resume needs --out (the file to resume)');
  if ((flags.resume || outDir) && flags.format !== undefined && flags.format !== 'ndjson') {
    return usage(ctx, `--format ${flags.format} cannot be used with ${flags.resume ? '--resume' : '--out DIR'}; they write NDJSON`);
  }

  // --out DIR: every input file gets its own output file; two inputs must not share one
  const names = new Map<string, string>();
  if (outDir) {
    const owner = new Map<string, string>();
    for (const s of sources) {
      if (s.path === undefined) continue;
      const name = toNdjsonName(s.relative ?? basename(s.path));
      const other = owner.get(name);
      if (other !== undefined && other !== s.path) return usage(ctx, `${other} and ${s.path} would both be written to ${name} in ${flags.out}`);
      owner.set(name, s.path);
      names.set(s.path, name);
    }
  }

  const tell = (s: string) => !flags.quiet && ctx.stderr.write(`sitrep: ${s}\n`);
  let skip: BatchOptions['skip'];
  if (flags.resume && flags.out !== undefined) {
    const outFiles = outDir ? [...new Set([...names.values(), ...(sources.some((s) => s.path === undefined) ? ['stdin.ndjson'] : [])])] : [''];
    const done = new Set<string>();
    for (const name of outFiles) {
      const path = outDir ? `${flags.out.replace(/[\\/]$/, '')}/${name}` : flags.out;
      const state = await loadResumeState(path);
      for (const id of state.ids) done.add(`${name}\u0000${id}`);
      if (state.repairedBytes) tell(`resume: cut an unfinished last line (${state.repairedBytes} bytes) from ${path}`);
      if (state.unreadable) tell(`resume: ${state.unreadable} lines of ${path} are not output records; their records will be done again`);
    }
    tell(`resume: ${done.size.toLocaleString('en')} records already written`);
    skip = (id, origin) => done.has(`${outDir ? outputName(origin.path, names) : ''}\u0000${id}`);
  }

  // Ctrl-C (or SIGTERM) once: stop reading, finish what is in flight, write it, summarise. Twice: drop it.
  const stop = new AbortController();
  const abandon = new AbortController();
  let signalled: keyof typeof SIGNAL_EXIT | undefined;
  const onSignal = (sig: keyof typeof SIGNAL_EXIT) => {
    if (!signalled) {
      signalled = sig;
      tell('stopping: finishing the articles in progress (again to abandon them)');
      stop.abort();
    } else {
      abandon.abort();
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let many = sources.length > 1 || batchFlags;
  const run = runBatch(sources, {
    format: flags.inputFormat,
    maxChars: flags.maxChars,
    timeoutMs: flags.timeoutMs,
    stop: stop.signal,
    abandon: abandon.signal,
    onFormat: (f) => {
      if (f === 'ndjson') many = true;
    },
    ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(flags.published ? { published: flags.published } : {}),
    ...(skip ? { skip } : {}),
  });

  const stderrTTY = (ctx.stderr as { isTTY?: boolean }).isTTY === true;
  const stdoutTTY = (ctx.stdout as { isTTY?: boolean }).isTTY === true;
  const hideProgress = !flags.quiet && stderrTTY && (flags.out !== undefined || !stdoutTTY) ? showProgress(ctx.stderr, run.stats) : undefined;

  let file: WriteStream | undefined;
  let sink: LineSink | undefined;
  let writer: ResultWriter | undefined;
  const openSink = (): LineSink => {
    if (outDir && flags.out !== undefined) return dirSink(flags.out, names, Boolean(flags.resume));
    const out = flags.out !== undefined ? (file = openFile(flags.out, Boolean(flags.resume))) : ctx.stdout;
    const format = flags.format ?? (many ? 'ndjson' : 'json');
    if (format === 'ndjson') return { write: (line) => writeLine(out, line), close: async () => {} };
    const paint = ctx.colour && format === 'pretty' && !file ? new Chalk() : new Chalk({ level: 0 });
    writer = createWriter(out, format, paint);
    const w = writer;
    return { write: (line) => w.write(JSON.parse(line) as Result), close: () => w.end() };
  };
  try {
    for await (const done of run) {
      sink ??= openSink();
      await sink.write(writer ? done.json : done.json + '\n', done.origin.path);
    }
    if (!sink && !outDir) sink = openSink(); // `json` of no records still closes cleanly; a file is created
    await sink?.close();
    if (file) await closeFile(file);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    hideProgress?.();
    ctx.stderr.write(`sitrep: cannot write the output${flags.out !== undefined ? ` to ${flags.out}` : ''}: ${err.message}\n`);
    return EXIT_IO_ERROR;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    hideProgress?.();
  }
  if (signalled && sources.some((s) => s.stream === ctx.stdin)) ctx.stdin.destroy(); // let the process end
  if (!flags.quiet && (batchFlags || stderrTTY || signalled)) {
    ctx.stderr.write(summaryLine(run.stats, Date.now(), process.resourceUsage().maxRSS * 1024) + '\n');
  }
  if (signalled) return SIGNAL_EXIT[signalled];
  return run.stats.failed ? 1 : 0;
}

function usage(ctx: CliContext, message: string): number {
  ctx.stderr.write(`sitrep: ${message}\n`);
  return 2;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

function parseShardFlag(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, such as 2/8.');
  return shard;
}
