#!/usr/bin/env node
// Development helper: run the built library over a gold JSONL file and print sitrep NDJSON predictions,
// so ../shared/tools/score.mjs (or `sitrep eval --pred`) can score them.
// usage: node scripts/predict.mjs GOLD.jsonl > pred.ndjson   (run `npm run build` first)
import fs from 'node:fs';
import readline from 'node:readline';
import { extract } from '../dist/index.js';

const [goldPath] = process.argv.slice(2);
if (!goldPath) {
  console.error('usage: node scripts/predict.mjs GOLD.jsonl > pred.ndjson');
  process.exit(2);
}
const lines = readline.createInterface({ input: fs.createReadStream(goldPath), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  const result = extract({ id: String(rec.id), text: rec.text, published: rec.published ?? null });
  process.stdout.write(JSON.stringify(result) + '\n');
}
