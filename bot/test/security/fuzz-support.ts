// The fuzz suite's fixture, inputs and checks: the body-taking routes of the real route table, random inputs that no
// contract accepts (wrong JSON types at any depth, non-objects, broken JSON, random files), and a fingerprint of
// everything stored (SQLite rows, files) and sent (LINE requests) to prove a refused input changed nothing.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import fc from 'fast-check';
import { COLLECTIONS, FILE_NAME_HEADER } from '@nithet/shared';
import type { Express } from 'express';
import { createApp } from '../../src/app';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { startTestStack, SUPERVISOR } from '../support/local-stack';
import { api, COORDINATOR } from '../support/people';
import { ROWS, routeTable, seedMatrixOffice, type Row } from './api-routes';

export type FuzzStack = Awaited<ReturnType<typeof startTestStack>>;

/** Routes whose body is a file (raw bytes), not JSON. */
export const UPLOAD_ROUTES = new Set([
  'POST /api/directory/:kind/preview',
  'POST /api/directory/:kind/import',
  'POST /api/networks/:id/activities/:activityId/evidence',
  'POST /api/networks/:id/library/documents',
]);
/** Refused saves these routes count for the data-quality board: one small record per refusal, nothing else. */
const COUNTS_REFUSALS = new Set(['PUT /api/me/registration', 'POST /api/form-rounds/:id/responses']);

export interface FuzzTarget {
  name: string;
  method: string;
  path: string;
  kind: 'json' | 'upload';
  /** A body the route accepts, mutated into ones it must not. */
  base: unknown;
  caller: string;
  countsRefusals: boolean;
}

const MUTATING = /^(POST|PUT|PATCH|DELETE) /;

/** The routes of the app that read a body, from its route table; every other mutating route is listed as bodyless. */
export function fuzzTargets(app: Express, ids: Record<string, string>): { targets: FuzzTarget[]; bodyless: string[]; unknown: string[] } {
  const rows = new Map<string, Row>(ROWS.map((r) => [`${r.method} ${r.route}`, r]));
  const targets: FuzzTarget[] = [];
  const bodyless: string[] = [];
  const unknown: string[] = [];
  for (const name of routeTable(app).filter((r) => MUTATING.test(r) && r.includes(' /api/'))) {
    const row = rows.get(name);
    if (!row) unknown.push(name);
    else if (row.body === undefined && !UPLOAD_ROUTES.has(name)) bodyless.push(name);
    else targets.push(target(name, row, ids));
  }
  return { targets, bodyless, unknown };
}

function target(name: string, row: Row, ids: Record<string, string>): FuzzTarget {
  let path = row.path ?? row.route;
  for (const [placeholder, real] of Object.entries(ids)) path = path.replace(placeholder, real);
  return {
    name,
    method: row.method,
    path,
    kind: UPLOAD_ROUTES.has(name) ? 'upload' : 'json',
    base: row.body ?? {},
    // The coordinator belongs to the network the fixture's round and seminar are for; the rest is the supervisor's.
    caller: row.allowed.includes('coordinator') ? COORDINATOR : SUPERVISOR,
    countsRefusals: COUNTS_REFUSALS.has(name),
  };
}

