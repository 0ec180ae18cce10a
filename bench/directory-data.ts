// Synthetic office for the directory bench: 300 schools and 4,000 people with Thai names, as one XLSX workbook.
import ExcelJS from 'exceljs';
import { memberColumns, schoolColumns, type Member } from '@nithet/shared';

const FIRST = ['สมชาย', 'สมศรี', 'กัญญา', 'ธนพล', 'วิภาวรรณ', 'ประเสริฐ', 'จันทร์เพ็ญ', 'อนุชา', 'นภัสสร', 'ศักดิ์ชัย', 'พรทิพย์', 'ณัฐวุฒิ'];
const LAST = ['ใจดี', 'ศรีสุข', 'แก้วมณี', 'บุญมา', 'ทองคำ', 'สายสุวรรณ', 'พรหมมา', 'ศรีประเสริฐ', 'วงศ์ใหญ่', 'มีสุข'];
const SUBJECTS = ['ภาษาไทย', 'คณิตศาสตร์', 'วิทยาศาสตร์และเทคโนโลยี', 'สังคมศึกษา ศาสนาและวัฒนธรรม', 'ภาษาอังกฤษ', 'สุขศึกษาและพลศึกษา'];
const DISTRICTS = ['เมืองขอนแก่น', 'บ้านฝาง', 'หนองเรือ', 'ชุมแพ', 'น้ำพอง', 'อุบลรัตน์'];

export const schoolCode = (i: number) => `10410${String(i).padStart(5, '0')}`;

export interface Person {
  title: string;
  firstName: string;
  lastName: string;
  schoolCode: string;
  position: string;
  subjects: string;
  levels: string;
  phone: string;
}

export function people(n: number, schools: number): Person[] {
  return Array.from({ length: n }, (_, i) => ({
    title: ['นาย', 'นาง', 'นางสาว'][i % 3]!,
    firstName: `${FIRST[i % FIRST.length]}${i}`,
    lastName: LAST[Math.floor(i / FIRST.length) % LAST.length]!,
    schoolCode: schoolCode(i % schools),
    position: i % schools === i ? 'ผู้อำนวยการสถานศึกษา' : 'ครู',
    subjects: `${SUBJECTS[i % SUBJECTS.length]}, ${SUBJECTS[(i + 2) % SUBJECTS.length]}`,
    levels: i % 2 ? 'ประถมศึกษา' : 'ประถมศึกษา, มัธยมศึกษาตอนต้น',
    phone: `08${String(10_000_000 + i).slice(0, 8)}`,
  }));
}

export async function workbook(schools: number, persons: Person[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('โรงเรียน');
  s.addRow(schoolColumns.map((c) => c.header));
  for (let i = 0; i < schools; i++)
    s.addRow([schoolCode(i), `โรงเรียนบ้านทดสอบที่ ${i + 1}`, DISTRICTS[i % DISTRICTS.length], `กลุ่มที่ ${(i % 20) + 1}`, 'ปฐมวัย, ประถมศึกษา']);
  const m = wb.addWorksheet('บุคลากร');
  m.addRow(memberColumns.map((c) => c.header));
  for (const p of persons) m.addRow([p.title, p.firstName, p.lastName, p.schoolCode, p.position, p.subjects, p.levels, p.phone, '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A person who added the account and registered in LINE with the same school + name as their row. */
export function registeredMember(area: string, i: number, p: Person, now: string): Member {
  const lineUserId = `U${i.toString(16).padStart(32, '0')}`;
  return {
    id: `${area}:${lineUserId}`,
    areaId: area,
    lineUserId,
    displayName: p.firstName,
    status: 'following',
    roles: ['teacher'],
    profile: {
      title: p.title as 'นาย',
      firstName: p.firstName,
      lastName: p.lastName,
      schoolCode: p.schoolCode,
      position: p.position === 'ครู' ? 'teacher' : 'director',
      subjects: p.subjects.split(', '),
      levels: p.levels === 'ประถมศึกษา' ? ['primary'] : ['primary', 'lower-secondary'],
      phone: p.phone,
    },
    registeredAt: now,
    profileConfirmedAt: now,
    consents: [],
    followedAt: now,
    createdAt: now,
    updatedAt: now,
  };
}
