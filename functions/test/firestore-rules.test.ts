// firestore.rules against Google's emulator with the rules enforced: no client, signed in or not, reads or writes any
// collection the server keeps; the server's Admin access (the emulator's owner) still works.
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { COLLECTIONS, JOB_RUNS_COLLECTION } from '@nithet/shared';
import { startFirestoreEmulator, type FirestoreEmulator } from '../../scripts/jest/firestore-emulator';
import { FORM_ROUND_REMINDERS_COLLECTION, SEMINAR_REMINDERS_COLLECTION } from '../../bot/src/jobs';
import { FORM_NUDGES_COLLECTION } from '../../bot/src/api/form-admin-routes';

const RULES = resolve(__dirname, '../../firestore.rules');
const PROJECT = 'demo-nithet-rules';
const CONTROL = 'demo-nithet-rules-open';

/** Every collection the server writes, plus a sub-collection and a name nobody uses: the rules must cover all paths. */
const COLLECTION_PATHS = [
  ...Object.values(COLLECTIONS),
  JOB_RUNS_COLLECTION,
  SEMINAR_REMINDERS_COLLECTION,
  FORM_ROUND_REMINDERS_COLLECTION,
  FORM_NUDGES_COLLECTION,
  'areas/esa/anything',
  'notACollectionYet',
];

let emulator: FirestoreEmulator;

/** An ID token as the Firebase client SDK sends it; the emulator checks rules against it without a signature. */
function clientIdToken(projectId: string, uid: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: `https://securetoken.google.com/${projectId}`,
    aud: projectId,
    iat: now,
    exp: now + 3600,
    auth_time: now,
    sub: uid,
    user_id: uid,
    email: `${uid}@example.com`,
    email_verified: true,
    firebase: { sign_in_provider: 'password', identities: {} },
  };
  return `${b64({ alg: 'none', kid: 'fakekid', typ: 'JWT' })}.${b64(claims)}.`;
}

type Who = 'owner' | 'anonymous' | 'signed-in';
const headersOf = (who: Who, projectId: string): Record<string, string> => ({
  'content-type': 'application/json',
  ...(who === 'owner' ? { authorization: 'Bearer owner' } : {}),
  ...(who === 'signed-in' ? { authorization: `Bearer ${clientIdToken(projectId, 'teacher-1')}` } : {}),
});

/** Every kind of client access through Firestore's REST API (the same rules apply to the web and mobile SDKs). */
async function attempts(projectId: string, path: string, who: Who): Promise<Record<string, number>> {
  const db = `http://${emulator.host}/v1/projects/${projectId}/databases/(default)/documents`;
  const headers = headersOf(who, projectId);
  const parent = path.split('/').slice(0, -1).join('/');
  const collectionId = path.split('/').at(-1)!;
  const fields = { fields: { areaId: { stringValue: 'esa' }, note: { stringValue: `by ${who}` } } };
  const status = async (url: string, init: RequestInit = {}) => (await fetch(url, { ...init, headers })).status;
  return {
    get: await status(`${db}/${path}/seeded`),
    list: await status(`${db}/${path}`),
    query: await status(`${db}${parent ? `/${parent}` : ''}:runQuery`, {
      method: 'POST',
      body: JSON.stringify({
        structuredQuery: {
          from: [{ collectionId }],
          where: { fieldFilter: { field: { fieldPath: 'areaId' }, op: 'EQUAL', value: { stringValue: 'esa' } } },
        },
      }),
    }),
    create: await status(`${db}/${path}?documentId=${who}-new`, { method: 'POST', body: JSON.stringify(fields) }),
    update: await status(`${db}/${path}/seeded`, { method: 'PATCH', body: JSON.stringify(fields) }),
    commit: await status(`${db}:commit`, {
      method: 'POST',
      body: JSON.stringify({
        writes: [{ update: { name: `projects/${projectId}/databases/(default)/documents/${path}/seeded`, ...fields } }],
      }),
    }),
    delete: await status(`${db}/${path}/seeded`, { method: 'DELETE' }),
  };
}

async function seed(projectId: string, path: string): Promise<void> {
  const db = `http://${emulator.host}/v1/projects/${projectId}/databases/(default)/documents`;
  const res = await fetch(`${db}/${path}/seeded`, {
    method: 'PATCH',
    headers: headersOf('owner', projectId),
    body: JSON.stringify({ fields: { areaId: { stringValue: 'esa' }, note: { stringValue: 'seeded by the server' } } }),
  });
  if (!res.ok) throw new Error(`seeding ${path} failed: ${res.status} ${await res.text()}`);
}

async function readSeeded(projectId: string, path: string): Promise<string | undefined> {
  const db = `http://${emulator.host}/v1/projects/${projectId}/databases/(default)/documents`;
  const res = await fetch(`${db}/${path}/seeded`, { headers: headersOf('owner', projectId) });
  const body = (await res.json()) as { fields?: { note?: { stringValue?: string } } };
  return body.fields?.note?.stringValue;
}

beforeAll(async () => {
  // A second emulator of our own: rules are enforced on it from the file deployed with `firebase deploy`.
  emulator = await startFirestoreEmulator({ projectId: PROJECT, rules: RULES });
  for (const path of COLLECTION_PATHS) await seed(PROJECT, path);
}, 90_000);

afterAll(async () => {
  await emulator?.stop();
});

const denied = { get: 403, list: 403, query: 403, create: 403, update: 403, commit: 403, delete: 403 };

describe.each(['anonymous', 'signed-in'] as const)('When a %s client talks to Firestore directly', (who) => {
  it.each(COLLECTION_PATHS)('then every read and write of %s is denied and the stored document is untouched', async (path) => {
    expect(await attempts(PROJECT, path, who)).toEqual(denied);
    expect(await readSeeded(PROJECT, path)).toBe('seeded by the server');
  });
});

describe('When the server (Admin SDK, the emulator owner) uses the same database', () => {
  it('then it reads and writes as before: the rules only close the client door', async () => {
    const path = COLLECTIONS.members;
    const owner = await attempts(PROJECT, path, 'owner');
    expect(owner).toEqual({ get: 200, list: 200, query: 200, create: 200, update: 200, commit: 200, delete: 200 });
  });
});

describe('When the probe meets rules that let clients in', () => {
  it('then it sees them: the denials above come from firestore.rules, not from the probe', async () => {
    const open = readFileSync(join(RULES), 'utf8').replace(/allow read, write: if false;/, 'allow read, write: if true;');
    expect(open).not.toBe(readFileSync(RULES, 'utf8'));
    const put = await fetch(`http://${emulator.host}/emulator/v1/projects/${CONTROL}:securityRules`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: { files: [{ name: 'firestore.rules', content: open }] } }),
    });
    expect(put.status).toBe(200);
    await seed(CONTROL, COLLECTIONS.members);
    expect(await attempts(CONTROL, COLLECTIONS.members, 'anonymous')).toEqual({
      get: 200,
      list: 200,
      query: 200,
      create: 200,
      update: 200,
      commit: 200,
      delete: 200,
    });
  });
});
