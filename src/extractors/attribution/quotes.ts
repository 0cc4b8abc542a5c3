// Quotation spans of the whole article (marks included), so a quote that runs over several sentences —
// or, by news convention, several paragraphs each reopened with a quote mark — is one span.
export interface QuoteSpan {
  start: number;
  end: number;
}

const OPEN = new Set(['“', '«', '„', '``']);
const CLOSE = new Set(['”', '»']);

/** One linear pass; straight quotes open after whitespace or an opening bracket and close otherwise. */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  const marks = /["\n«»“”„]|''|``/g;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      // an unterminated quote ends with its paragraph unless the next paragraph reopens it
      if (open >= 0 && !reopens(text, i)) open = -1;
      continue;
    }
    let role: 'open' | 'close';
    if (OPEN.has(c)) role = 'open';
    else if (CLOSE.has(c)) role = 'close';
    else role = c === '``' || opensHere(text, i) ? 'open' : 'close';
    if (role === 'open') {
      // a second opening mark inside an open quote is a paragraph reopening it, or noise: keep the first
      if (open < 0) open = i;
    } else if (open >= 0) {
      spans.push({ start: open, end: i + c.length });
      open = -1;
    }
  }
  return spans;
}

function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = text[i + 1] ?? ' ';
  if (/[\s([{—–-]/u.test(before)) return !/\s/u.test(after);
  return false;
}

function reopens(text: string, newline: number): boolean {
  let j = newline + 1;
  while (j < text.length && /\s/u.test(text[j] ?? '')) j++;
  const c = text[j] ?? '';
  return OPEN.has(c) || c === '"' || (c === "'" && text[j + 1] === "'") || (c === '`' && text[j + 1] === '`');
}

/** the quote span containing offset `at`, if any (spans are sorted and disjoint). */
export function quoteAt(quotes: readonly QuoteSpan[], at: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (!q) break;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}
