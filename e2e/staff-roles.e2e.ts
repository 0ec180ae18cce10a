// The office's supervisors in a real browser (ตั้งค่าสำนักงาน → ศึกษานิเทศก์และผู้ดูแลระบบ): the last supervisor cannot
// remove herself, she finds a registered teacher by name and appoints her, then removes her again; accessible at 200 %.
import { memberDocId } from '@nithet/shared';
import { followAndRegister } from '../bot/test/support/people';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(120_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const TEACHER = 'U00000000000000000000000000007001';

describe('When a supervisor manages who runs the office', () => {
  it('then she sees herself, cannot leave the office without one, and appoints and removes a teacher found by name', async () => {
    const { stack, browser } = env;
    await followAndRegister(stack, TEACHER); // นางสาวสมศรี ใจดี
    const page = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/settings');
    const section = page.getByRole('region', { name: 'ศึกษานิเทศก์และผู้ดูแลระบบ' });
    await section.getByRole('heading', { level: 3, name: 'นางวิภาวรรณ ศรีสุข (ท่านเอง)' }).waitFor();

    await section.getByRole('button', { name: 'ถอนสิทธิ์ศึกษานิเทศก์ของ นางวิภาวรรณ ศรีสุข' }).click();
    await section.getByText('หลังจากนี้ท่านจะเปิดหน้าของศึกษานิเทศก์ไม่ได้อีก').waitFor();
    await section.getByRole('button', { name: 'ถอนสิทธิ์', exact: true }).click();
    await section.getByRole('alert').filter({ hasText: 'สำนักงานต้องมีศึกษานิเทศก์หรือผู้ดูแลระบบอย่างน้อยหนึ่งท่าน' }).waitFor();

    const search = section.getByRole('searchbox', { name: 'ค้นหาสมาชิกที่ลงทะเบียนแล้วด้วยชื่อ' });
    await search.fill('ส');
    await section.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await section.getByText('กรุณาพิมพ์อย่างน้อย 2 ตัวอักษรค่ะ').waitFor();
    await search.fill('สมศรี');
    await section.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await section.getByText('พบ 1 คน').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);

    await section.getByRole('button', { name: 'แต่งตั้ง นางสาวสมศรี ใจดี เป็นศึกษานิเทศก์' }).click();
    await section.getByRole('button', { name: 'แต่งตั้ง', exact: true }).click();
    await section.getByRole('status').filter({ hasText: 'แต่งตั้ง นางสาวสมศรี ใจดี เป็นศึกษานิเทศก์แล้วค่ะ' }).first().waitFor();
    await section.getByRole('heading', { level: 3, name: 'นางสาวสมศรี ใจดี', exact: true }).first().waitFor();
    expect((await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER)))?.roles).toEqual(['teacher', 'supervisor']);
    expect(await overflowsAt200Percent(page)).toBe(false);

    await section.getByRole('button', { name: 'ถอนสิทธิ์ศึกษานิเทศก์ของ นางสาวสมศรี ใจดี' }).click();
    await section.getByRole('button', { name: 'ถอนสิทธิ์', exact: true }).click();
    await section.getByText('ถอนสิทธิ์ศึกษานิเทศก์ของ นางสาวสมศรี ใจดี แล้วค่ะ').waitFor();
    expect((await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER)))?.roles).toEqual(['teacher']);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.context().close();
  });
});
