// Commands people type, Thai and English, with the spacing and slashes people really use.
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
    ['สวัสดีค่ะ', 'unknown'],
    ['', 'unknown'],
  ])('When someone types "%s", then the intent is %s', (text, intent) => {
    expect(parseCommand(text)).toBe(intent);
  });
});
