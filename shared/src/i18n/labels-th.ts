// Thai labels for every enum value, in the manual's wording; one place so wording can be reviewed.
import type { areaKinds } from '../domain/area';
import type { educationLevels } from '../domain/school';
import type { consentPurposes, memberRoles, memberStatuses, positions } from '../domain/member';
import type { joinPolicies, membershipRoles, membershipStatuses, networkKinds, networkLevels, networkStatuses } from '../domain/network';
import type { rsvpStatuses, seminarStatuses } from '../domain/seminar';
import type { formKinds, questionTypes } from '../domain/forms';
import type { outboundStatuses } from '../domain/messaging';
import type { checkInOutcomes } from '../api/attendance-contracts';
import type { planActivityKinds, planActivityStatuses, recommendationStatuses } from '../domain/plan';
import type { Cycle, cyclePeriodKinds } from '../domain/cycle';

type Labels<T extends readonly string[]> = { readonly [K in T[number]]: string };

export const areaKindLabels: Labels<typeof areaKinds> = {
  primary: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษา',
  secondary: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา',
};

export const educationLevelLabels: Labels<typeof educationLevels> = {
  'early-childhood': 'ปฐมวัย',
  primary: 'ประถมศึกษา',
  'lower-secondary': 'มัธยมศึกษาตอนต้น',
  'upper-secondary': 'มัธยมศึกษาตอนปลาย',
};

export const memberRoleLabels: Labels<typeof memberRoles> = {
  teacher: 'ครู/สมาชิกเครือข่าย',
  coordinator: 'ผู้ประสานงานเครือข่าย',
  supervisor: 'ศึกษานิเทศก์',
  admin: 'ผู้ดูแลระบบ',
};

export const memberStatusLabels: Labels<typeof memberStatuses> = {
  following: 'ติดตามบัญชีอยู่',
  blocked: 'บล็อกบัญชีแล้ว',
};

export const positionLabels: Labels<typeof positions> = {
  teacher: 'ครู',
  director: 'ผู้อำนวยการสถานศึกษา',
  'deputy-director': 'รองผู้อำนวยการสถานศึกษา',
  supervisor: 'ศึกษานิเทศก์',
  'agency-partner': 'ภาคีเครือข่ายจากหน่วยงานที่เกี่ยวข้อง',
  'community-partner': 'ภาคีเครือข่ายจากชุมชน',
  other: 'อื่น ๆ',
};

export const consentPurposeLabels: Labels<typeof consentPurposes> = {
  'network-contact': 'ให้ติดต่อและส่งข่าวสารของเครือข่ายการนิเทศทาง LINE',
  'publish-photos': 'ให้เผยแพร่ภาพถ่ายในกิจกรรมเพื่อการประชาสัมพันธ์',
  'share-with-parent-agency': 'ให้ส่งข้อมูลสรุปแก่หน่วยงานต้นสังกัด',
};

export const networkKindLabels: Labels<typeof networkKinds> = {
  individual: 'เครือข่ายบุคคล',
  'teacher-community': 'เครือข่ายในรูปชุมชน (ชุมชนครู)',
  'education-level': 'เครือข่ายระดับการศึกษา',
  community: 'เครือข่ายชุมชน',
  'classroom-school': 'เครือข่ายห้องเรียน/สถานศึกษา',
  'school-partnership': 'โรงเรียนคู่พัฒนา/โรงเรียนพี่โรงเรียนน้อง',
  'school-cluster': 'กลุ่มโรงเรียน',
};

export const networkLevelLabels: Labels<typeof networkLevels> = {
  office: 'ระดับเขตพื้นที่การศึกษา',
  school: 'ระดับสถานศึกษา',
  agency: 'ระดับหน่วยงานที่เกี่ยวข้อง',
  community: 'ระดับชุมชน',
};

export const joinPolicyLabels: Labels<typeof joinPolicies> = {
  open: 'เข้าร่วมได้ทันที',
  approval: 'ต้องได้รับการอนุมัติจากผู้ประสานงาน',
};

export const networkStatusLabels: Labels<typeof networkStatuses> = { active: 'ดำเนินการอยู่', archived: 'เก็บถาวร' };

export const membershipRoleLabels: Labels<typeof membershipRoles> = { member: 'สมาชิก', coordinator: 'ผู้ประสานงาน' };

