import { Command, InvalidArgumentError } from 'commander';
import { writeFileSync } from 'node:fs';
// Only the light gate parser loads with the CLI (option parsing needs it); scoring, gold reading and the
// report formatters load when `sitrep eval` actually runs, so `sitrep extract` does not pay for them.
import { findConfig, mergeGates, parseGate, validMetricList, GateError, type Gate } from '../eval/gates.js';
import { describeGate, failedGates, formatValue, type EvalReport } from '../eval/report/model.js';
import type { CliContext } from './context.js';

interface EvalFlags {
  pred?: string[];
  json?: boolean;
  junit?: string;
  explain?: boolean;
  min: Gate[];
  max: Gate[];
  config?: string | false;
  listMetrics?: boolean;
}

const gateFlag = (op: '>=' | '<=', flag: string) => (spec: string, previous: Gate[] = []): Gate[] => {
  try {
    return [...previous, parseGate(spec, op, flag)];
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
};
const collect = (value: string, previous: string[] = []) => [...previous, value];

export function evalCommand(ctx: CliContext): Command {
  const cmd: Command = new Command('eval')
    .description('score extraction against gold files (TempEval-3 dates, CoNLL entities, geoparsing, casualty figures…); gates fail CI')
    .argument('[gold...]', 'gold JSONL files (format: shared/eval/README.md); default: the config file\'s "gold"')
    .option('--pred <file>', 'score this sitrep NDJSON output (matched by id) instead of extracting; repeat for one per gold file', collect)
    .option('--json', 'print the report as JSON')
    .option('--junit <file>', 'write JUnit XML, one test case per gate')
    .option('--explain', 'list each miss, false positive and wrong value with its sentence')
    .option('--min <metric=value>', 'fail (exit 1) when the metric is below the value, e.g. dates.valueF1=0.8; repeatable', gateFlag('>=', '--min'), [])
    .option('--max <metric=value>', 'fail (exit 1) when the metric is above the value, e.g. run.failed=0; repeatable', gateFlag('<=', '--max'), [])
    .option('--config <file>', 'gates (and gold files) from a JSON config; default: ./sitrep.eval.json when present')
    .option('--no-config', 'ignore ./sitrep.eval.json')
    .option('--list-metrics', 'print every metric name with what it measures, and exit')
    .addHelpText('after', '\nMetric names are <field>.<metric>, the field being the gold key: dates.strictF1, dates.valueF1,\nentities.PER.relaxedF1, toponyms.acc161, places.r, actors.typeAccuracy, casualties.f1, tally.killed.mae,\nattributions.sourceCueF1, run.failed… (--list-metrics prints them all).\nExit status: 0 all gates pass, 1 a gate failed, 2 bad usage (unknown metric, bad threshold, unreadable file).')
    .action(async (gold: string[], flags: EvalFlags) => {
      const usage = (message: string): never => cmd.error(`sitrep eval: ${message}`, { exitCode: 2, code: 'sitrep.usage' });
      if (flags.listMetrics) {
        ctx.stdout.write(validMetricList() + '\n');
        return;
      }
      const { evaluate, formatJson, formatJunit, formatTable, EvalInputError } = await import('../eval/index.js');
      let report: EvalReport;
      const started = performance.now();
      try {
        const config = flags.config === false ? null : findConfig(flags.config, process.cwd());
        const files = gold.length ? gold : config?.gold ?? [];
        if (!files.length) usage('give gold files (JSONL, see shared/eval/README.md), or list them under "gold" in sitrep.eval.json');
        const gates = mergeGates(config?.gates ?? [], [...flags.min, ...flags.max]);
        report = await evaluate({ gold: files, ...(flags.pred ? { pred: flags.pred } : {}), explain: flags.explain ?? false, gates });
      } catch (err) {
        if (err instanceof GateError || err instanceof EvalInputError) return usage(err.message);
        throw err;
      }
      if (flags.junit) {
        try {
          writeFileSync(flags.junit, formatJunit(report, (performance.now() - started) / 1000));
        } catch (err) {
          return usage(`cannot write ${flags.junit}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        }
      }
      ctx.stdout.write(flags.json ? formatJson(report, flags.explain ?? false) : formatTable(report, ctx.colour));
      const failed = failedGates(report);
      if (failed.length) {
        ctx.stderr.write(`sitrep eval: ${failed.length} gate${failed.length === 1 ? '' : 's'} failed: ${failed.map((g) => `${describeGate(g.gate)} (got ${g.value === null ? 'n/a' : formatValue(g.gate.metric, g.value, true)})`).join('; ')}\n`);
      }
      ctx.setExitCode(failed.length ? 1 : 0);
    });
  return cmd;
}
