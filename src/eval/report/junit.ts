// JUnit XML for CI systems: one test case per gate; a failed gate is a <failure>, a gate the gold
// files do not measure is <skipped>. All metric values go to <system-out> for the record.
import { fieldOf, metricValues } from '../names.js';
import { describeGate, type EvalReport } from './model.js';

// characters XML 1.0 cannot carry at all, even escaped
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in XML content and in double- or single-quoted attributes. */
export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export function formatJunit(r: EvalReport, seconds: number): string {
  const failures = r.gates.filter((g) => g.status === 'fail').length;
  const skipped = r.gates.filter((g) => g.status === 'skip').length;
  const counts = `tests="${r.gates.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sitrep eval" ${counts} time="${seconds.toFixed(3)}">`,
    `  <testsuite name="sitrep eval gates" ${counts} time="${seconds.toFixed(3)}">`,
    '    <properties>',
    ...r.sets.map((s) => `      <property name="gold" value="${xmlEscape(s.label)}"/>`),
    '    </properties>',
  ];
  for (const { gate, value, status } of r.gates) {
    const head = `    <testcase classname="sitrep.eval.${xmlEscape(fieldOf(gate.metric))}" name="${xmlEscape(describeGate(gate))}" time="0"`;
    if (status === 'pass') {
      lines.push(`${head}/>`);
    } else if (status === 'skip') {
      lines.push(`${head}>`, `      <skipped message="${xmlEscape(`${gate.metric} is not measured by these gold files`)}"/>`, '    </testcase>');
    } else {
      const msg = `${gate.metric} = ${value} (required ${gate.op} ${gate.threshold}, set in ${gate.origin})`;
      lines.push(`${head}>`, `      <failure type="gate" message="${xmlEscape(msg)}">${xmlEscape(msg)}</failure>`, '    </testcase>');
    }
  }
  const values = [...metricValues(r.overall.tallies)].map(([k, v]) => `${k} ${v === null ? 'n/a' : v}`).join('\n');
  lines.push(`    <system-out>${xmlEscape(values)}</system-out>`, '  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