export const membershipStatusLabels: Labels<typeof membershipStatuses> = {
  pending: 'รออนุมัติ',
  active: 'เป็นสมาชิก',
  left: 'ออกจากเครือข่ายแล้ว',
  declined: 'ไม่ได้รับการอนุมัติ',
};

export const seminarStatusLabels: Labels<typeof seminarStatuses> = {
  draft: 'ฉบับร่าง',
  announced: 'ประกาศแล้ว',
  cancelled: 'ยกเลิก',
  finished: 'จัดเสร็จแล้ว',
};

export const rsvpStatusLabels: Labels<typeof rsvpStatuses> = { going: 'เข้าร่วม', 'not-going': 'ไม่เข้าร่วม', waitlisted: 'รอที่นั่ง' };

export const formKindLabels: Labels<typeof formKinds> = {
  'needs-survey': 'แบบสำรวจความต้องการการพัฒนาเครือข่ายการนิเทศ',
  evaluation: 'แบบติดตามและประเมินผลการพัฒนาเครือข่ายการนิเทศทั้งระดับเขตพื้นที่การศึกษา สถานศึกษา หน่วยงานที่เกี่ยวข้องและชุมชน',
  report: 'แบบรายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน',
};

export const questionTypeLabels: Labels<typeof questionTypes> = {
  'short-text': 'ข้อความสั้น',
  'long-text': 'ข้อความยาว',
  'single-choice': 'เลือกหนึ่งข้อ',
  'multi-choice': 'เลือกได้หลายข้อ',
  rating: 'มาตราส่วนประมาณค่า',
  number: 'ตัวเลข',
  date: 'วันที่',
};

export const outboundStatusLabels: Labels<typeof outboundStatuses> = {
  pending: 'รอส่ง',
  sending: 'กำลังส่ง',
  sent: 'ส่งแล้ว',
  failed: 'ส่งไม่สำเร็จ',
};

/** What the person scanning reads after each scan or typed code. */
export const checkInOutcomeLabels: Labels<typeof checkInOutcomes> = {
  'checked-in': 'เช็กอินเรียบร้อย',
  'already-checked-in': 'เช็กอินไว้แล้ว (ไม่นับซ้ำ)',
  invalid: 'รหัสไม่ถูกต้อง หรือไม่ใช่บัตรเข้างานของระบบนี้',
  expired: 'บัตรเข้างานหมดอายุแล้ว ให้ผู้เข้าร่วมเปิดบัตรใหม่ในหน้าสัมมนา',
  'wrong-seminar': 'บัตรนี้เป็นของการประชุมอื่น',
  'not-going': 'ผู้นี้ไม่ได้ลงทะเบียนเข้าร่วม (หรือยังอยู่ในรายชื่อสำรอง)',
  'outside-window': 'ไม่อยู่ในช่วงเวลาเช็กอิน (เปิด 3 ชั่วโมงก่อนเริ่มถึง 2 ชั่วโมงหลังจบ)',
  'unknown-code': 'ไม่พบรหัสนี้ในรายชื่อผู้ลงทะเบียน กรุณาตรวจสอบอีกครั้ง',
};

export const planActivityKindLabels: Labels<typeof planActivityKinds> = {
  seminar: 'ประชุม/สัมมนา',
  workshop: 'อบรมเชิงปฏิบัติการ',
  'school-visit': 'นิเทศโรงเรียน',
  'knowledge-exchange': 'แลกเปลี่ยนเรียนรู้',
  'plc-cycle': 'วงจร PLC',
};

export const planActivityStatusLabels: Labels<typeof planActivityStatuses> = {
  planned: 'ตามแผน (ยังไม่เริ่ม)',
  'in-progress': 'กำลังดำเนินการ',
  done: 'ดำเนินการแล้ว',
  dropped: 'ยกเลิก',
};

export const recommendationStatusLabels: Labels<typeof recommendationStatuses> = { open: 'ยังต้องดำเนินการ', done: 'ดำเนินการแล้ว' };

export const cyclePeriodKindLabels: Labels<typeof cyclePeriodKinds> = {
  academic: 'ปีการศึกษา',
  fiscal: 'ปีงบประมาณ',
  calendar: 'ปี พ.ศ.',
};

/** "ปีงบประมาณ 2570", "ปีการศึกษา 2570", "ปี พ.ศ. 2570". */
export const cycleLabel = (c: Cycle): string => `${cyclePeriodKindLabels[c.periodKind]} ${c.yearBE}`;
