// The bench corpus: the bundled fixtures, plus the dev-set texts when ../shared/eval is there (read in
// place, never copied), repeated until there are at least `min` articles.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export function loadCorpus(min = 2000) {
  const texts = [];
  const seed = JSON.parse(fs.readFileSync(path.join(root, 'fixtures/seed/article.json'), 'utf8'));
  texts.push({ text: seed.text, published: seed.published });
  for (const dir of fs.readdirSync(path.join(root, 'fixtures'))) {
    const f = path.join(root, 'fixtures', dir, 'article.json');
    if (dir !== 'seed' && fs.existsSync(f)) {
      const a = JSON.parse(fs.readFileSync(f, 'utf8'));
      texts.push({ text: a.text, published: a.published ?? null });
    }
  }
  const shared = process.env.SITREP_SHARED_EVAL ?? path.join(root, '..', 'shared', 'eval');
  let source = 'fixtures only (../shared/eval not found)';
  if (fs.existsSync(shared)) {
    source = 'fixtures + dev-set texts from ../shared/eval';
    for (const f of fs.readdirSync(shared).filter((n) => n.endsWith('.jsonl') && n !== 'seed.jsonl').sort()) {
      for (const line of fs.readFileSync(path.join(shared, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line);
        texts.push({ text: r.text, published: r.published ?? null });
      }
    }
  }
  const articles = [];
  while (articles.length < min) articles.push(...texts);
  return { articles, distinct: texts.length, source };
}

export const countWords = (s) => (s.match(/\S+/g) ?? []).length;
