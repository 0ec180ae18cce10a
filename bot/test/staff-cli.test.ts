// `npm run staff` on a SQLite store as the self-hosted server keeps it: the IT person lists the registered members,
// appoints a supervisor found by name (audited, LINE menu relinked), and cannot remove the office's last supervisor.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRepositories, ManualClock, memberDocId, newMember, type AuditEntry, type Repositories } from '@nithet/shared';
import { EXIT, main as staff } from '../src/entry/staff';
import { openStore } from '../src/services';
import { seedDemoOffice } from '../src/local/seed';
import { DEMO_AREA, DEMO_PEOPLE } from '../src/local/demo-data';
import { LOCAL_SECRETS } from '../src/local/local-stack';
import { startLocalLinePlatform, type LocalLinePlatform } from '../src/local/line-platform';
import { setupRichMenusFromConfig } from '../src/line/rich-menus/from-config';
import { clearFirestoreEmulator } from './support/firestore-emulator';

const dir = mkdtempSync(join(tmpdir(), 'nithet-staff-'));
const [SUPERVISOR, COORDINATOR] = DEMO_PEOPLE.map((p) => p.userId) as [string, string];
const FOLLOWER = 'U00000000000000000000000000007777';
const coordinatorId = memberDocId(DEMO_AREA.id, COORDINATOR);
const supervisorId = memberDocId(DEMO_AREA.id, SUPERVISOR);
let platform: LocalLinePlatform;
let env: Record<string, string>;

