// What `npm run staff` tells the IT person: Thai first, English after (role names as the office uses them).
import { memberRoleLabels, type MemberRole } from '@nithet/shared';

const roles = (list: readonly MemberRole[]) => list.map((r) => `${memberRoleLabels[r]} (${r})`).join(', ');

export const STAFF_TEXT = {
  usage: [
    'วิธีใช้ (usage):',
    '  npm run staff -- list [ชื่อที่ค้นหา] [--staff]          รายชื่อสมาชิกที่ลงทะเบียนแล้ว / registered members',
    '  npm run staff -- grant <รหัส|ชื่อ> supervisor|admin     แต่งตั้ง / appoint',
    '  npm run staff -- revoke <รหัส|ชื่อ> supervisor|admin    ถอนสิทธิ์ / remove',
    '  ตัวเลือก (options): --area <รหัสสำนักงาน> --store sqlite|firestore --data-dir <โฟลเดอร์> --project <Firebase project id>',
  ].join('\n'),
  coordinatorHint:
    'ผู้ประสานงานแต่งตั้งเป็นรายเครือข่ายในแอป (จัดการเครือข่าย → แต่งตั้งผู้ประสานงาน) / ' +
    'coordinators are appointed per network in the LIFF app, not here',
  listHeading: (n: number, office: string) =>
    `สมาชิกที่ลงทะเบียนแล้ว ${n.toLocaleString('th-TH')} คน ในสำนักงาน ${office} / ${n} registered members`,
  person: (name: string, school: string | null, list: readonly MemberRole[], id: string) =>
    `${name} · ${school ?? 'ไม่ระบุโรงเรียน'} · ${roles(list)} · ${id}`,
  noOffice: (area: string, store: string) =>
    `ไม่พบสำนักงาน "${area}" ในฐานข้อมูล (${store}) ตรวจ AREA_ID, STORE, DATA_DIR หรือ FIRESTORE_PROJECT_ID ให้ตรงกับ npm run serve ` +
    `และเริ่มเซิร์ฟเวอร์อย่างน้อยหนึ่งครั้งก่อน / office "${area}" not found: use the same settings as serve`,
  noOne: 'ไม่พบสมาชิกที่ตรงกัน / no matching member',
  notFound: (who: string) =>
    `ไม่พบสมาชิกที่ลงทะเบียนแล้วชื่อหรือรหัส "${who}" ให้ผู้นั้นเพิ่มเพื่อนบัญชี LINE ของสำนักงานและลงทะเบียนก่อน ` +
    `(ดูรายชื่อด้วย npm run staff -- list) / no registered member matches "${who}"`,
  ambiguous: (who: string, n: number) =>
    `พบ ${n} คนที่ตรงกับ "${who}" กรุณาระบุด้วยรหัส (id) จากรายชื่อด้านล่าง / ${n} members match "${who}": use the id`,
  granted: (name: string, role: MemberRole, now: readonly MemberRole[]) =>
    `แต่งตั้ง ${name} เป็น${memberRoleLabels[role]}แล้ว · บทบาทตอนนี้: ${roles(now)}\n(Granted ${role} to ${name}.)`,
  revoked: (name: string, role: MemberRole, now: readonly MemberRole[]) =>
    `ถอนสิทธิ์${memberRoleLabels[role]}ของ ${name} แล้ว · บทบาทตอนนี้: ${roles(now)}\n(Revoked ${role} from ${name}.)`,
  unchanged: (name: string, now: readonly MemberRole[]) => `ไม่มีการเปลี่ยนแปลง: ${name} มีบทบาท ${roles(now)} อยู่แล้ว / nothing to change`,
  audited: 'บันทึกในประวัติการแก้ไข (audit log) แล้ว / recorded in the audit log',
  menuLinked: (menu: string) => `เปลี่ยนเมนู LINE ของผู้นี้เป็นเมนู ${menu} แล้ว / rich menu linked: ${menu}`,
  menuFailed: (error: string) =>
    `เปลี่ยนเมนู LINE ไม่สำเร็จ (${error}) รัน npm run setup:line แล้วสั่งคำสั่งนี้อีกครั้ง / rich menu not linked: run setup:line, then this again`,
  menuSkipped:
    'ไม่ได้เปลี่ยนเมนู LINE เพราะไม่มี LINE_CHANNEL_ACCESS_TOKEN (ใช้ค่าเดียวกับ npm run serve) / rich menu not linked: LINE_CHANNEL_ACCESS_TOKEN is missing',
  refused: (thai: string, english: string) => `ทำไม่ได้: ${thai}\n(Refused: ${english})`,
  failed: (what: string) => `ทำรายการไม่สำเร็จ (failed): ${what}`,
};