/** The matrix office plus real records for the rows that name a missing one, and the round open for answers. */
export async function fuzzFixture(): Promise<{ stack: FuzzStack; app: Express; ids: Record<string, string> }> {
  const stack = await startTestStack();
  await seedMatrixOffice(stack);
  const as = async (path: string, body: unknown, pick: (b: Record<string, { id: string }>) => string) => {
    const res = await api(stack, SUPERVISOR, 'POST', path, body);
    if (res.status >= 300) throw new Error(`fixture ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return pick(res.body as Record<string, { id: string }>);
  };
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const ids = {
    'pa-none': await as('/api/plan/activities', { title: 'สัมมนา', kind: 'seminar' }, (b) => b.activity!.id),
    'rec-none': await as('/api/recommendations', { text: 'ขยายผล PLC' }, (b) => b.recommendation!.id),
    'rep-none': await as('/api/reports', { cycle: { yearBE: 2570, periodKind: 'fiscal' } }, (b) => b.report!.id),
    'nac-none': await as(
      '/api/networks/net-lead2570/activities',
      { title: 'แลกเปลี่ยนเรียนรู้', kind: 'knowledge-exchange', date: today },
      (b) => b.activity!.id,
    ),
  };
  const opened = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds/rnd-lead/open');
  if (opened.status !== 200) throw new Error(`fixture open round: ${opened.status} ${JSON.stringify(opened.body)}`);
  // In-process and at volume: no rate limit (bot/test/security/rate-limit.test.ts has those).
  return { stack, app: createApp(stack.deps, { rateLimits: false }), ids };
}

// ---- Inputs -------------------------------------------------------------------------------------------------------

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';
const KINDS: Kind[] = ['string', 'number', 'boolean', 'array', 'object'];
const kindOf = (v: unknown): Kind | 'null' => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as Kind));
const json = fc.jsonValue({ maxDepth: 2 });
const ofKind: Record<Kind, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 40 }),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 2 ** 53, 1e308)),
  boolean: fc.boolean(),
  array: fc.array(json, { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 4 }),
};
/** Any JSON value of another type than `v` (never null: an optional field may take it). */
const otherKind = (v: unknown) => fc.oneof(...KINDS.filter((k) => k !== kindOf(v)).map((k) => ofKind[k]));

/** Every path into a JSON value (object keys and array indexes), the root excluded. */
function paths(v: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...paths(x, [...at, i])]);
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...paths(x, [...at, k])]);
  return [];
}
const getAt = (v: unknown, p: Array<string | number>): unknown => p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], v);
function setAt(v: unknown, p: Array<string | number>, value: unknown): unknown {
  if (p.length === 0) return value;
  const [k, ...rest] = p;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[k!] = setAt(copy[k!], rest, value);
  return copy;
}

export interface JsonInput {
  text: string;
  contentType: string;
}

/**
 * JSON bodies no contract accepts: the route's own valid body with a value of the wrong type at some depth (plus
 * junk keys, plus prototype-pollution keys), a top-level non-object, or text that is not JSON (or not an object).
 */
export function jsonInputs(base: unknown): fc.Arbitrary<JsonInput> {
  const at = paths(base);
  const junkKeys = fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 3 });
  const mutated = at.length
    ? fc.tuple(junkKeys, fc.constantFrom(...at), fc.boolean()).chain(([junk, path, pollute]) =>
        otherKind(getAt(base, path)).map((wrong) => {
          const text = JSON.stringify(setAt({ ...junk, ...(base as object) }, path, wrong));
          return pollute ? `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${text.slice(1)}` : text;
        }),
      )
    : fc.constant('[]');
  const nonObject = fc.oneof(ofKind.string, ofKind.number, ofKind.boolean, fc.constant(null), ofKind.array).map((v) => JSON.stringify(v));
  // (Empty text is read as {} by the JSON parser: an object, so not among these.)
  const notJson = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).filter((s) => {
    try {
      const v: unknown = JSON.parse(s);
      return typeof v !== 'object' || v === null || Array.isArray(v);
    } catch {
      return true;
    }
  });
  return fc.record({
    text: fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 2, arbitrary: nonObject }, { weight: 2, arbitrary: notJson }),
    contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8'),
  });
}

export interface UploadInput {
  bytes: Uint8Array;
  contentType: string;
  name: string;
}

/** Random bytes under any declared type and name: never a file of a kind the route takes. */
export const uploadInputs: fc.Arbitrary<UploadInput> = fc.record({
  bytes: fc.uint8Array({ maxLength: 2048 }),
  contentType: fc.constantFrom(
    'image/jpeg',
    'image/png',
    'application/pdf',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/octet-stream',
    'text/html',
  ),
  name: fc.string({ maxLength: 60 }),
});

export const uploadHeaders = (u: UploadInput) => ({ 'content-type': u.contentType, [FILE_NAME_HEADER]: encodeURIComponent(u.name) });

// ---- What must not change -----------------------------------------------------------------------------------------

/**
 * Everything stored (every SQLite row but those of `ignore`: by default the refusal counters, every file) and the
 * number of LINE calls that send messages, as one hash taken each time the returned function is called.
 */
export function snapshot(stack: FuzzStack, ignore: string[] = [COLLECTIONS.validationFailures]): () => string {
  const store = stack.deps.repos.store as SqliteStore;
  const db = new DatabaseSync(store.file, { readOnly: true });
  const rows = db.prepare(
    `SELECT collection, id, rev, data FROM docs WHERE collection NOT IN (${ignore.map(() => '?').join(',')}) ORDER BY collection, id`,
  );
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return files(p);
      return /nithet\.sqlite/.test(e.name) ? [] : [`${p}:${statSync(p).size}`];
    });
  return () => {
    const hash = createHash('sha256');
    for (const r of rows.iterate(...ignore)) hash.update(JSON.stringify(r));
    hash.update(files(stack.dataDir).sort().join('\n'));
    hash.update(
      String(stack.platform.requests().filter((r) => /\/v2\/bot\/message\/(push|multicast|broadcast|narrowcast)/.test(r.path)).length),
    );
    return hash.digest('hex');
  };
}

/** Document writes and deletes so far (the SQLite adapter counts them): checked after every single input. */
export const writesOf = (stack: FuzzStack) => {
  const m = (stack.deps.repos.store as SqliteStore).metrics;
  return m.writes + m.deletes;
};