/** Runs the command as `npm run staff -- …` would, keeping what it printed. */
async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const keep = (s: string | Uint8Array) => void (out += String(s));
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (keep(s), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (keep(s), true));
  try {
    return { code: await staff(argv, env), out };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** Reads the store the command wrote (a second connection, as an operator's second terminal would). */
async function read<T>(fn: (repos: Repositories) => Promise<T>): Promise<T> {
  const store = await openStore({ STORE: 'sqlite', DATA_DIR: dir });
  try {
    return await fn(createRepositories(store));
  } finally {
    await store.close();
  }
}
const memberAudit = () =>
  read(async (r) => (await r.auditLog.list({ where: [{ field: 'entity', op: '==', value: 'member' }] })).items) as Promise<AuditEntry[]>;

/** The alias of the menu the platform last linked to this person. */
function menuOf(userId: string): string | undefined {
  const linked = platform.requests().filter((r) => r.method === 'POST' && r.path.startsWith(`/v2/bot/user/${userId}/richmenu/`));
  return linked.at(-1)?.path.split('/').at(-1);
}
async function aliasOf(richMenuId: string | undefined): Promise<string | undefined> {
  const res = await fetch(`${platform.url}/v2/bot/richmenu/alias/list`, {
    headers: { authorization: `Bearer ${LOCAL_SECRETS.channelAccessToken}` },
  });
  const { aliases } = (await res.json()) as { aliases: Array<{ richMenuAliasId: string; richMenuId: string }> };
  return aliases.find((a) => a.richMenuId === richMenuId)?.richMenuAliasId;
}

beforeAll(async () => {
  platform = await startLocalLinePlatform({
    channelSecret: LOCAL_SECRETS.channelSecret,
    channelAccessToken: LOCAL_SECRETS.channelAccessToken,
    loginChannelId: LOCAL_SECRETS.loginChannelId,
  });
  const line = {
    LINE_CHANNEL_ACCESS_TOKEN: LOCAL_SECRETS.channelAccessToken,
    LINE_API_BASE_URL: platform.url,
    LINE_DATA_API_BASE_URL: platform.url,
  };
  await setupRichMenusFromConfig({ ...line, LIFF_URL: 'http://127.0.0.1:3000/liff' });
  env = { ...line, STORE: 'sqlite', DATA_DIR: dir, AREA_ID: DEMO_AREA.id };
  const store = await openStore({ STORE: 'sqlite', DATA_DIR: dir });
  const repos = createRepositories(store);
  const clock = new ManualClock(new Date('2026-12-01T02:00:00.000Z'));
  await seedDemoOffice({ repos, clock });
  await repos.members.put(
    newMember({ areaId: DEMO_AREA.id, lineUserId: FOLLOWER, displayName: 'ครูยังไม่ลงทะเบียน' }, clock.now().toISOString()),
  );
  await store.close();
}, 60_000);
afterAll(async () => {
  await platform.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('When the IT person lists the members', () => {
  it('then each registered member shows with name, school, roles and id; followers who never registered do not', async () => {
    const { code, out } = await run('list');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('สมาชิกที่ลงทะเบียนแล้ว 2 คน');
    expect(out).toContain(`นางวิภาวรรณ ศรีสุข · `);
    expect(out).toContain(`ศึกษานิเทศก์ (supervisor) · ${supervisorId}`);
    expect(out).toContain(`นายประสิทธิ์ มั่นคง · `);
    expect(out).toContain(`ครู/สมาชิกเครือข่าย (teacher), ผู้ประสานงานเครือข่าย (coordinator) · ${coordinatorId}`);
    expect(out).not.toContain(FOLLOWER);
    expect(out).not.toMatch(/08\d{8}/); // no phone numbers or other profile details
  });

  it('then a search narrows the list to the names that match', async () => {
    const { out } = await run('list', 'ประสิทธิ์');
    expect(out).toContain('นายประสิทธิ์ มั่นคง');
    expect(out).not.toContain('วิภาวรรณ');
  });
});

describe('When the IT person appoints the coordinator as a supervisor by name', () => {
  it('then it confirms in Thai and English, the roles change, the log records it and LINE shows the supervisor menu', async () => {
    const { code, out } = await run('grant', 'ประสิทธิ์', 'supervisor');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('แต่งตั้ง นายประสิทธิ์ มั่นคง เป็นศึกษานิเทศก์แล้ว');
    expect(out).toContain('(Granted supervisor to นายประสิทธิ์ มั่นคง.)');
    expect(out).toContain('rich menu linked: supervisor');
    expect(await read((r) => r.members.get(coordinatorId))).toMatchObject({ roles: ['teacher', 'coordinator', 'supervisor'] });
    expect(await memberAudit()).toEqual([
      expect.objectContaining({
        entityId: coordinatorId,
        actorMemberId: null,
        summary: 'แต่งตั้งสมาชิกเป็นศึกษานิเทศก์ (โดยผู้ดูแลเซิร์ฟเวอร์ ผ่านคำสั่ง npm run staff)',
        changes: [{ field: 'roles', from: 'teacher, coordinator', to: 'teacher, coordinator, supervisor' }],
      }),
    ]);
    expect(await aliasOf(menuOf(COORDINATOR))).toBe('nithet-supervisor');
  });

  it('then granting again says nothing changed and writes no second entry', async () => {
    const { code, out } = await run('grant', coordinatorId, 'supervisor');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('ไม่มีการเปลี่ยนแปลง');
    expect(await memberAudit()).toHaveLength(1);
  });
});

describe('When the IT person removes supervisors', () => {
  it('then the first one goes (by LINE user id) and her menu becomes the teacher menu', async () => {
    const { code, out } = await run('revoke', SUPERVISOR, 'supervisor');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('ถอนสิทธิ์ศึกษานิเทศก์ของ นางวิภาวรรณ ศรีสุข แล้ว');
    expect(await read((r) => r.members.get(supervisorId))).toMatchObject({ roles: ['teacher'] });
    expect(await aliasOf(menuOf(SUPERVISOR))).toBe('nithet-teacher');
  });

  it('then the last one is refused (exit 4) and keeps the role', async () => {
    const { code, out } = await run('revoke', 'ประสิทธิ์', 'supervisor');
    expect(code).toBe(EXIT.refused);
    expect(out).toContain('อย่างน้อยหนึ่งท่าน');
    expect(await read((r) => r.members.get(coordinatorId))).toMatchObject({ roles: ['teacher', 'coordinator', 'supervisor'] });
  });
});

describe('When the command is given something it cannot do', () => {
  it('then a follower who never registered, an unknown name and a coordinator role are explained, nothing changes', async () => {
    expect(await run('grant', FOLLOWER, 'supervisor')).toMatchObject({
      code: EXIT.refused,
      out: expect.stringContaining('ยังไม่ได้ลงทะเบียน'),
    });
    expect(await run('grant', 'ไม่มีใครชื่อนี้', 'admin')).toMatchObject({ code: EXIT.notFound, out: expect.stringContaining('ไม่พบสมาชิก') });
    expect(await run('grant', 'ประสิทธิ์', 'coordinator')).toMatchObject({ code: EXIT.usage, out: expect.stringContaining('รายเครือข่าย') });
    expect(await run('promote', 'x')).toMatchObject({ code: EXIT.usage, out: expect.stringContaining('npm run staff -- grant') });
    expect(await memberAudit()).toHaveLength(2);
  });

  it('then a wrong office or data folder is named instead of listing nobody', async () => {
    const { code, out } = await run('list', '--area', 'no-such-office');
    expect(code).toBe(EXIT.usage);
    expect(out).toContain('ไม่พบสำนักงาน "no-such-office"');
  });

  it('then without the LINE token the role still changes and it says the menu was not linked', async () => {
    const saved = env;
    env = { STORE: 'sqlite', DATA_DIR: dir, AREA_ID: DEMO_AREA.id };
    try {
      const { code, out } = await run('grant', 'วิภาวรรณ', 'admin');
      expect(code).toBe(EXIT.ok);
      expect(out).toContain('ไม่มี LINE_CHANNEL_ACCESS_TOKEN');
      expect(await read((r) => r.members.get(supervisorId))).toMatchObject({ roles: ['teacher', 'admin'] });
    } finally {
      env = saved;
    }
  });
});

describe('When the office runs on Firestore (the Firebase deploy)', () => {
  const PROJECT = 'demo-nithet-staff';
  const firestoreEnv = () => ({
    STORE: 'firestore',
    FIRESTORE_PROJECT_ID: PROJECT,
    FIRESTORE_EMULATOR_HOST: process.env.FIRESTORE_EMULATOR_HOST ?? '',
    AREA_ID: DEMO_AREA.id,
  });

  it('then the same commands appoint a supervisor there and protect the last one', async () => {
    if (!process.env.FIRESTORE_EMULATOR_HOST) throw new Error('FIRESTORE_EMULATOR_HOST is not set: the jest global setup starts it');
    await clearFirestoreEmulator(process.env.FIRESTORE_EMULATOR_HOST, PROJECT);
    const store = await openStore({
      STORE: 'firestore',
      DATA_DIR: dir,
      FIRESTORE_PROJECT_ID: PROJECT,
      FIRESTORE_EMULATOR_HOST: process.env.FIRESTORE_EMULATOR_HOST,
    });
    await seedDemoOffice({ repos: createRepositories(store), clock: new ManualClock(new Date('2026-12-01T02:00:00.000Z')) });
    await store.close();
    const saved = env;
    env = firestoreEnv();
    try {
      expect((await run('grant', 'ประสิทธิ์', 'supervisor')).code).toBe(EXIT.ok);
      expect((await run('revoke', 'วิภาวรรณ', 'supervisor')).code).toBe(EXIT.ok);
      const last = await run('revoke', 'ประสิทธิ์', 'supervisor');
      expect(last.code).toBe(EXIT.refused);
      expect((await run('list', '--staff')).out).toContain('ผู้ประสานงานเครือข่าย (coordinator), ศึกษานิเทศก์ (supervisor)');
    } finally {
      env = saved;
    }
  }, 60_000);
});
