import type { ArticleResult, CasualtyFigure, Result } from '../schema.js';

/** The few styles the terminal summary uses; chalk provides them, tests pass plain ones. */
export interface Painter {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
}

export const plainPainter: Painter = {
  bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s, cyan: (s) => s, magenta: (s) => s,
};

/** A compact human summary of one result: headline, then places / actors / dates / casualties. */
export function formatPretty(result: Result, p: Painter): string {
  if (!result.ok) {
    const where = [result.input.path, result.input.line && `line ${result.input.line}`].filter(Boolean).join(' ');
    return `${p.red('✗')} ${p.bold(result.id)}${where ? p.dim(` (${where})`) : ''}: ${p.red(result.error.code)} ${result.error.message}`;
  }
  const lines: string[] = [];
  lines.push(p.bold(result.title ?? result.id));
  const pub = result.published.value ? `${result.published.value} ${p.dim(`(${result.published.source})`)}` : p.dim('unknown');
  lines.push(`${p.dim('published')} ${pub}${result.dateline ? `   ${p.dim('dateline')} ${result.dateline.place.text}` : ''}`);
  section(lines, p, 'Casualties', result.casualties.map((c) => casualtyLine(c, p)));
  section(lines, p, 'Places', result.places.map((pl) =>
    `${p.cyan(pl.name)}${pl.country ? p.dim(` ${pl.country}`) : ''}${pl.lat !== null && pl.lon !== null ? p.dim(` ${pl.lat.toFixed(2)},${pl.lon.toFixed(2)}`) : ''}${times(pl.mentions.length, p)}`));
  section(lines, p, 'Actors', result.actors.map((a) =>
    `${p.magenta(a.name)} ${p.dim(a.type)}${a.aliases.length > 1 ? p.dim(` aka ${a.aliases.filter((x) => x !== a.name).slice(0, 4).join(', ')}`) : ''}${times(a.mentions.length, p)}`));
  section(lines, p, 'Dates', result.dates.map((d) => `${d.text} ${p.dim('→')} ${d.value ?? p.dim('?')}`), true);
  for (const w of result.warnings) lines.push(p.yellow(`! ${w}`));
  return lines.join('\n');
}

function casualtyLine(c: CasualtyFigure, p: Painter): string {
  const n = c.count.high === null ? `${c.count.low}+` : c.count.low === c.count.high ? `${c.count.low}` : `${c.count.low}–${c.count.high}`;
  const who = c.reportedBy ? p.dim(` — ${c.reportedBy.name}`) : '';
  return `${p.red(c.kind.padEnd(9))} ${p.bold(n.padStart(9))} ${c.victims.text}${who}`;
}

function section(lines: string[], p: Painter, name: string, items: string[], inline = false): void {
  if (!items.length) {
    lines.push(`${p.bold(name)} ${p.dim('none')}`);
    return;
  }
  if (inline) {
    lines.push(`${p.bold(name)} ${items.join(p.dim('; '))}`);
    return;
  }
  lines.push(p.bold(name));
  for (const item of items) lines.push(`  ${item}`);
}

function times(n: number, p: Painter): string {
  return n > 1 ? p.dim(` ×${n}`) : '';
}

export type { ArticleResult };
