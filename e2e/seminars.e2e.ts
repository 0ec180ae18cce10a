// Seminars in a real browser: a supervisor creates one for a network, sees the preview count before announcing;
// a teacher member of that network opens "การประชุมและสัมมนา" and answers เข้าร่วม.
import { TEACHER_3, api, followAndRegister } from '../bot/test/support/people';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(120_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const TEACHER = TEACHER_3;
const TITLE = 'อบรมการสอนวิทยาศาสตร์เชิงรุก';

/** A moment `days` from now as a datetime-local value on a Bangkok wall clock, at the given hour. */
const bangkokLocal = (days: number, hour: number): string => {
  const d = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
};

describe('When a supervisor announces a seminar to a network', () => {
  it('then they see who it reaches before sending, and a member answers เข้าร่วม on their phone', async () => {
    const { stack, browser } = env;
    await followAndRegister(stack, TEACHER, { firstName: 'วิไล', lastName: 'ทองดี' });
    const joined = await api(stack, TEACHER, 'POST', '/api/networks/join', { code: 'SCIENCE1' });
    expect(joined.status).toBe(200);

    const staff = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor');
    await staff.getByRole('link', { name: 'จัดการการประชุมและสัมมนา' }).click();
    await staff.getByRole('heading', { level: 1, name: 'จัดการการประชุมและสัมมนา' }).waitFor();
    await staff.getByRole('button', { name: 'สร้างการประชุมใหม่' }).click();
    await staff.getByLabel('ชื่อการประชุม').fill(TITLE);
    await staff.getByLabel('วาระ / รายละเอียด').fill('1. แลกเปลี่ยนเรียนรู้\n2. ออกแบบกิจกรรม');
    await staff.getByLabel('วันเวลาเริ่ม').fill(bangkokLocal(30, 9));
    await staff.getByLabel('วันเวลาสิ้นสุด').fill(bangkokLocal(30, 12));
    await staff.getByLabel('สถานที่').fill('ห้องประชุมสำนักงานเขตพื้นที่');
    await staff.getByLabel('ลิงก์ประชุมออนไลน์').fill('https://meet.example.com/sci');
    await staff.getByRole('checkbox', { name: 'ชุมชนครูวิทยาศาสตร์' }).check();
    await staff.getByLabel('จำนวนที่นั่ง').fill('40');
    expect(await seriousA11yIssues(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'บันทึกเป็นร่าง' }).click();
    await staff.getByRole('status').getByText(`สร้าง “${TITLE}” เป็นร่างแล้ว`, { exact: false }).waitFor();

    // The preview first: the count is on screen before anything is sent.
    await staff.getByRole('button', { name: `ประกาศ ${TITLE}` }).click();
    await staff.getByText('กลุ่มเป้าหมาย 1 คน').waitFor();
    await staff.getByText('ส่งถึงทาง LINE ได้ 1 คน').waitFor();
    expect(stack.platform.messagesTo(TEACHER, { includeUndelivered: true }).some((m) => JSON.stringify(m.message).includes(TITLE))).toBe(
      false,
    );
    expect(await seriousA11yIssues(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'ยืนยันส่งประกาศถึง 1 คน' }).click();
    await staff.getByText(`ประกาศ “${TITLE}” แล้ว ส่งถึง 1 คนค่ะ`).waitFor();
    await staff.getByText('ประกาศแล้ว', { exact: true }).waitFor();
    expect(await overflowsAt200Percent(staff)).toBe(false);

    const phone = await phoneAs(browser, stack, TEACHER, 'Kru Wilai', '/seminars');
    await phone.getByRole('heading', { name: TITLE }).waitFor();
    await phone.getByText('เหลือ 40 ที่นั่ง').waitFor();
    await phone.getByText('ยังไม่ได้ตอบ').waitFor();
    await phone.getByRole('button', { name: `เข้าร่วม ${TITLE}`, exact: true }).click();
    await phone.getByText(`ยืนยันเข้าร่วม “${TITLE}” เรียบร้อยแล้วค่ะ`).waitFor();
    await phone.getByText('เหลือ 39 ที่นั่ง').waitFor();
    expect(await seriousA11yIssues(phone)).toEqual([]);
    expect(await overflowsAt200Percent(phone)).toBe(false);

    // The card's details link opens the seminar's own page with the same answer.
    const one = await phoneAs(browser, stack, TEACHER, 'Kru Wilai', '/seminars');
    await one.getByRole('link', { name: `ดูรายละเอียด ${TITLE}` }).click();
    await one.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await one.getByText('เข้าร่วม', { exact: true }).first().waitFor();
    await one.getByText('1. แลกเปลี่ยนเรียนรู้', { exact: false }).waitFor();
    expect(await seriousA11yIssues(one)).toEqual([]);
    expect(await overflowsAt200Percent(one)).toBe(false);
    for (const p of [staff, phone, one]) await p.context().close();
  });
});
