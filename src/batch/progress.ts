import type { Writable } from 'node:stream';
import type { BatchStats } from './run.js';

const BAR = 24;

/** One line of progress: records, rate, failures, and — when the input size is known — percent and ETA. */
export function progressLine(stats: BatchStats, now: number): string {
  const secs = Math.max((now - stats.startedAt) / 1000, 1e-3);
  const rate = stats.done / secs;
  const parts = [`${fmt(stats.done)} ${stats.done === 1 ? 'article' : 'articles'}`, `${fmt(Math.round(rate))}/s`];
  if (stats.failed) parts.push(`${fmt(stats.failed)} failed`);
  if (stats.skipped) parts.push(`${fmt(stats.skipped)} skipped`);
  let bar = '';
  if (stats.bytesTotal && stats.bytesRead > 0) {
    const frac = Math.min(1, stats.bytesRead / stats.bytesTotal);
    const filled = Math.round(frac * BAR);
    bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${Math.floor(frac * 100)}% `;
    if (frac > 0.001 && frac < 1) parts.push(`ETA ${duration((secs * (1 - frac)) / frac)}`);
  }
  return `sitrep ${bar}${parts.join(' · ')}`;
}

/** Redraws the progress line on a terminal a few times a second; returns a function that clears it. */
export function showProgress(out: Writable, stats: BatchStats, everyMs = 200): () => void {
  const draw = () => out.write(`\r\u001b[2K${progressLine(stats, Date.now())}`);
  const timer = setInterval(draw, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    out.write('\r\u001b[2K');
  };
}

/** The end-of-run summary for a person (one line, or two when something failed). */
export function summaryLine(stats: BatchStats, now: number, peakRssBytes?: number): string {
  const secs = Math.max((now - stats.startedAt) / 1000, 1e-3);
  const counts = [`${fmt(stats.ok)} ok`, `${fmt(stats.failed)} failed`, `${fmt(stats.skipped)} skipped`];
  if (stats.otherShards) counts.push(`${fmt(stats.otherShards)} in other shards`);
  let line = `sitrep: ${fmt(stats.done)} ${stats.done === 1 ? 'article' : 'articles'} in ${secs.toFixed(1)} s (${fmt(Math.round(stats.done / secs))}/s, ${stats.workers ? `${stats.workers} workers` : '1 thread'}): ${counts.join(', ')}`;
  if (peakRssBytes !== undefined) line += `; peak memory ${Math.round(peakRssBytes / 2 ** 20)} MB`;
  if (stats.interrupted) line += ' — interrupted';
  const codes = Object.entries(stats.failedByCode).sort((a, b) => b[1] - a[1]);
  if (codes.length) line += `\nsitrep: failed: ${codes.map(([code, n]) => `${fmt(n)} ${code}`).join(', ')}`;
  return line;
}

function fmt(n: number): string {
  return n.toLocaleString('en');
}

function duration(secs: number): string {
  if (secs < 60) return `${Math.ceil(secs)}s`;
  if (secs < 3600) return `${Math.floor(secs / 60)}m${String(Math.round(secs % 60)).padStart(2, '0')}s`;
  return `${Math.floor(secs / 3600)}h${String(Math.floor((secs % 3600) / 60)).padStart(2, '0')}m`;
}
