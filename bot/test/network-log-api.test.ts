// The network development log over real HTTP on the local stack: uploads checked by their bytes and size, files on
// disk under the data folder, served only to those allowed, and the knowledge library for the network's members.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import ExcelJS from 'exceljs';
import { memberDocId, membershipDocId, newNetwork } from '@nithet/shared';
import { startTestStack, SUPERVISOR, TEACHER, TEACHER_2 } from './support/local-stack';
import { api, COORDINATOR, followAndRegister } from './support/people';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const NET = 'net-lead2570'; // the demo coordinator's network
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

function jpeg(): Buffer {
  const canvas = createCanvas(64, 48);
  const g = canvas.getContext('2d');
  g.fillStyle = '#2a7';
  g.fillRect(0, 0, 64, 48);
  return canvas.toBuffer('image/jpeg');
}

async function xlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('สรุป').addRow(['ผู้เข้าร่วม', 12]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Sends a file as the raw request body, the way the LIFF page does. */
async function upload(userId: string, path: string, bytes: Uint8Array, name: string, type = 'application/octet-stream') {
  const res = await fetch(`${stack.botUrl}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${stack.platform.mintIdToken(userId)}`,
      'content-type': type,
      'x-file-name': encodeURIComponent(name),
    },
    body: new Blob([Buffer.from(bytes)]),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) };
}

