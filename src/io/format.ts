export const INPUT_FORMATS = ['auto', 'text', 'json', 'ndjson'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export type ConcreteFormat = Exclude<InputFormat, 'auto'>;

/** The format a file's name announces, if any (".jsonl.gz" counts as ".jsonl"). */
export function formatFromPath(path: string): ConcreteFormat | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.txt') || name.endsWith('.text')) return 'text';
  return null;
}

/**
 * Sniffs the format from the first bytes: `[` is a JSON array; `{` followed, after the first line, by
 * another `{` line is NDJSON, otherwise one JSON object; anything else is plain text.
 */
export function sniffFormat(head: Buffer): ConcreteFormat {
  const s = head.toString('utf8', 0, Math.min(head.length, 1 << 20)).replace(/^\uFEFF/, '');
  const first = s.trimStart()[0];
  if (first === '[') return 'json';
  if (first !== '{') return 'text';
  const trimmed = s.trimStart();
  const nl = trimmed.indexOf('\n');
  if (nl < 0) return 'json';
  const firstLine = trimmed.slice(0, nl).trim();
  const rest = trimmed.slice(nl + 1).trimStart();
  if (firstLine.endsWith('}') && (rest === '' || rest.startsWith('{'))) {
    try {
      JSON.parse(firstLine);
      return 'ndjson';
    } catch {
      return 'json';
    }
  }
  return 'json';
}
