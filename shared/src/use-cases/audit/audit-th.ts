// The Thai one-line summaries of the audit log, in one place so the wording can be reviewed (no personal data).
const clip = (s: string, n = 80): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const q = (s: string): string => `“${clip(s)}”`;

/** Office settings by field, as the settings page names them. */
export const settingLabels: Record<string, string> = {
  profileStaleDays: 'จำนวนวันที่ถือว่าข้อมูลไม่เป็นปัจจุบัน',
  monthlyMessageQuota: 'โควตาข้อความต่อเดือน',
  certificateSignerName: 'ชื่อผู้ลงนามเกียรติบัตร',
  certificateSignerTitle: 'ตำแหน่งผู้ลงนามเกียรติบัตร',
  quietStartHour: 'เวลาเริ่มงดส่งข้อความ',
  quietEndHour: 'เวลาสิ้นสุดงดส่งข้อความ',
};

export const auditTh = {
  networkCreated: (name: string) => `สร้างเครือข่าย ${q(name)}`,
  networkUpdated: (name: string, fields: number) => `แก้ไขข้อมูลเครือข่าย ${q(name)} (${fields} รายการ)`,
  networkArchived: (name: string) => `ปิดใช้งานเครือข่าย ${q(name)}`,
  coordinatorAppointed: (network: string) => `แต่งตั้งผู้ประสานงานเครือข่าย ${q(network)}`,
  membershipApproved: (network: string) => `อนุมัติคำขอเข้าร่วมเครือข่าย ${q(network)}`,
  membershipDeclined: (network: string) => `ไม่อนุมัติคำขอเข้าร่วมเครือข่าย ${q(network)}`,
  schoolsPaired: (name: string) => `จับคู่โรงเรียน: ${q(name)}`,
  templateEdited: (title: string, version: number) => `แก้ไขแบบฟอร์ม ${q(title)} (ฉบับที่ ${version})`,
  templateNewVersion: (title: string, version: number) => `แก้ไขแบบฟอร์ม ${q(title)} เป็นฉบับใหม่ที่ ${version} (คำตอบเดิมใช้ฉบับเดิม)`,
  templateCloned: (source: string, title: string) => `คัดลอกแบบฟอร์ม ${q(source)} เป็น ${q(title)}`,
  roundCreated: (title: string) => `สร้างรอบแบบฟอร์ม ${q(title)} (ฉบับร่าง)`,
  roundOpened: (title: string) => `เปิดรอบแบบฟอร์ม ${q(title)}`,
  roundClosed: (title: string) => `ปิดรอบแบบฟอร์ม ${q(title)} เมื่อถึงเวลาปิด`,
  staffGranted: (role: string) => `แต่งตั้งสมาชิกเป็น${role}`,
  staffRevoked: (role: string) => `ถอนสิทธิ์${role}ของสมาชิก`,
  /** Said of changes made at the server's command line (`npm run staff`): no member is signed in there. */
  byServerConsole: (summary: string) => `${summary} (โดยผู้ดูแลเซิร์ฟเวอร์ ผ่านคำสั่ง npm run staff)`,
  settingsUpdated: (fields: readonly string[]) => `แก้ไขการตั้งค่าสำนักงาน: ${clip(fields.map((f) => settingLabels[f] ?? f).join(', '), 200)}`,
};
