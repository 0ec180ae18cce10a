// A supervisor's form round in a real browser: create Form 2 for a network, see who it reaches and what it costs, open
// it (0 of N), then, once answers arrive, read the rate, a rating's mean ± SD and a choice's percentage, narrow to one
// network, nudge the rest (the count first), download the XLSX; an anonymous round withholds a small group; a round for
// 60 lists who has not answered 50 at a time ("แสดงเพิ่ม" for the rest).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { membershipDocId, newNetwork } from '@nithet/shared';
import { runOutbox } from '../bot/src/outbox';
import { readXlsx } from '../bot/test/support/directory-files';
import { textsTo } from '../bot/test/support/local-stack';
import { addMembers, AREA, lineId } from '../bot/test/support/outbox-members';
import { api } from '../bot/test/support/people';
import { SEMINAR_NETWORK, networkOf } from '../bot/test/support/seminar-fixtures';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(180_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const TITLE = 'ติดตามและประเมินผลเครือข่าย ภาคเรียนที่ 2/2569';
const HOUR = 3_600_000;
/** Delivers what the outbox holds as if half a day later, so quiet hours never hold it back whatever the hour. */
const flush = () => runOutbox(env.stack.deps, { now: () => new Date(Date.now() + 12 * HOUR) });

/** A complete Form 2 answer: every grid item at `score`, the overall rating and the evaluator's role as given. */
function form2Answers(overall: number, role: string, score = 4) {
  const grid = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, score]));
  return {
    'network-level': 'office',
    network: SEMINAR_NETWORK,
    'evaluator-role': role,
    process: grid([
      'information',
      'needs',
      'plan',
      'meetings',
      'activities',
      'knowledge-sharing',
      'evaluation',
      'use-of-results',
      'reporting',
    ]),
    outcomes: grid(['collaboration', 'policy-goals', 'teaching', 'learning-resource', 'participation']),
    overall,
    strengths: `สมาชิกช่วยเหลือกันดี (${overall}/${role})`,
    improvements: 'ควรจัดกิจกรรมให้สม่ำเสมอ',
  };
}

const submit = async (n: number, roundId: string, answers: Record<string, unknown>) =>
  expect(
    (await api(env.stack, lineId(n), 'POST', `/api/form-rounds/${roundId}/responses`, { answers, idempotencyKey: randomUUID() })).status,
  ).toBe(201);

const question = (page: Page, label: string) => page.getByRole('region', { name: label });

