// Every Thai word of the rich menus: chat bar texts, tile titles and captions, the commands they send, setup output.

/** Texts the menus send as the person's own message; the webhook's text handlers answer them. */
export const MENU_COMMANDS = {
  myNetworks: 'เครือข่ายของฉัน',
  findNetworks: 'ค้นหาเครือข่าย',
  joinByCode: 'เข้าร่วม',
  seminars: 'สัมมนา',
  help: 'ช่วยเหลือ',
  joinRequests: 'คำขอเข้าร่วม',
} as const;

export const CHAT_BAR_TEXT = {
  teacher: 'เมนูครู',
  coordinator: 'เมนูผู้ประสานงาน',
  supervisor: 'เมนูศึกษานิเทศก์',
} as const;

/** label = what screen readers read (≤ 20 graphemes); title and caption = what the image shows. */
export const TILE_TEXT = {
  register: { label: 'ลงทะเบียน/ข้อมูลของฉัน', title: 'ลงทะเบียน', caption: 'และแก้ไขข้อมูลของฉัน' },
  myProfile: { label: 'ข้อมูลของฉัน', title: 'ข้อมูลของฉัน', caption: 'ดูและแก้ไขข้อมูลส่วนตัว' },
  myNetworks: { label: 'เครือข่ายของฉัน', title: 'เครือข่ายของฉัน', caption: 'เครือข่ายที่เป็นสมาชิก' },
  findNetworks: { label: 'ค้นหาเครือข่าย', title: 'ค้นหาเครือข่าย', caption: 'หาเครือข่ายที่สนใจ' },
  joinByCode: { label: 'เข้าร่วมด้วยรหัส', title: 'เข้าร่วมด้วยรหัส', caption: 'ใช้รหัสจากผู้ประสานงาน' },
  seminars: { label: 'สัมมนา/กิจกรรม', title: 'สัมมนา/กิจกรรม', caption: 'กิจกรรมที่กำลังจะมาถึง' },
  help: { label: 'ช่วยเหลือ', title: 'ช่วยเหลือ', caption: 'วิธีใช้และติดต่อเขตพื้นที่' },
  joinRequests: { label: 'คำขอเข้าร่วม', title: 'คำขอเข้าร่วม', caption: 'พิจารณาผู้ขอเข้าร่วม' },
  manageNetworks: { label: 'จัดการเครือข่าย', title: 'จัดการเครือข่าย', caption: 'สมาชิก รหัส และรายละเอียด' },
  overview: { label: 'ภาพรวมเครือข่าย', title: 'ภาพรวมเครือข่าย', caption: 'สถิติและความเคลื่อนไหว' },
  dataQuality: { label: 'คุณภาพข้อมูล', title: 'คุณภาพข้อมูล', caption: 'ตรวจความครบถ้วนของข้อมูล' },
  importDirectory: { label: 'นำเข้าทะเบียน', title: 'นำเข้าทะเบียน', caption: 'รายชื่อโรงเรียนและบุคลากร' },
} as const;

/** What `npm run setup:line` prints (webhook URL, then rich menus), Thai first then English. */
export const SETUP_TEXT = {
  created: (role: string, id: string) => `สร้างเมนูใหม่ / created: ${role} → ${id}`,
  kept: (role: string, id: string) => `ไม่เปลี่ยนแปลง / unchanged: ${role} → ${id}`,
  deleted: (id: string) => `ลบเมนูเดิม / deleted superseded menu: ${id}`,
  retained: (id: string) => `เก็บเมนูเดิมไว้ก่อน (ย้ายผู้ใช้ไม่สำเร็จ) / kept superseded menu, users not moved yet: ${id}`,
  defaultSet: (id: string) => `ตั้งเมนูเริ่มต้น (ครู) / default menu set: ${id}`,
  defaultKept: (id: string) => `เมนูเริ่มต้นเดิม / default menu unchanged: ${id}`,
  done: 'ตั้งค่าริชเมนูเสร็จแล้ว / rich menus are set up',
  badConfig: 'การตั้งค่าไม่ถูกต้อง / invalid configuration',
  failed: 'ตั้งค่าริชเมนูไม่สำเร็จ / rich menu setup failed',
  webhookSet: (url: string) => `ตั้ง Webhook URL แล้ว / webhook URL set: ${url}`,
  webhookKept: (url: string) => `Webhook URL เดิม / webhook URL unchanged: ${url}`,
  webhookInactive:
    'ยังไม่ได้เปิด "Use webhook" ใน LINE Developers console (แท็บ Messaging API) กรุณาเปิด / "Use webhook" is off: turn it on in the console',
  webhookTestOk: (status: number) => `LINE ทดสอบเรียก Webhook สำเร็จ / LINE's webhook test succeeded (HTTP ${status})`,
  webhookTestFailed: (reason: string, detail: string) =>
    `LINE เรียก Webhook ไม่สำเร็จ (${reason} ${detail}) ตรวจว่าเซิร์ฟเวอร์ทำงาน ใช้ HTTPS และ LINE_CHANNEL_SECRET ถูกต้อง / ` +
    `LINE's webhook test failed: check the server is up, on HTTPS, with the right channel secret`,
  webhookSkipped: 'ไม่ได้ตั้ง Webhook URL เพราะไม่มี PUBLIC_BASE_URL / webhook URL not set: PUBLIC_BASE_URL is missing',
  webhookFailed: 'ตั้ง Webhook URL ไม่สำเร็จ / setting the webhook URL failed',
} as const;
