// The whole seminar in a real browser: a supervisor creates and announces it; two teachers answer for one seat (one
// waits), the first cancels and the second is promoted; the reminder arrives; the supervisor checks the second in by
// scanning the QR on their ticket; the teacher evaluates and opens the certificate.
import { createJobRunner, seminarRemindersJob } from '../bot/src/jobs';
import { runOutbox } from '../bot/src/outbox';
import { TEACHER_3, api, followAndRegister } from '../bot/test/support/people';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(180_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const FIRST = TEACHER_3;
const SECOND = 'U00000000000000000000000000007009';
const TITLE = 'ชุมชนการเรียนรู้วิทยาศาสตร์ ครั้งที่ 1';
const HOUR = 3_600_000;

/** A moment as a datetime-local value on a Bangkok wall clock (minute precision). */
const bangkokLocal = (at: number): string => new Date(at + 7 * HOUR).toISOString().slice(0, 16);
/** Delivers what the outbox holds as if half a day later, so quiet hours never hold it back whatever the hour. */
const flush = () => runOutbox(env.stack.deps, { now: () => new Date(Date.now() + 12 * HOUR) });
const lineTexts = (userId: string) => env.stack.platform.messagesTo(userId).map((m) => JSON.stringify(m.message));

describe('When a seminar runs from announcement to certificate', () => {
  it('then each person sees the right thing at each step, in LINE and in LIFF', async () => {
    const { stack, browser } = env;
    stack.platform.addUser({ userId: SECOND, displayName: 'Kru Somchai', following: false });
    for (const [userId, firstName] of [
      [FIRST, 'วิไล'],
      [SECOND, 'สมชาย'],
    ] as const) {
      await followAndRegister(stack, userId, { firstName, lastName: 'ทดสอบ' });
      expect((await api(stack, userId, 'POST', '/api/networks/join', { code: 'SCIENCE1' })).status).toBe(200);
    }

    // 1. The supervisor creates it for the network (starts in 50 minutes, one seat) and announces it after the preview.
    const start = Date.now() + 50 * 60_000;
    const staff = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/seminars');
    await staff.getByRole('button', { name: 'สร้างการประชุมใหม่' }).click();
    await staff.getByLabel('ชื่อการประชุม').fill(TITLE);
    await staff.getByLabel('วันเวลาเริ่ม').fill(bangkokLocal(start));
    await staff.getByLabel('วันเวลาสิ้นสุด').fill(bangkokLocal(start + 3 * HOUR));
    await staff.getByLabel('สถานที่').fill('ห้องประชุมสำนักงานเขตพื้นที่');
    await staff.getByRole('checkbox', { name: 'ชุมชนครูวิทยาศาสตร์' }).check();
    await staff.getByRole('checkbox', { name: 'ประถมศึกษา', exact: true }).check();
    // Both teachers teach at school 1040010002: narrowing to it keeps them both.
    await staff.getByLabel('ค้นหาโรงเรียนเป้าหมาย').fill('1040010002');
    await staff.getByRole('group', { name: 'โรงเรียนเป้าหมาย' }).getByRole('checkbox').first().check();
    await staff.getByText('เลือกแล้ว 1 โรงเรียน').waitFor();
    await staff.getByLabel('จำนวนที่นั่ง').fill('1');
    expect(await staff.getByRole('checkbox', { name: 'เตือนล่วงหน้า 1 ชั่วโมง (ถึงผู้ที่ตอบรับ)' }).isChecked()).toBe(true);
    expect(await staff.getByRole('checkbox', { name: 'ผู้เข้าร่วมต้องตอบแบบประเมินก่อนรับเกียรติบัตร' }).isChecked()).toBe(true);
    expect(await seriousA11yIssues(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'บันทึกเป็นร่าง' }).click();
    await staff.getByRole('status').getByText(`สร้าง “${TITLE}” เป็นร่างแล้ว`, { exact: false }).waitFor();
    await staff.getByRole('button', { name: `ประกาศ ${TITLE}` }).click();
    await staff.getByText('ส่งถึงทาง LINE ได้ 2 คน').waitFor();
    await staff.getByRole('button', { name: 'ยืนยันส่งประกาศถึง 2 คน' }).click();
    await staff.getByText(`ประกาศ “${TITLE}” แล้ว ส่งถึง 2 คนค่ะ`).waitFor();
    await flush();
    for (const u of [FIRST, SECOND]) expect(lineTexts(u).filter((t) => t.includes(TITLE) && t.includes('action=rsvp'))).toHaveLength(1);
    const seminarId = String((await api(stack, SUPERVISOR, 'GET', '/api/seminars')).body.seminars[0].seminar.id);

    // 2. Two teachers answer for one seat: the second waits; the first cancels and the second is promoted (told once in LINE).
    const first = await phoneAs(browser, stack, FIRST, 'Kru Wilai', '/seminars');
    await first.getByRole('button', { name: `เข้าร่วม ${TITLE}`, exact: true }).click();
    await first.getByText(`ยืนยันเข้าร่วม “${TITLE}” เรียบร้อยแล้วค่ะ`).waitFor();
    const second = await phoneAs(browser, stack, SECOND, 'Kru Somchai', '/seminars');
    await second.getByRole('button', { name: `เข้าร่วม ${TITLE}`, exact: true }).click();
    await second.getByText('ท่านอยู่ในรายชื่อรอ ลำดับที่ 1', { exact: false }).waitFor();
    await first.getByRole('button', { name: `ไม่เข้าร่วม ${TITLE}`, exact: true }).click();
    await first.getByText(`บันทึกว่าไม่เข้าร่วม “${TITLE}” แล้วค่ะ`).waitFor();
    await flush();
    expect(lineTexts(SECOND).filter((t) => t.includes('มีที่นั่งว่างแล้ว'))).toHaveLength(1);

    // 3. The T−1 hour reminder (due ten minutes ago) reaches the one going, and only them.
    await createJobRunner(stack.deps, [seminarRemindersJob(stack.deps)]).runDue();
    await flush();
    expect(lineTexts(SECOND).filter((t) => t.includes('แจ้งเตือนค่ะ'))).toHaveLength(1);
    expect(lineTexts(FIRST).filter((t) => t.includes('แจ้งเตือนค่ะ'))).toHaveLength(0);

    // 4. The promoted teacher opens the ticket; the supervisor scans its QR on the attendance page.
    await second.goto(`${stack.botUrl}/liff/seminars/${encodeURIComponent(seminarId)}/ticket`);
    await second.getByRole('img', { name: `คิวอาร์โค้ดบัตรเข้างาน ${TITLE}` }).waitFor();
    await second.getByText('ยังไม่ได้เช็กอิน').waitFor();
    expect(await seriousA11yIssues(second)).toEqual([]);
    expect(await overflowsAt200Percent(second)).toBe(false);
    const token = String((await api(stack, SECOND, 'GET', `/api/seminars/${seminarId}/ticket`)).body.token);

    await staff.goto(`${stack.botUrl}/liff/supervisor/seminars/${encodeURIComponent(seminarId)}/attendance`);
    await staff.getByRole('button', { name: 'สแกน QR' }).waitFor();
    await staff.evaluate((value) => sessionStorage.setItem('nithet.liff.mockScan', value), token); // what the camera sees
    await staff.getByRole('button', { name: 'สแกน QR' }).click();
    await staff.getByRole('log').getByText('เช็กอินเรียบร้อย', { exact: false }).waitFor();
    expect((await api(stack, SUPERVISOR, 'GET', `/api/seminars/${seminarId}/attendance`)).body.totals).toMatchObject({
      going: 1,
      checkedIn: 1,
    });
    await second.getByRole('button', { name: 'ตรวจสอบสถานะอีกครั้ง' }).click();
    await second.getByText('เช็กอินแล้วเมื่อ', { exact: false }).waitFor();

    // 5. The evaluation releases the certificate; its PDF opens and its public page confirms it.
    await second.goto(`${stack.botUrl}/liff/seminars/${encodeURIComponent(seminarId)}/evaluate`);
    await second.getByText('เกียรติบัตรจะพร้อมทันทีหลังส่งแบบประเมินค่ะ').waitFor();
    const groups = second.getByRole('group');
    expect(await groups.count()).toBe(5);
    for (let i = 0; i < 5; i += 1) await groups.nth(i).getByRole('radio', { name: '5 มากที่สุด' }).check();
    await second.getByLabel('ข้อเสนอแนะเพิ่มเติม').fill('อยากให้จัดอีก');
    expect(await seriousA11yIssues(second)).toEqual([]);
    await second.getByRole('button', { name: 'ส่งแบบประเมิน' }).click();
    await second.getByText('เกียรติบัตรของท่านพร้อมแล้วค่ะ').waitFor();
    await second.getByText(/เลขที่ ที่ 0001\/25\d\d/).waitFor();
    expect(await overflowsAt200Percent(second)).toBe(false);
    const pdfUrl = await second.getByRole('link', { name: 'เปิดเกียรติบัตร (PDF)' }).getAttribute('href');
    const pdf = Buffer.from(await (await fetch(pdfUrl!)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const verifyUrl = await second.getByRole('link', { name: 'หน้าตรวจสอบเกียรติบัตร' }).getAttribute('href');
    const verify = await (await browser.newContext()).newPage();
    await verify.goto(verifyUrl!);
    await verify.getByText('เกียรติบัตรนี้ออกโดยระบบของสำนักงานจริง').waitFor();
    await verify.getByText('สมชาย ทดสอบ', { exact: false }).waitFor();
    expect(await seriousA11yIssues(verify)).toEqual([]);
    for (const p of [staff, first, second, verify]) await p.context().close();
  });
});