describe('When a supervisor runs a form round from the LIFF app', () => {
  it('then they open it after the preview, follow the answers per question and group, nudge the rest and download them', async () => {
    const { stack, browser } = env;
    // Seven teachers in the seminar network; the first two are also in the demo science network.
    const people = await addMembers(stack, 0, 7);
    await networkOf(stack, people);
    for (const n of [0, 1]) expect((await api(stack, lineId(n), 'POST', '/api/networks/join', { code: 'SCIENCE1' })).status).toBe(200);

    // 1. Create Form 2 for the network as a draft.
    const staff = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor');
    await staff.getByRole('link', { name: 'แบบสอบถามและการติดตามผล' }).click();
    await staff.getByRole('heading', { level: 1, name: 'แบบสอบถามและการติดตามผล' }).waitFor();
    await staff.getByRole('button', { name: 'สร้างรอบแบบสอบถามใหม่' }).click();
    await staff.getByRole('radio', { name: /^แบบติดตามและประเมินผลการพัฒนาเครือข่ายการนิเทศ/ }).check();
    await staff.getByRole('button', { name: 'บันทึกเป็นร่าง' }).click();
    await staff.getByText('กรุณากรอกชื่อรอบ (ไม่เกิน 200 ตัวอักษร)').waitFor();
    await staff.getByLabel('ชื่อรอบ').fill(TITLE);
    await staff.getByRole('checkbox', { name: 'เครือข่ายสัมมนา' }).check();
    await staff.getByText('ผลสรุปและไฟล์ส่งออกจะไม่มีชื่อหรือ LINE ID ของผู้ตอบ', { exact: false }).waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'บันทึกเป็นร่าง' }).click();
    await staff.getByRole('status').getByText(`สร้าง “${TITLE}” เป็นร่างแล้ว`, { exact: false }).waitFor();

    // 2. The preview first (count, cost, quota, quiet hours), then the send: 0 of 7 answered.
    await staff.getByRole('button', { name: `ส่งแบบสอบถาม ${TITLE}` }).click();
    await staff.getByText('กลุ่มเป้าหมาย 7 คน').waitFor();
    await staff.getByText('ส่งถึงทาง LINE ได้ 7 คน').waitFor();
    await staff.getByText('ใช้โควตาข้อความ 7 ข้อความ').waitFor();
    await staff.getByText(/จะส่งทันทีที่กดยืนยันค่ะ|ขณะนี้อยู่ในช่วงงดส่งข้อความ/).waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'ยืนยันส่งแบบสอบถามถึง 7 คน' }).click();
    await staff.getByText(`ส่ง “${TITLE}” แล้ว ถึง 7 คนค่ะ`).waitFor();
    await staff.getByText('ตอบแล้ว 0 จาก 7 คน').waitFor();
    expect(await overflowsAt200Percent(staff)).toBe(false);
    await flush();
    const roundId = String((await api(stack, SUPERVISOR, 'GET', '/api/form-rounds')).body.rounds[0].id);
    expect(stack.platform.messagesTo(lineId(0)).filter((m) => JSON.stringify(m.message).includes(`/forms/${roundId}`))).toHaveLength(1);

    // 3. Six answer (overall 5 4 3 5 4 3; four of six answer as members).
    const overall = [5, 4, 3, 5, 4, 3];
    for (const [n, score] of overall.entries()) await submit(n, roundId, form2Answers(score, n < 4 ? 'member' : 'coordinator'));

    await staff.getByRole('link', { name: `ดูผลและผู้ที่ยังไม่ตอบ ${TITLE}` }).click();
    await staff.getByRole('heading', { level: 1, name: 'ผลแบบสอบถาม' }).waitFor();
    await staff.getByText('ตอบแล้ว 85.7%').waitFor();
    await staff.getByText('6 จาก 7 คน').waitFor();
    const byNetwork = staff.getByRole('figure', { name: 'ตามเครือข่าย' });
    expect(await byNetwork.getByRole('listitem').filter({ hasText: 'เครือข่ายสัมมนา' }).textContent()).toContain('6/7 คน (85.7%)');
    await staff.getByText('สรุปจากผู้ตอบ 6 คน').waitFor();
    const rating = question(staff, 'ข้อ 9 ความพึงพอใจต่อการส่งเสริมและสนับสนุนเครือข่ายการนิเทศโดยรวม');
    await rating.getByText('ค่าเฉลี่ย 4.00 ± 0.89 (เต็ม 5)').waitFor();
    expect(await rating.getByRole('listitem').filter({ hasText: '5 มากที่สุด' }).textContent()).toContain('2 คน (33.3%)');
    const role = question(staff, 'ข้อ 3 ผู้ประเมิน');
    expect(await role.getByRole('listitem').filter({ hasText: 'สมาชิกเครือข่าย' }).textContent()).toContain('4 คน (66.7%)');
    // Free text: five, then all six on request.
    const strengths = question(staff, 'ข้อ 10 จุดเด่นของเครือข่าย');
    expect(await strengths.getByRole('listitem').count()).toBe(5);
    await strengths.getByRole('button', { name: 'ดูทั้งหมด (6 คำตอบ)' }).click();
    expect(await strengths.getByRole('listitem').count()).toBe(6);
    expect(await seriousA11yIssues(staff)).toEqual([]);

    // 4. Narrowed to the science network: the first two only (overall 5 and 4).
    await staff.getByLabel('เครือข่าย', { exact: true }).selectOption({ label: 'ชุมชนครูวิทยาศาสตร์' });
    await staff.getByText('สรุปจากผู้ตอบ 2 คน').waitFor();
    await rating.getByText('ค่าเฉลี่ย 4.50 ± 0.71 (เต็ม 5)').waitFor();
    await staff.getByText('ตอบแล้ว 85.7%').waitFor(); // the overall rate stays

    // 5. The one who has not answered: the count on the button first, then the server's counts.
    await staff.getByText('ยังไม่ตอบ 1 คน').waitFor();
    await staff.getByRole('region', { name: 'ผู้ที่ยังไม่ตอบ' }).getByText('ครู 6').waitFor();
    await staff.getByRole('button', { name: 'ส่งเตือน 1 คน' }).click();
    await staff.getByRole('heading', { name: 'ผลการส่งเตือน' }).waitFor();
    await staff.getByText('ส่งเตือนแล้ว 1 คน').waitFor();
    await staff.getByText('เตือนไปแล้ววันนี้ (ไม่ส่งซ้ำ) 0 คน').waitFor();
    await flush();
    expect(textsTo(stack, lineId(6)).filter((t) => t.includes('ขอความกรุณาตอบ'))).toHaveLength(1);
    expect(textsTo(stack, lineId(5)).filter((t) => t.includes('ขอความกรุณาตอบ'))).toHaveLength(0);

    // 6. The XLSX without names (the default), through the app's authorised download.
    expect(await staff.getByRole('checkbox', { name: 'รวมชื่อและ LINE ID' }).isChecked()).toBe(false);
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('button', { name: 'ดาวน์โหลด Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^ผลแบบสอบถาม-${TITLE.replace('/', '-')}-25\\d\\d-\\d\\d-\\d\\d\\.xlsx$`));
    const sheet = await readXlsx(readFileSync((await download.path())!));
    expect(sheet).toHaveLength(7);
    expect(sheet[0]).toContain('ความพึงพอใจต่อการส่งเสริมและสนับสนุนเครือข่ายการนิเทศโดยรวม');
    expect(sheet[0]).not.toContain('ชื่อ-สกุล');
    await staff.getByText(/ดาวน์โหลดไฟล์ .*\.xlsx แล้วค่ะ/).waitFor();

    await staff.getByLabel('เครือข่าย', { exact: true }).selectOption({ label: 'ทั้งหมด' });
    await staff.getByText('สรุปจากผู้ตอบ 6 คน').waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);
    expect(await overflowsAt200Percent(staff)).toBe(false);
    await staff.context().close();
  });

  it('then an anonymous round withholds a group under five and never offers names in the export', async () => {
    const { stack, browser } = env;
    const created = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
      title: 'ประเมินผลแบบไม่ระบุชื่อ',
      templateId: 'form2-monitoring-evaluation',
      audience: { networkIds: [SEMINAR_NETWORK] },
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
      anonymous: true,
    });
    const id = String(created.body.round.id);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${id}/open`)).status).toBe(200);
    for (const n of [0, 1, 2]) await submit(n, id, form2Answers(4, 'member'));

    const staff = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', `/supervisor/forms/${encodeURIComponent(id)}`);
    await staff.getByText('สรุปจากผู้ตอบ 3 คน').waitFor();
    await staff.getByLabel('เครือข่าย', { exact: true }).selectOption({ label: 'ชุมชนครูวิทยาศาสตร์' });
    await staff.getByText('กลุ่มที่เลือกมีผู้ตอบน้อยกว่า 5 คน', { exact: false }).waitFor();
    expect(await staff.getByText('ค่าเฉลี่ย', { exact: false }).count()).toBe(0);
    const names = staff.getByRole('checkbox', { name: 'รวมชื่อและ LINE ID' });
    expect(await names.isDisabled()).toBe(true);
    await staff.getByText('รอบนี้ไม่ระบุชื่อผู้ตอบ ไฟล์จึงไม่มีชื่อหรือ LINE ID ของผู้ตอบค่ะ').waitFor();
    expect(await seriousA11yIssues(staff)).toEqual([]);
    expect(await overflowsAt200Percent(staff)).toBe(false);
    await staff.context().close();
  });

  it('then a round for 60 lists who has not answered 50 at a time, and "แสดงเพิ่ม" brings the rest', async () => {
    const { stack, browser } = env;
    const people = await addMembers(stack, 100, 60);
    const now = new Date().toISOString();
    await stack.deps.repos.networks.put(
      newNetwork(
        {
          id: 'net-big',
          areaId: AREA,
          name: 'เครือข่ายครูทั้งอำเภอ',
          kind: 'teacher-community',
          level: 'office',
          joinCode: 'BIG60',
          joinPolicy: 'open',
        },
        now,
      ),
    );
    for (const memberId of people)
      await stack.deps.repos.memberships.put({
        id: membershipDocId('net-big', memberId),
        areaId: AREA,
        networkId: 'net-big',
        memberId,
        role: 'member',
        status: 'active',
        joinedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    const created = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
      title: 'สำรวจความต้องการทั้งอำเภอ',
      templateId: 'form2-monitoring-evaluation',
      audience: { networkIds: ['net-big'] },
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
    });
    const id = String(created.body.round.id);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${id}/open`)).status).toBe(200);
    for (const n of [100, 101]) await submit(n, id, form2Answers(4, 'member'));

    const staff = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', `/supervisor/forms/${encodeURIComponent(id)}`);
    await staff.getByText('2 จาก 60 คน').waitFor();
    const waiting = staff.getByRole('region', { name: 'ผู้ที่ยังไม่ตอบ' });
    await waiting.getByText('ยังไม่ตอบ 58 คน').waitFor();
    await waiting.getByText('แสดง 50 จาก 58 คน').waitFor();
    expect(await waiting.getByRole('listitem').count()).toBe(50);
    await waiting.getByRole('button', { name: 'ส่งเตือน 58 คน' }).waitFor();
    await waiting.getByRole('button', { name: 'แสดงเพิ่ม (เหลืออีก 8 คน)' }).click();
    await staff.waitForFunction(() => document.querySelectorAll('#not-answered-list li').length === 58);
    expect(await waiting.getByRole('button', { name: /แสดงเพิ่ม/ }).count()).toBe(0);
    const names = await waiting.getByRole('listitem').allTextContents();
    expect(new Set(names).size).toBe(58);
    expect(names).toEqual([...names].sort(new Intl.Collator('th').compare));
    expect(names.some((n) => n.startsWith('ครู 100') || n.startsWith('ครู 101'))).toBe(false);
    expect(await seriousA11yIssues(staff)).toEqual([]);
    expect(await overflowsAt200Percent(staff)).toBe(false);
    await staff.context().close();
  });

  it('then a coordinator, who has no office-wide overview, gets the networks they coordinate in both create forms', async () => {
    const { stack, browser } = env;
    const COORDINATOR = 'U00000000000000000000000000005002';
    for (const [path, create] of [
      ['/supervisor/forms', 'สร้างรอบแบบสอบถามใหม่'],
      ['/supervisor/seminars', 'สร้างการประชุมใหม่'],
    ] as const) {
      const page = await phoneAs(browser, stack, COORDINATOR, 'ครูประสิทธิ์', path);
      await page.getByRole('button', { name: create }).click();
      await page.getByRole('checkbox', { name: 'เครือข่ายครูแกนนำ' }).waitFor();
      expect(await page.getByRole('checkbox', { name: 'ชุมชนครูวิทยาศาสตร์' }).count()).toBe(0);
      expect(await seriousA11yIssues(page)).toEqual([]);
      await page.context().close();
    }
  });
});
