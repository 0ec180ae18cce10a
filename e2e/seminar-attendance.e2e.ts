// Check-in at the door in a real browser: a supervisor types a teacher's code and sees the name checked in; a code
// typed while offline waits on the phone and is sent exactly once when the phone is back online; the edit page saves
// a new title after saying who will be told. Both pages pass axe and fit a 375 px phone at 200 % text.
import { TEACHER, TEACHER_2 } from '../bot/test/support/local-stack';
import { api, followAndRegister } from '../bot/test/support/people';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(120_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const TITLE = 'ประชุมเชิงปฏิบัติการ PLC ครูคณิตศาสตร์';
const NEW_TITLE = 'ประชุมเชิงปฏิบัติการ PLC ครูคณิตศาสตร์ (รุ่นที่ 2)';
const HOUR = 3_600_000;

/** An announced seminar starting in an hour (check-in is open) for the whole office, with both teachers going. */
async function seminarWithTwoGoing(): Promise<{ id: string; codes: string[] }> {
  const { stack } = env;
  await followAndRegister(stack, TEACHER, { firstName: 'วิไล', lastName: 'ทองดี' });
  await followAndRegister(stack, TEACHER_2, { title: 'นาย', firstName: 'สมชาย', lastName: 'ใจงาม' });
  const created = await api(stack, SUPERVISOR, 'POST', '/api/seminars', {
    title: TITLE,
    startsAt: new Date(Date.now() + HOUR).toISOString(),
    endsAt: new Date(Date.now() + 4 * HOUR).toISOString(),
    venue: 'ห้องประชุมสำนักงานเขตพื้นที่',
    audience: { networkIds: [] },
    capacity: null,
  });
  expect(created.status).toBe(201);
  const id = String(created.body.seminar.id);
  expect((await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`)).status).toBe(200);
  const codes: string[] = [];
  for (const teacher of [TEACHER, TEACHER_2]) {
    expect((await api(stack, teacher, 'POST', `/api/seminars/${id}/rsvp`, { status: 'going' })).body.rsvp.status).toBe('going');
    const ticket = await api(stack, teacher, 'GET', `/api/seminars/${id}/ticket`);
    expect(ticket.status).toBe(200);
    codes.push(String(ticket.body.code));
  }
  return { id, codes };
}

describe('When a supervisor checks people in at the door', () => {
  it('then a typed code checks the teacher in, a code typed offline waits and is sent once back online, and an edit saves a new title', async () => {
    const { stack, browser } = env;
    const { id, codes } = await seminarWithTwoGoing();
    const [wilaiCode, somchaiCode] = codes as [string, string];

    const page = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/seminars');
    await page.getByRole('link', { name: `รายชื่อผู้เข้าร่วม/เช็กอิน ${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: 'รายชื่อผู้เข้าร่วมและเช็กอิน' }).waitFor();
    await page.getByText('แสดง 2 จาก 2 คน').waitFor();
    // Local mode: the LIFF mock stands in for LINE's QR reader, so the scan button is offered.
    await page.getByRole('button', { name: 'สแกน QR' }).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);

    // A typed code (lower case, as people type it) checks the teacher in; the answer names her.
    const log = page.getByRole('log', { name: 'ผลการเช็กอินจากเครื่องนี้' });
    await page.getByLabel('รหัสเช็กอิน 8 ตัว').fill(wilaiCode.toLowerCase());
    await page.getByRole('button', { name: 'เช็กอินด้วยรหัสนี้' }).click();
    await log.getByText('นางสาววิไล ทองดี').waitFor();
    await log.getByText('เช็กอินเรียบร้อย').waitFor();
    const wilaiCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'นางสาววิไล ทองดี' }) });
    await wilaiCard.getByText('(พิมพ์รหัส)', { exact: false }).waitFor();

    // Offline: the second code waits on the phone, survives in storage, and goes once the phone is back online.
    await page.context().setOffline(true);
    await page.getByLabel('รหัสเช็กอิน 8 ตัว').fill(somchaiCode);
    await page.getByRole('button', { name: 'เช็กอินด้วยรหัสนี้' }).click();
    await page.getByText('รอส่ง 1 รายการ').waitFor();
    await page.getByText('ยังส่งไม่ได้เพราะไม่มีอินเทอร์เน็ต', { exact: false }).waitFor();
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').pending?.length, `nithet.checkIns.${id}`);
    expect(stored).toBe(1);
    expect((await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/attendance`)).body.totals.checkedIn).toBe(1);
    expect(await seriousA11yIssues(page)).toEqual([]);

    await page.context().setOffline(false);
    await log.getByText('นายสมชาย ใจงาม').waitFor();
    await page.getByText('ส่งผลการเช็กอินครบทุกรายการแล้วค่ะ').waitFor();
    await page.getByText('แสดง 2 จาก 2 คน').waitFor();
    // Exactly once: two lines, both "checked in", none "already checked in", and the server counts two.
    expect(await log.getByText('เช็กอินเรียบร้อย').count()).toBe(2);
    expect(await log.getByText('เช็กอินไว้แล้ว', { exact: false }).count()).toBe(0);
    const attendance = await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/attendance`);
    expect(attendance.body.totals.checkedIn).toBe(2);
    expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').pending?.length, `nithet.checkIns.${id}`)).toBe(0);

    // The same code again at once is not sent twice.
    await page.getByLabel('รหัสเช็กอิน 8 ตัว').fill(somchaiCode);
    await page.getByRole('button', { name: 'เช็กอินด้วยรหัสนี้' }).click();
    await page.getByText('รายการนี้เพิ่งสแกนไปเมื่อสักครู่', { exact: false }).waitFor();

    // The scan button goes through the same queue; local mode has no camera, so it asks for the text: a link that is no ticket.
    page.once('dialog', (d) => void d.accept('https://line.me'));
    await page.getByRole('button', { name: 'สแกน QR' }).click();
    await log.getByText('คิวอาร์โค้ด', { exact: false }).waitFor();
    await log.getByText('ไม่สำเร็จ').waitFor();
    expect((await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/attendance`)).body.totals.checkedIn).toBe(2);

    // Search, then the sheet as an XLSX fetched with the ID token.
    await page.getByLabel('ค้นหาชื่อหรือโรงเรียน').fill('สมชาย');
    await page.getByText('แสดง 1 จาก 2 คน').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลดรายชื่อ (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^รายชื่อผู้เข้าร่วม-.+-25\d\d-\d\d-\d\d\.xlsx$/);
    const path = await download.path();
    const bytes = await import('node:fs/promises').then((fs) => fs.readFile(path));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await page.getByText('ดาวน์โหลดไฟล์', { exact: false }).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    expect(await overflowsAt200Percent(page)).toBe(false);

    // A code queued offline on a page that is then closed is sent when the page is next opened.
    await page.context().setOffline(true);
    await page.getByLabel('รหัสเช็กอิน 8 ตัว').fill('ZZZZ2222');
    await page.getByRole('button', { name: 'เช็กอินด้วยรหัสนี้' }).click();
    await page.getByText('รอส่ง 1 รายการ').waitFor();
    const context = page.context();
    await page.close();
    await context.setOffline(false);
    const reopened = await context.newPage();
    const identity = new URLSearchParams({
      mockIdToken: stack.platform.mintIdToken(SUPERVISOR),
      mockUserId: SUPERVISOR,
      mockName: 'ศน.วิภาวรรณ',
    });
    await reopened.goto(`${stack.botUrl}/liff/supervisor/seminars/${id}/attendance?${identity}`);
    const reopenedLog = reopened.getByRole('log', { name: 'ผลการเช็กอินจากเครื่องนี้' });
    await reopenedLog.getByText('ไม่พบรหัสนี้ในรายชื่อผู้ลงทะเบียน', { exact: false }).waitFor();
    await reopened.getByText('ส่งผลการเช็กอินครบทุกรายการแล้วค่ะ').waitFor();

    // The edit page: prefilled, says who will be told, sends only the new title.
    const edit = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/seminars');
    await edit.getByRole('link', { name: `แก้ไข ${TITLE}` }).click();
    await edit.getByRole('heading', { level: 1, name: 'แก้ไขการประชุม' }).waitFor();
    await edit.getByText('ผู้ที่ตอบรับเข้าร่วมแล้ว 2 คนจะได้รับข้อความแจ้งการเปลี่ยนแปลงทาง LINE', { exact: false }).waitFor();
    expect(await edit.getByLabel('ชื่อการประชุม').inputValue()).toBe(TITLE);
    expect(await seriousA11yIssues(edit)).toEqual([]);
    const patches: unknown[] = [];
    edit.on('request', (r) => {
      if (r.method() === 'PATCH') patches.push(r.postDataJSON());
    });
    await edit.getByLabel('ชื่อการประชุม').fill(NEW_TITLE);
    await edit.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    await edit.getByText(`บันทึกการแก้ไข “${NEW_TITLE}” แล้ว ผู้ที่ตอบรับ 2 คนจะได้รับแจ้งทาง LINE ค่ะ`).waitFor();
    expect(patches).toEqual([{ title: NEW_TITLE }]);
    const list = await api(stack, SUPERVISOR, 'GET', '/api/seminars');
    expect(list.body.seminars.find((s: { seminar: { id: string } }) => s.seminar.id === id).seminar.title).toBe(NEW_TITLE);
    expect(await seriousA11yIssues(edit)).toEqual([]);
    expect(await overflowsAt200Percent(edit)).toBe(false);

    // A teacher who opens the page is told it is for staff, with no check-in form.
    const teacher = await phoneAs(browser, stack, TEACHER, 'Kru Wilai', `/supervisor/seminars/${id}/attendance`);
    await teacher.getByRole('heading', { name: 'ไม่มีสิทธิ์ใช้งานส่วนนี้' }).waitFor();
    expect(await teacher.getByLabel('รหัสเช็กอิน 8 ตัว').count()).toBe(0);

    for (const p of [reopened, edit, teacher]) await p.context().close();
  });
});
