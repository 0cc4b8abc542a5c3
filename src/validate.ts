// Every result is validated against its zod schema before it is written. zod allocates a payload and an issue
// list for every field it reads, which over a whole article costs about as much as a small extractor, so the
// schema is compiled here, once, into plain functions for the parts of zod the output schemas use: objects
// (unknown keys stripped, keys in schema order), arrays, strings, numbers, booleans, enums, literals,
// optional and nullable, and the checks int, min, max, length and regex. Any other node (a record, a union,
// a refinement…) is checked by zod itself.
// A compiled check accepts only what zod accepts, and then returns what zod would return. It may refuse a
// value zod would accept in a corner it does not model (a country code written with surrogate pairs), so on
// FAIL the caller asks zod, whose verdict and message stand. test/validate.test.ts holds the two together
// on the fixtures' records and on mutated ones.
// Like zod's own JIT, objects and arrays are compiled to generated code (new Function), one function per
// schema node, so that every property read and write site sees one key; without code generation (a host that
// forbids it) every node is left to zod.
import type { z } from 'zod';

/** The compiled form of a schema node: the parsed value, or FAIL. */
export type Check = (value: unknown) => unknown;

/** What a compiled check returns for a value it refuses. */
export const FAIL: unique symbol = Symbol('invalid');

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  coerce?: boolean;
}
interface CheckDef {
  check: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  length?: unknown;
  pattern?: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const optIn = (schema: z.ZodType): unknown => (schema as unknown as { _zod: { optin?: unknown } })._zod.optin;
const optOut = (schema: z.ZodType): unknown => (schema as unknown as { _zod: { optout?: unknown } })._zod.optout;

/** zod itself, for a node this compiler does not know. */
function viaZod(schema: z.ZodType): Check {
  return (value) => {
    const r = schema.safeParse(value);
    return r.success ? r.data : FAIL;
  };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Values the generated code refers to (sets of enum values, regexes, compiled sub-checks), by position: the
 * generated functions receive this array as `E`.
 */
class Env {
  readonly values: unknown[] = [];
  ref(value: unknown): string {
    this.values.push(value);
    return `E[${this.values.length - 1}]`;
  }
}

/**
 * A leaf node (its output is its input) as a JavaScript condition on the variable `x`, or null when the node
 * is not a leaf or holds something this compiler does not know.
 */
function leafCondition(schema: z.ZodType, env: Env, x: string): string | null {
  const def = defOf(schema);
  if (def.coerce) return null;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'string': {
      const parts = [`typeof ${x} === "string"`];
      for (const c of checks) {
        if (c.check === 'length_equals' && typeof c.length === 'number') {
          // zod counts code points: without surrogates they are the UTF-16 units (with them, zod decides)
          parts.push(`${x}.length === ${c.length}`, `!${env.ref(SURROGATE)}.test(${x})`);
        } else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) {
          const re = env.ref(c.pattern);
          parts.push(`(${re}.lastIndex = 0, ${re}.test(${x}))`);
        } else return null;
      }
      return parts.join(' && ');
    }
    case 'number': {
      const parts = [`typeof ${x} === "number"`, `Number.isFinite(${x})`];
      for (const c of checks) {
        if (c.check === 'number_format' && c.format === 'safeint') parts.push(`Number.isSafeInteger(${x})`);
        else if (c.check === 'greater_than' && typeof c.value === 'number' && Number.isFinite(c.value)) parts.push(`${x} ${c.inclusive ? '>=' : '>'} ${c.value}`);
        else if (c.check === 'less_than' && typeof c.value === 'number' && Number.isFinite(c.value)) parts.push(`${x} ${c.inclusive ? '<=' : '<'} ${c.value}`);
        else return null;
      }
      return parts.join(' && ');
    }
    case 'boolean':
      return checks.length ? null : `typeof ${x} === "boolean"`;
    case 'enum':
      return checks.length || !def.entries ? null : `${env.ref(new Set(Object.values(def.entries)))}.has(${x})`;
    case 'literal':
      return checks.length || !def.values ? null : `${env.ref(new Set(def.values))}.has(${x})`;
    case 'nullable': {
      const inner = !checks.length && def.innerType ? leafCondition(def.innerType, env, x) : null;
      return inner === null ? null : `(${x} === null || ${inner})`;
    }
    case 'optional': {
      if (checks.length || !def.innerType || optIn(def.innerType) === 'defaulted') return null;
      const inner = leafCondition(def.innerType, env, x);
      return inner === null ? null : `(${x} === undefined || ${inner})`;
    }
    default:
      return null;
  }
}

/**
 * Statements that check the variable `x` against the node and leave its output in `y`, or `return F` when it
 * fails.
 */
