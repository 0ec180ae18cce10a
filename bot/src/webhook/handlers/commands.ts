// Text commands people type, in Thai and English, mapped to one intent each.
export type Command = 'help' | 'register' | 'unknown';

const COMMANDS: Array<[Command, RegExp]> = [
  ['help', /^\/?(ช่วยเหลือ|วิธีใช้|เมนู|help|menu|\?)$/i],
  ['register', /^\/?(ลงทะเบียน|ข้อมูลของฉัน|โปรไฟล์|แก้ไขข้อมูล|register|profile)$/i],
];

export function parseCommand(text: string): Command {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return COMMANDS.find(([, re]) => re.test(t))?.[0] ?? 'unknown';
}
