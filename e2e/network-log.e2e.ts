// The network development log in a real browser: a coordinator records an activity with its participants taken
// from a seminar's check-ins and a photo from the phone (shrunk before upload), adds a document link to the
// network's library, and a member of the network finds it in the library; axe and 200 % text on each page.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { memberDocId, membershipDocId, newSeminar, rsvpDocId } from '@nithet/shared';
import { TEACHER } from '../bot/test/support/local-stack';
import { addMembers, AREA } from '../bot/test/support/outbox-members';
import { COORDINATOR, followAndRegister } from '../bot/test/support/people';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(180_000);

const env = stackAndBrowser();
const NET = 'net-lead2570';
const TITLE = 'แลกเปลี่ยนเรียนรู้ PLC ครั้งที่ 1';
const LINK = 'คู่มือการนิเทศแบบ PLC (PDF)';

/** A real camera-sized JPEG (2400×1800), so the phone has something to shrink. */
function cameraPhoto(): Buffer {
  const canvas = createCanvas(2400, 1800);
  const g = canvas.getContext('2d');
  g.fillStyle = '#3a7bd5';
  g.fillRect(0, 0, 2400, 1800);
  g.fillStyle = '#f5d547';
  g.fillRect(600, 400, 1200, 1000);
  return canvas.toBuffer('image/jpeg');
}

/** Three members in the network; a seminar for it that ended yesterday, where the first two checked in. */
async function networkWithSeminar(): Promise<{ members: string[]; seminarTitle: string }> {
  const { stack } = env;
  const members = await addMembers(stack, 0, 3);
  const now = new Date().toISOString();
  for (const memberId of members)
    await stack.deps.repos.memberships.put({
      id: membershipDocId(NET, memberId),
      areaId: AREA,
      networkId: NET,
      memberId,
      role: 'member',
      status: 'active',
      joinedAt: now,
      createdAt: now,
      updatedAt: now,
    });
  const seminarTitle = 'สัมมนาครูแกนนำ ภาคเรียนที่ 2';
  const seminar = newSeminar(
    {
      id: 'sem-lead-1',
      areaId: AREA,
      createdBy: memberDocId(AREA, COORDINATOR),
      title: seminarTitle,
      startsAt: new Date(Date.now() - 26 * 3600_000).toISOString(),
      endsAt: new Date(Date.now() - 23 * 3600_000).toISOString(),
      audience: { networkIds: [NET] },
      capacity: null,
      status: 'announced',
      announcedAt: now,
    },
    now,
  );
  await stack.deps.repos.seminars.put(seminar);
  for (const [i, memberId] of members.entries())
    await stack.deps.repos.rsvps.put({
      id: rsvpDocId(seminar.id, memberId),
      areaId: AREA,
      seminarId: seminar.id,
      memberId,
      status: 'going',
      ticket: null,
      promotedAt: null,
      checkedInAt: i < 2 ? now : null,
      checkedInBy: i < 2 ? 'staff' : null,
      checkInMethod: i < 2 ? 'qr' : null,
      createdAt: now,
      updatedAt: now,
    });
  return { members, seminarTitle };
}

