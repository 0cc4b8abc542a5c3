// The terminal report: one table per gold file (and for all files together), the gates, and with
// --explain each miss and false positive with its sentence. The only place chalk is used.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Explanation } from '../explain.js';
import { fieldOf, METRICS } from '../names.js';
import type { SetScore } from '../score.js';
import { prf, type Tallies } from '../tallies.js';
import { describeGate, formatValue, type EvalReport } from './model.js';

const num = (x: number) => x.toFixed(3);

/** A value padded to the column, then coloured: green good, yellow middling, red poor. */
function grade(c: ChalkInstance, x: number, better: 'higher' | 'lower' | 'none', ratio = true): string {
  const shown = (ratio ? num(x) : String(Math.round(x * 1000) / 1000)).padStart(6);
  if (better === 'none') return shown;
  if (better === 'lower') return x === 0 ? c.green(shown) : c.yellow(shown);
  return (x >= 0.8 ? c.green : x >= 0.5 ? c.yellow : c.red)(shown);
}

function setTable(s: SetScore, c: ChalkInstance): string[] {
  const t: Tallies = s.tallies;
  const docs = t.count.get('run.docs') ?? 0;
  const run = ['missing', 'failed', 'spanErrors'].map((k) => `${t.count.get(`run.${k}`) ?? 0} ${k === 'spanErrors' ? 'span errors' : k}`);
  const lines = [c.bold(`${s.label}`) + c.dim(`  ${docs} document${docs === 1 ? '' : 's'}; ${run.join(', ')}`)];
  lines.push(c.dim(`    ${'metric'.padEnd(36)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`));
  const seen = new Set<string>();
  const byField = new Map<string, string[]>();
  for (const m of METRICS) {
    if (seen.has(m.key) || m.key.startsWith('run.')) continue;
    seen.add(m.key);
    let row: string;
    if (m.stat === 'p' || m.stat === 'r' || m.stat === 'f1') {
      const counts = t.prf.get(m.key);
      if (!counts) continue;
      const v = prf(counts);
      const label = m.key.includes('.') ? `${m.key}{P,R,F1}` : `${m.key}.{p,r,f1}`;
      const detail = counts.tpPred === counts.tp
        ? `${counts.tp} matched; ${counts.pred} predicted, ${counts.gold} gold`
        : `${counts.tp} of ${counts.gold} gold found; ${counts.tpPred} of ${counts.pred} predicted match`;
      row = `${label.padEnd(36)} ${num(v.p).padStart(6)} ${num(v.r).padStart(6)} ${grade(c, v.f1, 'higher')}  ${c.dim(detail)}`;
    } else if (m.stat === 'rate' || m.stat === 'mean') {
      const counts = m.stat === 'rate' ? t.rate.get(m.key) : t.mean.get(m.key);
      if (!counts) continue;
      const value = counts.n ? ('ok' in counts ? counts.ok : counts.sum) / counts.n : null;
      const shown = value === null ? c.dim('n/a'.padStart(6)) : grade(c, value, m.better, m.ratio);
      const detail = 'ok' in counts ? `${counts.ok} of ${counts.n}` : `over ${counts.n}`;
      row = `${m.name.padEnd(36)} ${''.padStart(13)} ${shown}  ${c.dim(detail)}`;
    } else {
      const n = t.count.get(m.key);
      if (n === undefined) continue;
      row = `${m.name.padEnd(36)} ${''.padStart(13)} ${grade(c, n, m.better, false)}`;
    }
    const rows = byField.get(fieldOf(m.name)) ?? [];
    rows.push(`    ${row}`);
    byField.set(fieldOf(m.name), rows);
  }
  for (const [field, rows] of byField) lines.push(c.bold(`  ${field}`), ...rows);
  return lines;
}

function gateLines(r: EvalReport, c: ChalkInstance): string[] {
  if (!r.gates.length) return [];
  const scope = r.sets.length > 1 ? 'all gold files together, unless set on one' : r.overall.label;
  const lines = [c.bold(`Gates (${scope})`)];
  for (const { gate, value, status } of r.gates) {
    const mark = status === 'pass' ? c.green('✓') : status === 'fail' ? c.red('✗') : c.yellow('-');
    const shown = value === null ? c.dim('not measured by these gold files') : formatValue(gate.metric, value);
    lines.push(`  ${mark} ${describeGate(gate).padEnd(48)} ${shown}${status === 'fail' ? c.red('  FAILED') : ''}`);
  }
  return lines;
}

function explanationLines(s: SetScore, c: ChalkInstance): string[] {
  if (!s.explanations.length) return [];
  const lines = [c.bold(`Why — ${s.label}`) + c.dim(`  (${s.explanations.length} items)`)];
  let id = '';
  for (const e of s.explanations as Explanation[]) {
    if (e.id !== id) {
      id = e.id;
      lines.push(c.bold(`  ${id}`));
    }
    const verdict = e.verdict === 'miss' ? c.red('miss') : e.verdict === 'false positive' ? c.magenta('false positive') : c.yellow('wrong');
    lines.push(`    ${c.cyan(e.field)} ${verdict} ${e.message}`);
    if (e.sentence) lines.push(c.dim(`      │ ${e.sentence}`));
  }
  return lines;
}

export function formatTable(r: EvalReport, colour: boolean): string {
  const c = new Chalk(colour ? {} : { level: 0 });
  const blocks: string[][] = r.sets.map((s) => setTable(s, c));
  if (r.sets.length > 1) blocks.push(setTable(r.overall, c));
  for (const { path, lines } of r.badPredictionLines) if (lines) blocks.push([c.yellow(`! ${path}: ${lines} line(s) not JSON or without an id were skipped`)]);
  const gates = gateLines(r, c);
  if (gates.length) blocks.push(gates);
  for (const s of r.sets) {
    const why = explanationLines(s, c);
    if (why.length) blocks.push(why);
  }
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}
