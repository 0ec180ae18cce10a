// Every Thai sentence of the directory import (row errors, file problems), in one place for review.
export const directoryTh = {
  required: (header: string) => `กรุณากรอก${header}`,
  tooLong: (header: string, max: number) => `${header}ยาวเกิน ${max} ตัวอักษร`,
  controlChars: (header: string) => `${header}มีอักขระพิเศษที่ใช้ไม่ได้ กรุณาพิมพ์ใหม่`,
  slash: (header: string) => `${header}ต้องไม่มีเครื่องหมาย / หรือ \\`,
  schoolCode: 'รหัสโรงเรียนต้องเป็นตัวเลขหรืออักษรอังกฤษ 3–20 ตัว (ไม่มีช่องว่าง)',
  unknownLevel: (value: string) => `ไม่รู้จักระดับ “${value}” ใช้ได้: ปฐมวัย, ประถมศึกษา, มัธยมศึกษาตอนต้น, มัธยมศึกษาตอนปลาย (คั่นหลายค่าด้วยจุลภาค)`,
  unknownTitle: (value: string) => `ไม่รู้จักคำนำหน้า “${value}” ใช้ได้: นาย, นาง, นางสาว, ว่าที่ร้อยตรี, ดร., อื่น ๆ`,
  unknownPosition: (value: string) =>
    `ไม่รู้จักตำแหน่ง “${value}” ใช้ได้: ครู, ผู้อำนวยการสถานศึกษา, รองผู้อำนวยการสถานศึกษา, ศึกษานิเทศก์, ภาคีเครือข่ายจากหน่วยงานที่เกี่ยวข้อง, ภาคีเครือข่ายจากชุมชน, อื่น ๆ`,
  tooManyValues: (header: string, max: number) => `${header}ใส่ได้ไม่เกิน ${max} รายการ`,
  phone: 'เบอร์โทรศัพท์ต้องเป็นตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0 เช่น 0812345678',
  lineUserId: 'LINE user id ต้องขึ้นต้นด้วย U ตามด้วยตัวเลขฐานสิบหก 32 ตัว หรือเว้นว่างไว้',
  unknownSchool: (code: string) => `ไม่พบรหัสโรงเรียน ${code} ในทะเบียนโรงเรียนของสำนักงาน กรุณานำเข้าโรงเรียนก่อน`,
  unknownLineUser: 'ไม่พบผู้ใช้ LINE นี้ในบัญชีของสำนักงาน (ยังไม่ได้เพิ่มเพื่อน) หากต้องการบันทึกเป็นรายชื่อในทะเบียน ให้เว้นช่อง LINE user id ว่างไว้',
  duplicateRow: (row: number) => `ข้อมูลซ้ำกับแถวที่ ${row} ในไฟล์เดียวกัน กรุณาลบแถวใดแถวหนึ่ง`,
  // File-level problems (no row to point at).
  emptyFile: 'ไฟล์ไม่มีข้อมูล กรุณาใช้แถวแรกเป็นหัวตาราง และใส่ข้อมูลตั้งแต่แถวที่ 2',
  missingColumns: (headers: readonly string[]) => `ไม่พบคอลัมน์ที่จำเป็น: ${headers.join(', ')} กรุณาใช้แถวแรกเป็นหัวตารางตามแบบฟอร์มที่ส่งออกจากระบบ`,
  duplicateColumn: (header: string) => `มีคอลัมน์ “${header}” มากกว่าหนึ่งคอลัมน์ กรุณาเหลือไว้คอลัมน์เดียว`,
  tooManyRows: (max: number) => `ไฟล์มีข้อมูลเกิน ${max.toLocaleString('th-TH')} แถว กรุณาแบ่งเป็นหลายไฟล์`,
  unreadable: 'อ่านไฟล์ไม่ได้ กรุณาใช้ไฟล์ Excel (.xlsx) หรือ CSV (UTF-8) ตามแบบฟอร์มที่ส่งออกจากระบบ',
  legacyXls: 'ไฟล์ .xls รุ่นเก่ายังไม่รองรับ กรุณาเปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8',
  invalidRows: (count: number) =>
    `มีข้อผิดพลาด ${count.toLocaleString('th-TH')} แถว จึงยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาแก้ไขไฟล์แล้วลองใหม่ หรือเลือกนำเข้าเฉพาะแถวที่ถูกต้อง`,
} as const;
