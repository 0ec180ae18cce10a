// Commands people type, Thai and English, with the spacing, case and slashes people really use.
import { parseCommand } from './commands';

describe('parseCommand', () => {
  it.each([
    ['ช่วยเหลือ', 'help'],
    [' Help ', 'help'],
    ['/help', 'help'],
    ['เมนู', 'help'],
    ['ลงทะเบียน', 'register'],
    ['ข้อมูลของฉัน', 'register'],
    ['PROFILE', 'register'],
    ['เครือข่ายของฉัน', 'my-networks'],
    ['my networks', 'my-networks'],
    ['ค้นหาเครือข่าย', 'browse'],
    ['ออกจากเครือข่าย', 'leave'],
    ['คำขอเข้าร่วม', 'requests'],
    ['สัมมนา', 'seminars'],
    ['เกียรติบัตร', 'certificates'],
    ['บัตรเข้างาน', 'tickets'],
    ['แบบสอบถาม', 'forms'],
    ['QR', 'tickets'],
    ['สวัสดีค่ะ', 'unknown'],
    ['', 'unknown'],
  ])('When someone types "%s", then the intent is %s', (text, intent) => {
    expect(parseCommand(text).name).toBe(intent);
  });

  it.each([
    ['เข้าร่วม science1', 'join', 'SCIENCE1'],
    ['join   LEAD2570', 'join', 'LEAD2570'],
    ['เข้าร่วม', 'join', null],
    ['/เชื่อมกลุ่ม pair01', 'link-group', 'PAIR01'],
    ['/link', 'link-group', null],
  ])('When someone types "%s", then the intent is %s with code %s', (text, name, code) => {
    expect(parseCommand(text)).toEqual({ name, code });
  });
});
