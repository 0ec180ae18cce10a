// Text commands people type, in Thai and English, mapped to one intent (and its argument) each.
export type Command =
  | {
      name:
        | 'help'
        | 'register'
        | 'my-networks'
        | 'browse'
        | 'leave'
        | 'requests'
        | 'seminars'
        | 'tickets'
        | 'certificates'
        | 'forms'
        | 'unknown';
    }
  | { name: 'join'; code: string | null }
  | { name: 'link-group'; code: string | null };

const SIMPLE: Array<[Command['name'], RegExp]> = [
  ['help', /^\/?(ช่วยเหลือ|วิธีใช้|เมนู|help|menu|\?)$/i],
  ['register', /^\/?(ลงทะเบียน|ข้อมูลของฉัน|โปรไฟล์|แก้ไขข้อมูล|register|profile)$/i],
  ['my-networks', /^\/?(เครือข่ายของฉัน|my ?networks?)$/i],
  ['browse', /^\/?(ค้นหาเครือข่าย|เครือข่ายทั้งหมด|networks|browse)$/i],
  ['leave', /^\/?(ออกจากเครือข่าย|leave)$/i],
  ['requests', /^\/?(คำขอเข้าร่วม|requests|approvals?)$/i],
  ['seminars', /^\/?(สัมมนา|กิจกรรม|สัมมนา\/กิจกรรม|seminars?)$/i],
  ['tickets', /^\/?(บัตรเข้างาน|บัตร|คิวอาร์|ticket|tickets|qr)$/i],
  ['forms', /^\/?(แบบสอบถาม|แบบสำรวจ|แบบประเมิน|forms?|surveys?)$/i],
  ['certificates', /^\/?(เกียรติบัตร|เกียรติบัตรของฉัน|certificates?)$/i],
];

const WITH_CODE: Array<['join' | 'link-group', RegExp]> = [
  ['join', /^\/?(?:เข้าร่วม|join)(?:\s+(\S+))?$/i],
  ['link-group', /^\/?(?:เชื่อมกลุ่ม|link)(?:\s+(\S+))?$/i],
];

export function parseCommand(text: string): Command {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  for (const [name, re] of WITH_CODE) {
    const m = re.exec(t);
    if (m) return { name, code: m[1]?.toUpperCase() ?? null };
  }
  return { name: SIMPLE.find(([, re]) => re.test(t))?.[0] ?? 'unknown' } as Command;
}
