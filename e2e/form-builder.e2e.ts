// The form builder on a phone: a supervisor copies Form 1 as form1-2571, adds a rating question and a single choice,
// moves the choice above the rating and shows the rating only after one answer, previews it as a teacher would (the
// follow-up appears with its answer), saves in place as version 1; once a round of the copy has an answer, the next
// save becomes version 2 and the answered round keeps version 1.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { validateAnswers, type AnswerValue, type FormDefinition, type Question } from '@nithet/shared';
import { addMembers, lineId } from '../bot/test/support/outbox-members';
import { api } from '../bot/test/support/people';
import { SEMINAR_NETWORK, networkOf } from '../bot/test/support/seminar-fixtures';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(180_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const FORM1 = 'แบบสำรวจความต้องการการพัฒนาเครือข่ายการนิเทศ';
const COPY = 'แบบสำรวจความต้องการ ปีการศึกษา 2571';
const RATING = 'ความพึงพอใจต่อการนิเทศแบบออนไลน์';
const CHOICE = 'ท่านเคยเข้าร่วมการนิเทศแบบออนไลน์หรือไม่';
const HOUR = 3_600_000;

/** A question card of the builder by its form-wide number ("ข้อ 22 …"). */
const card = (page: Page, n: number) =>
  page.locator('li.fb-card').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^ข้อ ${n} `) }) });
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
const resetTextSize = (page: Page) => page.evaluate(() => document.documentElement.style.removeProperty('font-size'));

/** A valid answer to every question (hidden ones are dropped by the engine), for a response through the API. */
function answerEverything(def: FormDefinition): Record<string, AnswerValue> {
  const answer = (q: Question): AnswerValue | undefined => {
    if (q.kind === 'single-choice') return q.options![0]!.value;
    if (q.kind === 'multi-choice') return [q.options![0]!.value];
    if (q.kind === 'rating') return 4;
    if (q.kind === 'rating-grid') return Object.fromEntries(q.items!.map((i) => [i.id, 4]));
    if (q.kind === 'number') return q.min ?? 1;
    if (q.kind === 'date') return '2027-01-15';
    if (q.kind === 'school') return '1040010002';
    if (q.kind === 'network') return undefined;
    return 'ทดสอบ';
  };
  const out: Record<string, AnswerValue> = {};
  for (const q of def.sections.flatMap((s) => s.questions)) {
    const value = answer(q);
    if (value !== undefined) out[q.id] = value;
  }
  return out;
}

describe('When a supervisor copies Form 1 and edits the copy in the form builder', () => {
  it('then questions are added, moved and shown by an answer, the preview obeys it, and a save after an answer makes version 2', async () => {
    const { stack, browser } = env;
    const page = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor');

    // 1. The list: each form with its version; the copy's id is checked here and by the server.
    await page.getByRole('link', { name: 'สร้างและแก้ไขแบบฟอร์ม' }).click();
    await page.getByRole('heading', { level: 1, name: 'สร้างและแก้ไขแบบฟอร์ม' }).waitFor();
    const form1 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: FORM1 }) });
    await form1.getByText('ฉบับที่ 1').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    expect(await overflowsAt200Percent(page)).toBe(false);
    await resetTextSize(page);

    await page.getByRole('button', { name: `ทำสำเนา ${FORM1}` }).click();
    await form1.getByLabel('รหัสของสำเนา').fill('Form 1');
    await form1.getByLabel('ชื่อของสำเนา').fill(COPY);
    await form1.getByRole('button', { name: 'สร้างสำเนา' }).click();
    await form1.getByText('รหัสใช้ได้เฉพาะ a–z 0–9 และ - ไม่เกิน 60 ตัว').waitFor();
    await form1.getByLabel('รหัสของสำเนา').fill('form2-monitoring-evaluation');
    await form1.getByRole('button', { name: 'สร้างสำเนา' }).click();
    await form1.getByText('มีแบบฟอร์มรหัสนี้อยู่แล้ว กรุณาตั้งรหัสใหม่').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await form1.getByLabel('รหัสของสำเนา').fill('form1-2571');
    await form1.getByRole('button', { name: 'สร้างสำเนา' }).click();
    await page.getByRole('status').getByText(`สร้างสำเนา “${COPY}” แล้ว (ฉบับที่ 1)`, { exact: false }).waitFor();
    const open = page.getByRole('link', { name: `เปิดแก้ไข ${COPY}` });
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `เปิดแก้ไข ${COPY}`);
    await open.click();

    // 2. The builder: Form 1 has 21 questions; a rating and a single choice join its last section.
    await page.getByRole('heading', { level: 1, name: 'แก้ไขแบบฟอร์ม' }).waitFor();
    await page.getByText('รหัส form1-2571 · ฉบับที่ 1').waitFor();
    expect(await page.locator('li.fb-card').count()).toBe(21);
    await page.getByLabel('ชนิดคำถามที่จะเพิ่มในส่วนที่ 4').selectOption({ label: 'มาตราส่วนประมาณค่า' });
    await page.getByRole('button', { name: 'เพิ่มคำถาม ส่วนที่ 4' }).click();
    await page.getByRole('status').getByText('เพิ่มข้อ 22 แล้วค่ะ').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA'); // the new question's wording
    await page.keyboard.type(RATING);
    await card(page, 22).getByRole('button', { name: 'แก้ไขเสร็จ ข้อ 22' }).first().click();

    await page.getByLabel('ชนิดคำถามที่จะเพิ่มในส่วนที่ 4').selectOption({ label: 'เลือกหนึ่งข้อ' });
    await page.getByRole('button', { name: 'เพิ่มคำถาม ส่วนที่ 4' }).click();
    const choice = card(page, 23);
    await choice.getByLabel('ตัวเลือกที่ 1', { exact: true }).fill('เคย');
    await choice.getByLabel('ตัวเลือกที่ 2', { exact: true }).fill('ไม่เคย');

    // Saving without its wording: refused on the phone, the summary's link goes to the box.
    await page.getByRole('button', { name: 'บันทึกแบบฟอร์ม' }).click();
    await page.getByRole('heading', { name: 'ยังบันทึกไม่ได้ มี 1 จุดที่ต้องแก้ไขค่ะ' }).waitFor();
    expect(await focusedName(page)).toBe('fb-errors');
    await page.getByRole('link', { name: 'ข้อ 23: กรุณาพิมพ์คำถาม' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^fb-question-q-\d+-label$/);
    await page.keyboard.type(CHOICE);
    await choice.getByRole('checkbox', { name: 'ต้องตอบข้อนี้' }).check();
    await page.getByRole('heading', { name: /ยังบันทึกไม่ได้/ }).waitFor({ state: 'detached' });

    // 3. The choice moves above the rating (focus stays on its ขึ้น), then the rating shows only after "เคย".
    await choice.getByRole('button', { name: 'ขึ้น ข้อ 23' }).click();
    await page.getByRole('status').getByText('ย้ายข้อ 23 ไปเป็นข้อ 22 แล้วค่ะ').waitFor();
    expect(await page.getByRole('heading', { level: 3, name: /^ข้อ 22 / }).textContent()).toContain(CHOICE);
    expect(await focusedName(page)).toBe('ขึ้น ข้อ 22');
    const rating = card(page, 23);
    await rating.getByRole('button', { name: 'แก้ไข ข้อ 23' }).click();
    await rating.getByLabel('ขึ้นกับคำตอบของ').selectOption({ label: `ข้อ 22 ${CHOICE}` });
    expect(await rating.getByLabel('เงื่อนไข', { exact: true }).inputValue()).toBe('equals');
    await rating.getByText('แสดงเมื่อ ข้อ 22 ตอบว่า “เคย”').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);

    // 4. The preview, drawn by the teacher's renderers: the rating waits for "เคย".
    await page.getByRole('button', { name: 'ดูตัวอย่างแบบที่ครูเห็น' }).click();
    const followUp = page.getByRole('group', { name: RATING });
    const asked = page.getByRole('group', { name: CHOICE });
    await asked.waitFor();
    expect(await followUp.count()).toBe(0);
    await asked.getByRole('radio', { name: 'เคย', exact: true }).check();
    await followUp.getByRole('radio', { name: '5 มากที่สุด' }).waitFor();
    await asked.getByRole('radio', { name: 'ไม่เคย', exact: true }).check();
    await followUp.waitFor({ state: 'detached' });
    expect(await seriousA11yIssues(page)).toEqual([]);

    // 5. Saved before anyone answered: in place, still version 1.
    await page.getByRole('button', { name: 'บันทึกแบบฟอร์ม' }).click();
    await page.getByText('บันทึกแล้วในฉบับที่ 1 (ยังไม่มีผู้ตอบ จึงแก้ไขในฉบับเดิม) ค่ะ').waitFor();
    const v1 = (await api(stack, SUPERVISOR, 'GET', '/api/form-templates/form1-2571')).body;
    expect(v1.version).toBe(1);
    const last = v1.definition.sections[3].questions;
    expect(last.map((q: Question) => q.label).slice(-2)).toEqual([CHOICE, RATING]);
    expect(last.at(-1).showIf).toEqual({ all: [{ question: last.at(-2).id, op: 'equals', value: 'o-1' }] });
    expect(last.at(-2)).toMatchObject({ kind: 'single-choice', required: true, options: [{ label: 'เคย' }, { label: 'ไม่เคย' }] });

    // 6. A round of the copy gets one answer through the API; the next save is version 2, the round keeps version 1.
    const people = await addMembers(stack, 0, 1);
    await networkOf(stack, people);
    const created = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
      title: 'สำรวจความต้องการ 2571',
      templateId: 'form1-2571',
      audience: { networkIds: [SEMINAR_NETWORK] },
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
    });
    const roundId = String(created.body.round.id);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${roundId}/open`)).status).toBe(200);
    const answers = answerEverything(v1.definition);
    expect(validateAnswers(v1.definition, answers).ok).toBe(true);
    const sent = await api(stack, lineId(0), 'POST', `/api/form-rounds/${roundId}/responses`, { answers, idempotencyKey: randomUUID() });
    expect(sent.status).toBe(201);

    await page.getByRole('button', { name: 'แก้ไข', exact: true }).click();
    await page.getByLabel('คำอธิบายแบบฟอร์ม').fill('ปรับปรุงสำหรับปีการศึกษา 2571 เพิ่มคำถามเรื่องการนิเทศแบบออนไลน์');
    await page.getByText('มีการแก้ไขที่ยังไม่ได้บันทึก').waitFor();
    await page.getByRole('button', { name: 'บันทึกแบบฟอร์ม' }).click();
    await page.getByText('แบบฟอร์มมีผู้ตอบแล้ว จึงบันทึกเป็นฉบับที่ 2 คำตอบเดิมยังอยู่กับฉบับก่อนค่ะ').waitFor();
    await page.getByText('รหัส form1-2571 · ฉบับที่ 2').waitFor();
    expect((await api(stack, SUPERVISOR, 'GET', '/api/form-templates/form1-2571')).body.version).toBe(2);
    expect((await api(stack, lineId(0), 'GET', `/api/form-rounds/${roundId}`)).body.definition.version).toBe(1);

    // The builder with settings open: both new questions' (open through both saves) and the last section's.
    await rating.getByRole('button', { name: 'แก้ไขเสร็จ ข้อ 23' }).first().waitFor();
    await page.getByRole('button', { name: 'แก้ไข ส่วนที่ 4' }).click();
    await page.getByRole('group', { name: 'แสดงส่วนนี้เมื่อ' }).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    expect(await overflowsAt200Percent(page)).toBe(false);
    await page.context().close();
  });
});
