// Paired and sibling schools in a real browser: the supervisor pairs two schools in the LIFF form; a teacher
// of one of them finds the pair on "my networks" and asks to join; a teacher of a third school never sees it.
import { SUPERVISOR, TEACHER } from '../bot/test/support/local-stack';
import { TEACHER_3, followAndRegister } from '../bot/test/support/people';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(120_000);

const env = stackAndBrowser();

const SILA = '1040010004'; // โรงเรียนบ้านศิลา, the พี่ school
const NONTAN = '1040010002'; // โรงเรียนบ้านโนนทัน, the น้อง school
const DONHAN = '1040010009'; // โรงเรียนบ้านดอนหัน, not in the pair
const PAIRS_SECTION = 'โรงเรียนคู่พัฒนา / พี่–น้อง ของโรงเรียนท่าน';

describe('When the supervisor pairs a พี่ school with a น้อง school', () => {
  it('then the pair is in the overview, a teacher of the พี่ school can ask to join it, and a teacher elsewhere sees nothing', async () => {
    const { stack, browser } = env;
    const sup = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor');
    await sup.getByRole('button', { name: 'จับคู่โรงเรียนใหม่' }).click();
    await sup.getByRole('radio', { name: 'พี่–น้อง' }).check();
    await sup.getByLabel('ค้นหาโรงเรียนที่ 1 (โรงเรียนพี่)').fill('ศิลา');
    await sup
      .getByRole('group', { name: /โรงเรียนที่ 1/ })
      .getByRole('radio', { name: /โรงเรียนบ้านศิลา/ })
      .check();
    // The same school twice is refused in Thai before anything is sent.
    await sup.getByLabel('ค้นหาโรงเรียนที่ 2 (โรงเรียนน้อง)').fill('ศิลา');
    await sup
      .getByRole('group', { name: /โรงเรียนที่ 2/ })
      .getByRole('radio', { name: /โรงเรียนบ้านศิลา/ })
      .check();
    await sup.getByRole('button', { name: 'จับคู่โรงเรียน', exact: true }).click();
    await sup.getByText('โรงเรียนที่ 2 ต้องไม่ซ้ำกับโรงเรียนที่ 1 ค่ะ').waitFor();
    expect(await seriousA11yIssues(sup)).toEqual([]);

    await sup.getByLabel('ค้นหาโรงเรียนที่ 2 (โรงเรียนน้อง)').fill(NONTAN);
    await sup
      .getByRole('group', { name: /โรงเรียนที่ 2/ })
      .getByRole('radio', { name: /โรงเรียนบ้านโนนทัน/ })
      .check();
    await sup.getByRole('button', { name: 'จับคู่โรงเรียน', exact: true }).click();
    const pairName = 'โรงเรียนพี่ โรงเรียนบ้านศิลา – โรงเรียนน้อง โรงเรียนบ้านโนนทัน';
    await sup
      .getByRole('status')
      .filter({ hasText: `จับคู่ “${pairName}” เรียบร้อยแล้วค่ะ` })
      .waitFor();
    await sup.getByRole('heading', { name: pairName }).waitFor(); // the overview was fetched again
    expect(await seriousA11yIssues(sup)).toEqual([]);
    const { items } = await stack.deps.repos.networks.list({ where: [{ field: 'schoolCodes', op: 'array-contains', value: SILA }] });
    expect(items.map((n) => [n.kind, n.schoolCodes])).toEqual([['school-partnership', [SILA, NONTAN]]]);

    await followAndRegister(stack, TEACHER, { schoolCode: SILA });
    await followAndRegister(stack, TEACHER_3, { schoolCode: DONHAN, firstName: 'มานี' });

    const teacher = await phoneAs(browser, stack, TEACHER, 'ครูสมศรี', '/networks');
    const pairs = teacher.getByRole('region', { name: PAIRS_SECTION });
    await pairs.getByRole('heading', { name: 'โรงเรียนบ้านศิลา – โรงเรียนบ้านโนนทัน' }).waitFor();
    await pairs.getByText('โรงเรียนพี่: โรงเรียนบ้านศิลา').waitFor();
    await pairs.getByText('โรงเรียนน้อง: โรงเรียนบ้านโนนทัน').waitFor();
    await pairs.getByRole('button', { name: `ขอเข้าร่วม ${pairName}` }).click();
    await pairs.getByText('ส่งคำขอแล้ว รอผู้ประสานงานอนุมัติค่ะ').waitFor();
    await teacher.waitForLoadState('networkidle');
    expect(await seriousA11yIssues(teacher)).toEqual([]);
    expect(await overflowsAt200Percent(teacher)).toBe(false);

    const elsewhere = await phoneAs(browser, stack, TEACHER_3, 'ครูมานี', '/networks');
    await elsewhere.getByRole('region', { name: PAIRS_SECTION }).getByText('โรงเรียนของท่านยังไม่ได้จับคู่กับโรงเรียนใดค่ะ').waitFor();
    await elsewhere.getByText(/^(พบ \d+ เครือข่าย|ไม่พบเครือข่ายประเภทนี้)/).waitFor(); // browse has loaded
    expect(await elsewhere.getByText('โรงเรียนบ้านศิลา').count()).toBe(0); // not in browse either
    for (const p of [sup, teacher, elsewhere]) await p.context().close();
  });
});
