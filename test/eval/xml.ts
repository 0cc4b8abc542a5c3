// A small XML well-formedness check for the JUnit output (no XML parser among the dependencies):
// one root, tags nest and close, attributes are quoted, text and attribute values hold no raw < or
// stray &, and no character XML 1.0 forbids.
const NAME = String.raw`[A-Za-z_][\w.-]*`;
const ATTR = String.raw`\s+${NAME}="[^"<]*"`;
const TOKEN = new RegExp(String.raw`<\?xml[^?]*\?>|<(/?)(${NAME})((?:${ATTR})*)\s*(/?)>|([^<]+)|(<)`, 'gy');
const ENTITY_OK = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/;

export function xmlProblems(doc: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  if (FORBIDDEN.test(doc)) problems.push('a character XML 1.0 forbids');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(doc); m; m = TOKEN.exec(doc)) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) {
      problems.push(`malformed tag at ${m.index}: ${doc.slice(m.index, m.index + 40)}`);
      break;
    }
    if (text !== undefined) {
      if (ENTITY_OK.test(text)) problems.push(`unescaped & in text at ${m.index}`);
      if (!stack.length && text.trim()) problems.push(`text outside the root at ${m.index}`);
      continue;
    }
    if (!name) continue; // the XML declaration
    if (attrs && ENTITY_OK.test(attrs)) problems.push(`unescaped & in attributes of <${name}>`);
    if (close) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
    } else {
      if (!stack.length && ++roots > 1) problems.push('more than one root element');
      if (!selfClose) stack.push(name);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (!roots) problems.push('no root element');
  return problems;
}
