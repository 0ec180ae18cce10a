// A supervisor plans from the needs in a real browser: Form 1's results beside the plan, an activity answering the top
// need (in the list and the calendar), a seminar made from it keeping the link, and the dashboard's trace
// need → activity → score → still open; each screen passes axe and keeps to the phone's width at 200 % text.
import { randomUUID } from 'node:crypto';
import { addMembers, lineId } from '../bot/test/support/outbox-members';
import { api } from '../bot/test/support/people';
import { SEMINAR_NETWORK, networkOf } from '../bot/test/support/seminar-fixtures';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';
import { agencyForm1Answers } from '../bot/test/support/form1-answers';

jest.setTimeout(180_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const DAY = 86_400_000;
const ACTIVITY = 'สัมมนาการจัดการเรียนรู้เชิงรุกสำหรับครูแกนนำ';
const TOP_NEED = 'การจัดการเรียนรู้เชิงรุก (Active Learning)';

describe('When a supervisor builds the plan from the needs survey', () => {
  it('then the top need gets an activity, seen in the list, the calendar, the seminar link and the dashboard trace', async () => {
    const { stack, browser } = env;
    // Four people in the seminar network answer Form 1: active learning 3 of 4, assessment 2 of 4.
    const people = await addMembers(stack, 0, 4);
    await networkOf(stack, people);
    const round = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
      title: 'สำรวจความต้องการการพัฒนาเครือข่าย ปีงบประมาณ 2570',
      templateId: 'form1-needs-survey',
      audience: { networkIds: [SEMINAR_NETWORK] },
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 14 * DAY).toISOString(),
    });
    expect(round.status).toBe(201);
    const roundId = String(round.body.round.id);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${roundId}/open`)).status).toBe(200);
    const answers = [['active-learning', 'assessment'], ['active-learning'], ['active-learning', 'assessment'], ['reading-writing']];
    for (const [n, topics] of answers.entries()) {
      const res = await api(stack, lineId(n), 'POST', `/api/form-rounds/${roundId}/responses`, {
        answers: agencyForm1Answers(topics),
        idempotencyKey: randomUUID(),
      });
      expect([n, res.status]).toEqual([n, 201]);
    }

    // 1. From the supervisor's page to the plan: the needs from the round, most chosen first.
    const staff = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor');
    await staff.getByRole('link', { name: 'แผนส่งเสริมและสนับสนุนเครือข่าย' }).click();
    await staff.getByRole('heading', { level: 1, name: 'แผนส่งเสริมและสนับสนุนเครือข่ายการนิเทศ' }).waitFor();
    const needs = staff.getByRole('region', { name: 'ความต้องการจากแบบสำรวจ' });
    await needs.getByText('ผู้ตอบ 4 คน', { exact: false }).waitFor();
    const first = needs.getByRole('listitem').first();
    expect(await first.textContent()).toContain(TOP_NEED);
    expect(await first.textContent()).toContain('3 คน (75.0%)');
    expect(await first.textContent()).toContain('ยังไม่มีกิจกรรมในแผน');
    await needs.getByLabel('ดูตาม').selectOption({ label: 'รูปแบบเครือข่าย' });
    await needs.getByText('เครือข่ายในรูปชุมชน (ชุมชนครู) (ผู้ตอบ 4 คน)').waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);

    // 2. An activity answering the top need: a Thai error first, then saved.
    await staff.getByRole('button', { name: 'เพิ่มกิจกรรมในแผน' }).click();
    await staff.getByRole('button', { name: 'เพิ่มกิจกรรม', exact: true }).click();
    await staff.getByText('กรุณาระบุชื่อกิจกรรม (ไม่เกิน 300 ตัวอักษร)').waitFor();
    const form = staff.locator('#add-activity-form');
    await form.getByLabel('ชื่อกิจกรรม').fill(ACTIVITY);
    await form.getByRole('checkbox', { name: TOP_NEED }).check();
    await form.getByLabel('วันเริ่ม').fill('2027-01-20');
    await form.getByLabel('งบประมาณ (บาท)').fill('15000');
    expect(await seriousA11yIssues(staff)).toEqual([]);
    await form.getByRole('button', { name: 'เพิ่มกิจกรรม', exact: true }).click();
    await staff.getByRole('status').getByText(`เพิ่ม “${ACTIVITY}” ในแผนแล้วค่ะ`).waitFor();
    const card = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: ACTIVITY }) });
    expect(await card.textContent()).toContain('20 มกราคม 2570');
    expect(await card.textContent()).toContain(TOP_NEED);
    expect(await card.textContent()).toContain('15,000 บาท');
    expect(await first.textContent()).toContain('มีกิจกรรมในแผน 1 รายการ');

    // 3. The calendar: January 2570 marks the 20th and lists the activity under it.
    await staff.getByRole('button', { name: 'ปฏิทิน' }).click();
    const january = staff.getByRole('table', { name: 'มกราคม 2570' });
    await january.getByRole('cell', { name: '20 1 กิจกรรม' }).waitFor();
    const onDay = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: 'วันที่ 20 มกราคม 2570' }) });
    expect(await onDay.textContent()).toContain(ACTIVITY);
    expect(await seriousA11yIssues(staff)).toEqual([]);

    // 4. A seminar made from the activity keeps the link.
    await staff.getByRole('button', { name: 'รายการ' }).click();
    await staff.getByRole('link', { name: `สร้างสัมมนาจากกิจกรรมนี้ ${ACTIVITY}` }).click();
    await staff.getByRole('heading', { name: 'สร้างสัมมนาจากกิจกรรมในแผน' }).waitFor();
    expect(await staff.getByLabel('ชื่อการประชุม').inputValue()).toBe(ACTIVITY);
    await staff.getByRole('button', { name: 'บันทึกเป็นร่าง' }).click();
    await staff.getByText(`สร้าง “${ACTIVITY}” เป็นร่างแล้ว และเชื่อมกับกิจกรรมในแผนแล้วค่ะ`).waitFor();
    const seminars = (await api(stack, SUPERVISOR, 'GET', '/api/seminars')).body.seminars as {
      seminar: { title: string; planActivityId?: string };
    }[];
    expect(seminars.find((s) => s.seminar.title === ACTIVITY)?.seminar.planActivityId).toMatch(/^pa-/);

    // 5. The dashboard: the trace from the need to the activity, still open (nothing done yet); 200 % text fits.
    await staff.getByRole('link', { name: 'กลับไปหน้าแผน' }).click();
    await staff.getByText(`สัมมนาที่สร้างแล้ว: ${ACTIVITY}`).waitFor();
    expect(await overflowsAt200Percent(staff)).toBe(false);
    await staff.getByRole('link', { name: 'ดูแดชบอร์ดผลการดำเนินงาน' }).click();
    await staff.getByRole('heading', { level: 1, name: 'แดชบอร์ดผลการดำเนินงาน' }).waitFor();
    const trace = staff.getByRole('region', { name: 'ความต้องการ → กิจกรรม → ผลประเมิน → ยังเปิดอยู่หรือไม่' });
    const top = trace.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: `1. ${TOP_NEED}` }) });
    expect(await top.textContent()).toContain(ACTIVITY);
    expect(await top.textContent()).toContain('ยังไม่มีผลประเมิน');
    expect(await top.textContent()).toContain('ยังเปิดอยู่');
    await staff.getByRole('table', { name: 'ตามรูปแบบเครือข่าย' }).waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);
    expect(await overflowsAt200Percent(staff)).toBe(false);
  });
});