function checkStatements(schema: z.ZodType, env: Env, x: string, y: string): string {
  const leaf = leafCondition(schema, env, x);
  if (leaf !== null) return `if (!(${leaf})) return F; ${y} = ${x};`;
  const def = defOf(schema);
  // a wrapper around a compound node: null or undefined pass through, anything else goes to the inner node
  if (!def.checks?.length && def.innerType && (def.type === 'nullable' || (def.type === 'optional' && optIn(def.innerType) !== 'defaulted'))) {
    const pass = def.type === 'nullable' ? 'null' : 'undefined';
    return `if (${x} === ${pass}) ${y} = ${pass}; else { ${checkStatements(def.innerType, env, x, y)} }`;
  }
  return `${y} = ${env.ref(compile(schema))}(${x}); if (${y} === F) return F;`;
}

function generate(env: Env, body: string): Check | null {
  try {
    const make = new Function('E', 'F', `"use strict"; return function check(v) { ${body} };`) as (e: unknown[], f: symbol) => Check;
    return make(env.values, FAIL);
  } catch {
    return null; // code generation is forbidden here: zod checks this node
  }
}

function compileArray(schema: z.ZodType, def: Def): Check {
  if (def.checks?.length || !def.element) return viaZod(schema);
  const env = new Env();
  const body = `if (!Array.isArray(v)) return F;
    const n = v.length, out = new Array(n);
    for (let i = 0; i < n; i++) { const x = v[i]; let y; ${checkStatements(def.element, env, 'x', 'y')} out[i] = y; }
    return out;`;
  return generate(env, body) ?? viaZod(schema);
}

function compileObject(schema: z.ZodType, def: Def): Check {
  if (def.checks?.length || def.catchall !== undefined || !def.shape) return viaZod(schema);
  const env = new Env();
  const reads: string[] = [];
  const writes: string[] = [];
  let literal: string[] | null = [];
  Object.keys(def.shape).forEach((key, i) => {
    const child = def.shape![key]!;
    const k = JSON.stringify(key);
    const inOpt = optIn(child), outOpt = optOut(child);
    const optional = inOpt !== undefined;
    // zod's other rungs (defaults, prefaults) put values in place of absent keys: left to zod
    if (optional && !(inOpt === 'optional' && outOpt === 'optional')) throw new Unsupported();
    if (key === '__proto__') throw new Unsupported();
    if (optional) {
      // an absent optional key stays absent; a key present with undefined stays present
      reads.push(`let p${i} = true, o${i}; { const x = v[${k}]; if (x === undefined) { o${i} = undefined; p${i} = ${k} in v; } else { let y; ${checkStatements(child, env, 'x', 'y')} o${i} = y; } }`);
      if (literal) writes.push(`const out = {${literal.join(', ')}};`);
      literal = null;
      writes.push(`if (p${i}) out[${k}] = o${i};`);
    } else {
      reads.push(`let o${i}; { const x = v[${k}]; if (x === undefined && !(${k} in v)) return F; let y; ${checkStatements(child, env, 'x', 'y')} o${i} = y; }`);
      if (literal) literal.push(`${k}: o${i}`);
      else writes.push(`out[${k}] = o${i};`);
    }
  });
  if (literal) writes.push(`const out = {${literal.join(', ')}};`);
  const body = `if (typeof v !== "object" || v === null || Array.isArray(v)) return F;
    ${reads.join('\n    ')}
    ${writes.join('\n    ')}
    return out;`;
  return generate(env, body) ?? viaZod(schema);
}

class Unsupported extends Error {}

const compiled = new WeakMap<z.ZodType, Check>();

/** The schema as a check giving zod's output (or FAIL); compiled once per schema object. */
export function compile(schema: z.ZodType): Check {
  let check = compiled.get(schema);
  if (!check) {
    check = build(schema);
    compiled.set(schema, check);
  }
  return check;
}

function build(schema: z.ZodType): Check {
  const def = defOf(schema);
  try {
    if (def.type === 'object') return compileObject(schema, def);
    if (def.type === 'array') return compileArray(schema, def);
    const env = new Env();
    const leaf = leafCondition(schema, env, 'v');
    if (leaf !== null) return generate(env, `return ${leaf} ? v : F;`) ?? viaZod(schema);
    if ((def.type === 'nullable' || def.type === 'optional') && def.innerType) {
      return generate(env, `let y; ${checkStatements(schema, env, 'v', 'y')} return y;`) ?? viaZod(schema);
    }
    return viaZod(schema);
  } catch (err) {
    if (err instanceof Unsupported) return viaZod(schema);
    throw err;
  }
}