describe('When a coordinator records what the network did', () => {
  it('then the activity keeps its seminar participants and a shrunk photo, and a member finds the shared link in the library', async () => {
    const { stack, browser } = env;
    const { members, seminarTitle } = await networkWithSeminar();
    await followAndRegister(stack, TEACHER);
    await stack.deps.repos.memberships.put({
      id: membershipDocId(NET, memberDocId(AREA, TEACHER)),
      areaId: AREA,
      networkId: NET,
      memberId: memberDocId(AREA, TEACHER),
      role: 'member',
      status: 'active',
      joinedAt: new Date().toISOString(),
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });

    // 1. From the coordinator's page to the log, then a new record.
    const staff = await phoneAs(browser, stack, COORDINATOR, 'ครูประสิทธิ์', `/networks/manage/${NET}`);
    await staff.getByRole('link', { name: 'บันทึกกิจกรรมเครือข่าย' }).click();
    await staff.getByRole('heading', { level: 1, name: 'บันทึกการพัฒนาเครือข่าย' }).waitFor();
    await staff.getByRole('link', { name: 'บันทึกกิจกรรมใหม่' }).click();
    await staff.getByRole('heading', { level: 1, name: 'บันทึกกิจกรรมเครือข่าย' }).waitFor();

    // Saving with no title says what is missing, in Thai, and sends nothing.
    await staff.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await staff.getByText('กรุณากรอกชื่อกิจกรรม').waitFor();

    await staff.getByLabel('ชื่อกิจกรรม').fill(TITLE);
    await staff.getByLabel('รูปแบบกิจกรรม').selectOption('knowledge-exchange');
    await staff.getByLabel('บันทึกผลการดำเนินงาน').fill('ครูแกนนำนำเสนอแผนการจัดการเรียนรู้เชิงรุกและให้ข้อเสนอแนะกัน');
    const seminarChoice = staff.getByLabel('นำรายชื่อจากการประชุม/สัมมนา');
    expect(await seminarChoice.locator('option[value="sem-lead-1"]').textContent()).toMatch(
      new RegExp(`^${seminarTitle} \\(\\d+ .+ 25\\d\\d\\)$`),
    );
    await seminarChoice.selectOption('sem-lead-1');
    await staff.getByText('ผู้เช็กอินในงานนี้ 2 คน', { exact: false }).waitFor();
    // The third member did not check in: picked by hand; plus three students outside the system.
    await staff.getByRole('checkbox', { name: /ครู 2/ }).check();
    await staff.getByLabel('ผู้เข้าร่วมที่ไม่ได้อยู่ในระบบ (คน)').fill('3');
    await staff.getByText('รวมผู้เข้าร่วม 6 คน').waitFor();

    // 2. A photo from the phone's camera: shrunk on the phone, then waiting for the save.
    await staff.locator('#evidence-files').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: cameraPhoto() });
    await staff.getByText('รอส่งเมื่อกดบันทึก', { exact: false }).waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await staff.getByText('บันทึกกิจกรรมและไฟล์แนบเรียบร้อยแล้วค่ะ').waitFor();
    await staff.getByText('IMG_2041.jpg').waitFor(); // now among the saved evidence

    const [activity] = (await stack.deps.repos.networkActivities.list({ where: [{ field: 'networkId', op: '==', value: NET }] })).items;
    expect(activity).toMatchObject({
      title: TITLE,
      kind: 'knowledge-exchange',
      participants: { seminarId: 'sem-lead-1', outsideCount: 3 },
    });
    expect(new Set(activity!.participants.memberIds)).toEqual(new Set(members));
    const photo = activity!.evidence[0]!;
    expect(photo).toMatchObject({ name: 'IMG_2041.jpg', contentType: 'image/jpeg' });
    const stored = await loadImage(Buffer.from((await stack.deps.files.getBytes(photo.key))!));
    expect([stored.width, stored.height]).toEqual([1600, 1200]);

    // The log lists it with its counts; the page reads well at 200 % text.
    await staff.getByRole('link', { name: 'ไปที่รายการกิจกรรมของเครือข่าย' }).first().click();
    await staff.getByRole('heading', { level: 3, name: TITLE }).waitFor();
    await staff.getByText('ผู้เข้าร่วม 6 คน · หลักฐาน 1 ไฟล์', { exact: false }).waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);
    expect(await overflowsAt200Percent(staff)).toBe(false);

    // 3. A document link into the network's library.
    await staff.evaluate(() => (document.documentElement.style.fontSize = ''));
    await staff.getByRole('link', { name: 'คลังความรู้ของเครือข่าย' }).first().click();
    await staff.getByRole('heading', { level: 1, name: 'คลังความรู้ของเครือข่าย' }).waitFor();
    await staff.getByLabel('ชื่อเรื่อง').fill(LINK);
    await staff.getByLabel('คำอธิบาย').fill('เอกสารประกอบการแลกเปลี่ยนเรียนรู้');
    await staff.getByLabel('ลิงก์ (https://…)').fill('ftp://example.org/plc.pdf');
    await staff.getByRole('button', { name: 'เพิ่มลิงก์เข้าคลัง' }).click();
    await staff.getByText('กรุณาใส่ลิงก์เว็บที่ขึ้นต้นด้วย https://').waitFor();
    await staff.getByLabel('ลิงก์ (https://…)').fill('https://www.obec.go.th/plc-guide.pdf');
    await staff.getByRole('button', { name: 'เพิ่มลิงก์เข้าคลัง' }).click();
    await staff.getByRole('status').getByText(`เพิ่ม “${LINK}” เข้าคลังแล้วค่ะ`).waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);

    // 4. A member of the network, from "my networks", finds it in the library.
    const member = await phoneAs(browser, stack, TEACHER, 'ครูสมศรี ใจดี', '/networks');
    await member.getByRole('link', { name: 'คลังความรู้ของเครือข่าย เครือข่ายครูแกนนำ' }).click();
    await member.getByRole('heading', { level: 1, name: 'คลังความรู้ของเครือข่าย' }).waitFor();
    await member.getByRole('heading', { level: 3, name: LINK }).waitFor();
    const open = member.getByRole('link', { name: `เปิดลิงก์ ${LINK} (หน้าต่างใหม่)` });
    expect(await open.getAttribute('href')).toBe('https://www.obec.go.th/plc-guide.pdf');
    expect(await member.getByRole('heading', { name: 'เพิ่มความรู้เข้าคลัง' }).count()).toBe(0); // members read, not add
    expect(await seriousA11yIssues(member)).toEqual([]);
    expect(await overflowsAt200Percent(member)).toBe(false);
    for (const p of [staff, member]) await p.context().close();
  });
});
