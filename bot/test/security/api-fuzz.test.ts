// Property-based fuzzing of every API body (fast-check): for each body-taking route of the app's real route table,
// 10,000 inputs no contract accepts go through the whole express app in-process (JSON parser, ID token, role and
// office checks, zod, the use case, the error handler) and a sample of them over real HTTP. Every answer must be a
// 4xx — never a 5xx, never a 2xx — and nothing stored or sent may change.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { Express } from 'express';
import { inject } from './inject';
import {
  fuzzFixture,
  fuzzTargets,
  jsonInputs,
  snapshot,
  uploadHeaders,
  uploadInputs,
  writesOf,
  type FuzzStack,
  type FuzzTarget,
} from './fuzz-support';

const IN_PROCESS_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const OVER_HTTP_RUNS = Math.min(200, IN_PROCESS_RUNS);
jest.setTimeout(600_000);

let stack: FuzzStack;
let app: Express;
let server: Server;
let baseUrl: string;
let targets: FuzzTarget[];
let bodyless: string[];
let unknown: string[];

beforeAll(async () => {
  const fixture = await fuzzFixture();
  ({ stack, app } = fixture);
  ({ targets, bodyless, unknown } = fuzzTargets(app, fixture.ids));
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await stack.stop();
});

type Send = (t: FuzzTarget, token: string, input: unknown) => Promise<{ status: number; text: string }>;

const headersFor = (t: FuzzTarget, token: string, input: unknown): Record<string, string> => ({
  authorization: `Bearer ${token}`,
  ...(t.kind === 'upload' ? uploadHeaders(input as never) : { 'content-type': (input as { contentType: string }).contentType }),
});
const bodyOf = (t: FuzzTarget, input: unknown) =>
  t.kind === 'upload' ? Buffer.from((input as { bytes: Uint8Array }).bytes) : (input as { text: string }).text;

const inProcess: Send = (t, token, input) =>
  inject(app, { method: t.method, url: t.path, headers: headersFor(t, token, input), body: bodyOf(t, input) });
const overHttp: Send = async (t, token, input) => {
  const body = bodyOf(t, input);
  const res = await fetch(`${baseUrl}${t.path}`, {
    method: t.method,
    headers: headersFor(t, token, input),
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, text: await res.text() };
};

/** Runs the property for one route; the statuses seen, by code. */
async function fuzz(t: FuzzTarget, send: Send, numRuns: number): Promise<Record<number, number>> {
  const token = stack.platform.mintIdToken(t.caller, { expiresInSeconds: 3600 });
  const seen: Record<number, number> = {};
  const before = snapshot(stack);
  const stored = before();
  const arbitrary = (t.kind === 'upload' ? uploadInputs : jsonInputs(t.base)) as fc.Arbitrary<unknown>;
  let failure = '';
  const property = fc.asyncProperty(arbitrary, async (input) => {
    const writes = writesOf(stack);
    const res = await send(t, token, input);
    seen[res.status] = (seen[res.status] ?? 0) + 1;
    const wrote = writesOf(stack) - writes;
    // A 4xx with the error body, and no write (or, where refusals are counted, only that one record).
    if (res.status < 400 || res.status >= 500 || !res.text.includes('"error"')) failure = `answer ${res.status} ${res.text.slice(0, 300)}`;
    else if (wrote > (t.countsRefusals ? 1 : 0)) failure = `${wrote} write(s) for an answer ${res.status}`;
    else return true;
    return false;
  });
  const result = await fc.check(property, { numRuns });
  if (result.failed) throw new Error(`${t.name} (${t.path}): ${failure}\n${fc.defaultReportMessage(result)}`);
  expect(before()).toBe(stored);
  return seen;
}

describe('When random inputs hit every body-taking API route', () => {
  it('then the routes come from the app: every mutating route is fuzzed or takes no body at all', () => {
    expect(unknown).toEqual([]);
    expect(targets.length).toBeGreaterThan(30);
    // Bodyless routes act on the path alone (archive, cancel, open, delete…): no body to fuzz.
    expect(bodyless.length).toBeGreaterThan(0);
  });

  it(`then ${IN_PROCESS_RUNS.toLocaleString('en')} inputs per route in-process give only 4xx and change nothing`, async () => {
    const report: Record<string, Record<number, number>> = {};
    for (const t of targets) report[t.name] = await fuzz(t, inProcess, IN_PROCESS_RUNS);
    expect(Object.keys(report)).toHaveLength(targets.length);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it(`then ${OVER_HTTP_RUNS} inputs per route over real HTTP give only 4xx and change nothing`, async () => {
    for (const t of targets) await fuzz(t, overHttp, OVER_HTTP_RUNS);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
