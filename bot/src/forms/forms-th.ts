// Every Thai sentence the bot says about forms, in one place for review (voice: ค่ะ).
export const formsTh = {
  cardAlt: (title: string) => `ขอเชิญตอบแบบสอบถาม: ${title}`,
  cardHeading: 'ขอเชิญตอบแบบสอบถาม',
  closes: (when: string) => `ตอบได้ถึง ${when}`,
  anonymous: 'ไม่ระบุชื่อผู้ตอบ ผลสรุปแสดงเป็นภาพรวมเท่านั้น',
  answerButton: 'ตอบแบบสอบถาม',
  summaryHead: (title: string) => `ได้รับคำตอบ "${title}" แล้ว ขอบคุณค่ะ 🙏 คำตอบของท่าน:`,
  summaryEdited: (title: string) => `บันทึกการแก้ไขคำตอบ "${title}" แล้วค่ะ คำตอบล่าสุดของท่าน:`,
  summaryTail: (closes: string) => `แก้ไขคำตอบได้จนถึง ${closes} ค่ะ`,
  noSchool: 'ไม่ระบุโรงเรียน',
  badPageCursor: 'ลิงก์หน้าถัดไปของรายชื่อไม่ถูกต้อง กรุณาเปิดหน้าผลแบบสอบถามใหม่อีกครั้งค่ะ',
  nudge: (title: string) => `เรียนคุณครู ขอความกรุณาตอบ "${title}" ค่ะ ใช้เวลาไม่นาน กดปุ่มด้านล่างได้เลยค่ะ 🙏`,
  closingReminder: (title: string) => `🔔 "${title}" จะปิดรับคำตอบในอีก 1 วันค่ะ หากท่านยังไม่ได้ตอบ กดปุ่มด้านล่างได้เลยค่ะ`,
  noneOpen: 'ขณะนี้ไม่มีแบบสอบถามที่รอท่านตอบค่ะ เมื่อสำนักงานเปิดแบบสอบถามใหม่ ระบบจะแจ้งท่านทาง LINE ค่ะ',
  openAlt: 'แบบสอบถามที่รอท่านตอบ',
} as const;
