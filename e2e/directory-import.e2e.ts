// The directory page in a real browser: a supervisor picks a CSV, sees Thai row errors before anything is
// written, imports only the valid rows, and a second import of the same file changes nothing.
import { SUPERVISOR } from '../bot/test/support/local-stack';
import { phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(90_000);

const env = stackAndBrowser();

const csv = [
  'รหัสโรงเรียน,ชื่อโรงเรียน,อำเภอ,กลุ่มโรงเรียน,ระดับที่เปิดสอน',
  '1040020001,โรงเรียนบ้านหนองเรือ,หนองเรือ,กลุ่มหนองเรือ 1,"ปฐมวัย, ประถมศึกษา"',
  '1040020002,โรงเรียนบ้านโนนสะอาด,หนองเรือ,กลุ่มหนองเรือ 1,มัธยมศึกษาตอนต้น',
  '12,,,,อุดมศึกษา',
].join('\r\n');
const schools = () => env.stack.deps.repos.schools.count([{ field: 'areaId', op: '==', value: 'demo-esa' }]);

describe('When a supervisor imports a school list with a bad row', () => {
  it('then the preview names the bad cells in Thai, nothing is written until confirmed, and re-import changes nothing', async () => {
    const page = await phoneAs(env.browser, env.stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/directory');
    const file = { name: 'โรงเรียน.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
    await page.getByLabel('ไฟล์รายชื่อโรงเรียนที่จะนำเข้า').setInputFiles(file);
    await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).first().click();
    await page.getByText('มีข้อผิดพลาด 1 แถว').waitFor();
    await page.getByText('กรุณากรอกชื่อโรงเรียน').waitFor();
    expect(await schools()).toBe(12);
    expect(await seriousA11yIssues(page)).toEqual([]);

    await page.getByRole('checkbox', { name: /นำเข้าเฉพาะแถวที่ถูกต้อง/ }).check();
    await page.getByRole('button', { name: /ยืนยันนำเข้า/ }).click();
    await page.getByText(/บันทึกเรียบร้อยแล้วค่ะ: เพิ่มใหม่ 2/).waitFor();
    expect(await schools()).toBe(14);
    expect((await env.stack.deps.repos.schools.get('demo-esa:1040020001'))?.levels).toEqual(['early-childhood', 'primary']);

    await page.getByLabel('ไฟล์รายชื่อโรงเรียนที่จะนำเข้า').setInputFiles(file);
    await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).first().click();
    await page.getByText('เหมือนเดิม 2 รายการ').waitFor();
    expect(await schools()).toBe(14);
    await page.context().close();
  });
});
