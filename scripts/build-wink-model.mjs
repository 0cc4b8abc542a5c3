#!/usr/bin/env node
// Build-time step (run by `npm run build` after tsc, and by the test global setup): write wink's core model,
// pre-decoded, to dist/wink-core.bin (not committed), so a process reads the lexicon as raw words and the
// lexemes as one string instead of parsing 3 MB of JSON and base64 (src/document/wink-model.ts). At run
// time a missing file, or one made from another version of the model package, falls back to the JSON.
import { performance } from 'node:perf_hooks';

const { writeCoreBinary, CORE_BINARY } = await import('../dist/document/wink-model.js');
const t0 = performance.now();
const bytes = writeCoreBinary(CORE_BINARY);
console.error(`wink model: ${Math.round(bytes / 1024)} KB in dist/wink-core.bin, ${Math.round(performance.now() - t0)} ms`);