async function download(userId: string, path: string) {
  const res = await fetch(`${stack.botUrl}${path}`, { headers: { authorization: `Bearer ${stack.platform.mintIdToken(userId)}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const record = async (as = COORDINATOR, over: Record<string, unknown> = {}) => {
  const res = await api(stack, as, 'POST', `/api/networks/${NET}/activities`, {
    title: 'ประชุมเชิงปฏิบัติการออกแบบการเรียนรู้',
    kind: 'workshop',
    date: today(),
    ...over,
  });
  if (res.status !== 201) throw new Error(`activity not recorded: ${JSON.stringify(res.body)}`);
  return res.body.activity as { id: string; evidence: Array<{ id: string; name: string; contentType: string }> };
};

const filesRoot = () => join(stack.dataDir, 'files');
const filesOnDisk = (): string[] => {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) (e.isDirectory() ? walk : (p: string) => out.push(p))(join(dir, e.name));
  };
  walk(filesRoot());
  return out;
};

beforeAll(async () => {
  stack = await startTestStack();
  await followAndRegister(stack, TEACHER);
  await followAndRegister(stack, TEACHER_2, { firstName: 'อนันต์' });
  // TEACHER asks to join the coordinator's network and is approved; TEACHER_2 stays outside it.
  await api(stack, TEACHER, 'POST', `/api/networks/${NET}/join`);
  const decided = await api(
    stack,
    COORDINATOR,
    'POST',
    `/api/memberships/${membershipDocId(NET, memberDocId('demo-esa', TEACHER))}/decision`,
    {
      decision: 'approve',
    },
  );
  expect(decided.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await stack.stop();
});

describe('When a coordinator attaches evidence', () => {
  it('then a real photo is stored on disk under the data folder and served back with its type and Thai name', async () => {
    const activity = await record();
    const photo = jpeg();
    const res = await upload(
      COORDINATOR,
      `/api/networks/${NET}/activities/${activity.id}/evidence`,
      photo,
      'ภาพกิจกรรม 1.jpeg',
      'image/jpeg',
    );
    expect(res.status).toBe(201);
    const file = res.body.activity.evidence[0];
    expect(file).toMatchObject({ name: 'ภาพกิจกรรม 1.jpg', contentType: 'image/jpeg', size: photo.length });
    const onDisk = join(filesRoot(), 'areas/demo-esa/networks', NET, 'activities', activity.id, `${file.id}.jpg`);
    expect(readFileSync(onDisk)).toEqual(photo);

    const got = await download(COORDINATOR, `/api/networks/${NET}/activities/${activity.id}/evidence/${file.id}`);
    expect(got.status).toBe(200);
    expect(got.bytes).toEqual(photo);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('content-disposition')).toBe(
      `inline; filename="${'_'.repeat('ภาพกิจกรรม'.length)} 1.jpg"; filename*=UTF-8''${encodeURIComponent('ภาพกิจกรรม 1.jpg')}`,
    );
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('cache-control')).toBe('private, no-store');
    // The office's supervisor sees it too; a member of the network does not (evidence is for staff).
    expect((await download(SUPERVISOR, `/api/networks/${NET}/activities/${activity.id}/evidence/${file.id}`)).status).toBe(200);
    expect((await download(TEACHER, `/api/networks/${NET}/activities/${activity.id}/evidence/${file.id}`)).status).toBe(403);
  });

  it('then a file over 10 MB is refused with 413 and a Thai message, and nothing is stored', async () => {
    const activity = await record();
    const before = filesOnDisk().length;
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0);
    jpeg().copy(big);
    const res = await upload(COORDINATOR, `/api/networks/${NET}/activities/${activity.id}/evidence`, big, 'big.jpg', 'image/jpeg');
    expect(res.status).toBe(413);
    expect(res.body.error.message).toContain('เกิน 10 MB');
    expect(filesOnDisk()).toHaveLength(before);
  });

  it('then a program renamed .jpg, or text sent as image/jpeg, is refused with 415 in Thai; a real XLSX is accepted by its bytes', async () => {
    const activity = await record();
    const path = `/api/networks/${NET}/activities/${activity.id}/evidence`;
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90), Buffer.from('This program cannot be run in DOS mode')]);
    for (const [bytes, name] of [
      [exe, 'รูปกิจกรรม.jpg'],
      [Buffer.from('<script>alert(1)</script>'), 'photo.jpg'],
    ] as const) {
      const res = await upload(COORDINATOR, path, bytes, name, 'image/jpeg');
      expect(res.status).toBe(415);
      expect(res.body.error.message).toContain('ไม่ใช่ชนิดที่รับได้');
    }
    const sheet = await upload(COORDINATOR, path, await xlsx(), 'สรุปผล.bin');
    expect(sheet.status).toBe(201);
    expect(sheet.body.activity.evidence[0]).toMatchObject({
      name: 'สรุปผล.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const got = await download(COORDINATOR, `${path}/${sheet.body.activity.evidence[0].id}`);
    expect(got.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('then a name that climbs folders is only a display name: the file lands under its activity and nowhere else', async () => {
    const activity = await record();
    const res = await upload(COORDINATOR, `/api/networks/${NET}/activities/${activity.id}/evidence`, jpeg(), '../../../../etc/passwd.jpg');
    expect(res.status).toBe(201);
    expect(res.body.activity.evidence[0].name).toBe('passwd.jpg');
    const stored = filesOnDisk().filter((p) => p.includes(activity.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.startsWith(join(filesRoot(), 'areas/demo-esa/networks', NET, 'activities', activity.id))).toBe(true);
    expect(existsSync(join(stack.dataDir, 'etc'))).toBe(false);
  });

  it('then deleting the activity deletes its files from disk', async () => {
    const activity = await record();
    const path = `/api/networks/${NET}/activities/${activity.id}/evidence`;
    await upload(COORDINATOR, path, jpeg(), 'a.jpg');
    await upload(COORDINATOR, path, jpeg(), 'b.jpg');
    expect(filesOnDisk().filter((p) => p.includes(activity.id))).toHaveLength(2);
    const res = await api(stack, COORDINATOR, 'DELETE', `/api/networks/${NET}/activities/${activity.id}`);
    expect(res.body).toEqual({ deleted: true, deletedFiles: 2 });
    expect(filesOnDisk().filter((p) => p.includes(activity.id))).toHaveLength(0);
    expect(
      (await api(stack, COORDINATOR, 'GET', `/api/networks/${NET}/activities`)).body.activities.map((a: { id: string }) => a.id),
    ).not.toContain(activity.id);
  });
});

describe('When someone without the role, or from another office, tries', () => {
  it('then a teacher is refused before the upload is read, and forged ids in the body are ignored', async () => {
    const activity = await record();
    const path = `/api/networks/${NET}/activities/${activity.id}/evidence`;
    for (const as of [TEACHER, TEACHER_2]) {
      const res = await upload(as, path, jpeg(), 'x.jpg');
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('ไม่มีสิทธิ์');
      expect(
        (await api(stack, as, 'POST', `/api/networks/${NET}/activities`, { title: 'x', kind: 'workshop', date: today() })).status,
      ).toBe(403);
      expect((await api(stack, as, 'GET', `/api/networks/${NET}/activities`)).status).toBe(403);
    }
    const forged = await record(COORDINATOR, { areaId: 'other-area', recordedBy: memberDocId('demo-esa', SUPERVISOR), networkId: 'net-x' });
    const stored = await stack.deps.repos.networkActivities.get(forged.id);
    expect(stored).toMatchObject({ areaId: 'demo-esa', networkId: NET, recordedBy: memberDocId('demo-esa', COORDINATOR) });
  });

  it("then another office's network reads as not found, even for a supervisor, and nothing is written", async () => {
    const now = new Date().toISOString();
    await stack.deps.repos.networks.put(
      newNetwork(
        {
          id: 'net-elsewhere',
          areaId: 'other-esa',
          name: 'เครือข่ายเขตอื่น',
          kind: 'individual',
          level: 'office',
          joinCode: 'OTHER1',
          joinPolicy: 'open',
        },
        now,
      ),
    );
    for (const [method, path] of [
      ['GET', '/api/networks/net-elsewhere/activities'],
      ['GET', '/api/networks/net-elsewhere/library'],
      ['POST', '/api/networks/net-elsewhere/library'],
    ] as const) {
      const res = await api(stack, SUPERVISOR, method, path, method === 'POST' ? { title: 'x', url: 'https://example.org' } : undefined);
      expect(res.status).toBe(404);
    }
    expect((await upload(SUPERVISOR, '/api/networks/net-elsewhere/library/documents?title=x', jpeg(), 'x.jpg')).status).toBe(404);
    expect((await stack.deps.repos.libraryItems.list({ where: [{ field: 'networkId', op: '==', value: 'net-elsewhere' }] })).items).toEqual(
      [],
    );
  });
});

describe('When knowledge is shared to the library', () => {
  it("then the network's members browse it and open its documents; outsiders and members cannot change it", async () => {
    const link = await api(stack, COORDINATOR, 'POST', `/api/networks/${NET}/library`, {
      title: 'คู่มือการนิเทศแบบ PLC',
      description: 'จาก สพฐ.',
      url: 'https://www.obec.go.th/plc-guide',
    });
    expect(link.status).toBe(201);
    const bad = await api(stack, COORDINATOR, 'POST', `/api/networks/${NET}/library`, { title: 'x', url: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.url).toContain('https://');

    const activity = await record();
    const title = encodeURIComponent('สรุปผลการแลกเปลี่ยนเรียนรู้');
    const doc = await upload(
      COORDINATOR,
      `/api/networks/${NET}/library/documents?title=${title}&activityId=${activity.id}`,
      await xlsx(),
      'สรุป.xlsx',
    );
    expect(doc.status).toBe(201);
    expect(doc.body.item).toMatchObject({ kind: 'document', activityId: activity.id, activityTitle: 'ประชุมเชิงปฏิบัติการออกแบบการเรียนรู้' });

    const seen = await api(stack, TEACHER, 'GET', `/api/networks/${NET}/library`);
    expect(seen.status).toBe(200);
    expect(seen.body.manager).toBe(false);
    expect(seen.body.items.map((i: { title: string }) => i.title)).toEqual(['สรุปผลการแลกเปลี่ยนเรียนรู้', 'คู่มือการนิเทศแบบ PLC']);
    expect(seen.body.items[1]).toMatchObject({
      kind: 'link',
      url: 'https://www.obec.go.th/plc-guide',
      addedByName: expect.stringContaining('ประสิทธิ์'),
    });
    const file = await download(TEACHER, `/api/networks/${NET}/library/${doc.body.item.id}/file`);
    expect(file.status).toBe(200);
    expect(file.bytes).toEqual(await readBack(doc.body.item.id));

    const outsider = await api(stack, TEACHER_2, 'GET', `/api/networks/${NET}/library`);
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toContain('เฉพาะสมาชิกของเครือข่าย');
    expect((await download(TEACHER_2, `/api/networks/${NET}/library/${doc.body.item.id}/file`)).status).toBe(403);
    expect((await api(stack, TEACHER, 'POST', `/api/networks/${NET}/library`, { title: 'x', url: 'https://example.org' })).status).toBe(
      403,
    );
    expect((await api(stack, TEACHER, 'DELETE', `/api/networks/${NET}/library/${link.body.item.id}`)).status).toBe(403);

    expect((await api(stack, COORDINATOR, 'DELETE', `/api/networks/${NET}/library/${doc.body.item.id}`)).status).toBe(200);
    expect(filesOnDisk().filter((p) => p.includes(doc.body.item.id))).toEqual([]);
    const after = await api(stack, COORDINATOR, 'GET', `/api/networks/${NET}/activities`);
    expect(after.body.activities.find((a: { id: string }) => a.id === activity.id).knowledge).toEqual([]);
  });
});

/** The bytes the store holds for a library document. */
async function readBack(itemId: string): Promise<Buffer> {
  const item = await stack.deps.repos.libraryItems.get(itemId);
  return Buffer.from((await stack.deps.files.getBytes(item!.file!.key))!);
}
