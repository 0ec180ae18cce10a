// The demo office that local mode seeds on first run: schools, one network of every kind, seeded people.
import type { EducationLevel, NetworkKind, NetworkLevel } from '@nithet/shared';

export const DEMO_AREA = { id: 'demo-esa', name: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1', province: 'ขอนแก่น' };

const P: EducationLevel[] = ['early-childhood', 'primary'];
const S: EducationLevel[] = ['primary', 'lower-secondary'];

export const DEMO_SCHOOLS: Array<{ code: string; name: string; district: string; cluster: string; levels: EducationLevel[] }> = [
  { code: '1040010001', name: 'โรงเรียนบ้านหนองบัว', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 1', levels: P },
  { code: '1040010002', name: 'โรงเรียนบ้านโนนทัน', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 1', levels: P },
  { code: '1040010003', name: 'โรงเรียนชุมชนบ้านท่าพระ', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 2', levels: S },
  { code: '1040010004', name: 'โรงเรียนบ้านศิลา', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 2', levels: P },
  { code: '1040010005', name: 'โรงเรียนอนุบาลบ้านฝาง', district: 'บ้านฝาง', cluster: 'กลุ่มบ้านฝาง', levels: P },
  { code: '1040010006', name: 'โรงเรียนบ้านป่าหวายนั่ง', district: 'บ้านฝาง', cluster: 'กลุ่มบ้านฝาง', levels: S },
  { code: '1040010007', name: 'โรงเรียนบ้านโคกสี (ประชาสามัคคี)', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 3', levels: S },
  { code: '1040010008', name: 'โรงเรียนบ้านพระลับ', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 3', levels: P },
  { code: '1040010009', name: 'โรงเรียนบ้านดอนหัน', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 1', levels: P },
  { code: '1040010010', name: 'โรงเรียนบ้านแดงใหญ่', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 2', levels: S },
  { code: '1040010011', name: 'โรงเรียนบ้านสำราญ', district: 'เมืองขอนแก่น', cluster: 'กลุ่มเมือง 3', levels: P },
  { code: '1040010012', name: 'โรงเรียนบ้านหนองไผ่ล้อม', district: 'บ้านฝาง', cluster: 'กลุ่มบ้านฝาง', levels: P },
];

export const DEMO_NETWORKS: Array<{
  code: string;
  name: string;
  kind: NetworkKind;
  level: NetworkLevel;
  joinPolicy: 'open' | 'approval';
  levels: EducationLevel[];
  /** Schools the network belongs to (partnerships, clusters); empty = open to the whole office. */
  schoolCodes?: string[];
  partnershipType?: 'paired' | 'sibling';
}> = [
  { code: 'LEAD2570', name: 'เครือข่ายครูแกนนำ', kind: 'individual', level: 'office', joinPolicy: 'approval', levels: [] },
  { code: 'SCIENCE1', name: 'ชุมชนครูวิทยาศาสตร์', kind: 'teacher-community', level: 'office', joinPolicy: 'open', levels: ['primary'] },
  {
    code: 'EARLY01',
    name: 'เครือข่ายระดับการศึกษาปฐมวัย',
    kind: 'education-level',
    level: 'office',
    joinPolicy: 'open',
    levels: ['early-childhood'],
  },
  { code: 'WISDOM1', name: 'เครือข่ายภูมิปัญญาท้องถิ่น', kind: 'community', level: 'community', joinPolicy: 'open', levels: [] },
  {
    code: 'SCIROOM1',
    name: 'เครือข่ายห้องเรียนวิทยาศาสตร์',
    kind: 'classroom-school',
    level: 'school',
    joinPolicy: 'approval',
    levels: ['primary'],
  },
  {
    code: 'PAIR01',
    name: 'โรงเรียนคู่พัฒนา บ้านหนองบัว–บ้านโนนทัน',
    kind: 'school-partnership',
    level: 'school',
    joinPolicy: 'approval',
    levels: [],
    schoolCodes: ['1040010001', '1040010002'],
    partnershipType: 'paired',
  },
  { code: 'CLUSTER1', name: 'กลุ่มโรงเรียนเมือง 1', kind: 'school-cluster', level: 'school', joinPolicy: 'open', levels: [] },
];

export interface DemoPerson {
  userId: string;
  displayName: string;
  roleLabel: string;
  /** Seeded as a registered member (staff); teachers start as strangers who must follow and register. */
  registered?: {
    title: 'นาย' | 'นาง' | 'นางสาว';
    firstName: string;
    lastName: string;
    schoolCode: string;
    roles: Array<'teacher' | 'coordinator' | 'supervisor'>;
  };
}

const uid = (n: number) => `U${n.toString(16).padStart(32, '0')}`;

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    userId: uid(0x5001),
    displayName: 'ศน.วิภาวรรณ',
    roleLabel: 'ศึกษานิเทศก์',
    registered: { title: 'นาง', firstName: 'วิภาวรรณ', lastName: 'ศรีสุข', schoolCode: '1040010001', roles: ['supervisor'] },
  },
  {
    userId: uid(0x5002),
    displayName: 'ครูประสิทธิ์',
    roleLabel: 'ผู้ประสานงานเครือข่าย',
    registered: { title: 'นาย', firstName: 'ประสิทธิ์', lastName: 'มั่นคง', schoolCode: '1040010003', roles: ['teacher', 'coordinator'] },
  },
  { userId: uid(0x7001), displayName: 'ครูสมศรี ใจดี', roleLabel: 'ครู (ยังไม่ลงทะเบียน)' },
  { userId: uid(0x7002), displayName: 'Kru Anan', roleLabel: 'ครู (ยังไม่ลงทะเบียน)' },
  { userId: uid(0x7003), displayName: 'ครูมาลี', roleLabel: 'ครู (ยังไม่ลงทะเบียน)' },
];
