// One error type for the whole product: a string code, a Thai message for people, English for logs.

export const ERROR_CODES = {
  'validation/invalid-input': { status: 400, th: 'ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่อีกครั้ง' },
  'auth/missing-token': { status: 401, th: 'กรุณาเปิดหน้านี้จาก LINE อีกครั้งเพื่อยืนยันตัวตน' },
  'auth/invalid-token': { status: 401, th: 'ยืนยันตัวตนไม่สำเร็จ กรุณาปิดแล้วเปิดหน้านี้จาก LINE อีกครั้ง' },
  'auth/token-expired': { status: 401, th: 'การยืนยันตัวตนหมดอายุ กรุณาปิดแล้วเปิดหน้านี้จาก LINE อีกครั้ง' },
  'auth/forbidden': { status: 403, th: 'ท่านไม่มีสิทธิ์ใช้งานส่วนนี้' },
  'auth/verifier-unavailable': { status: 503, th: 'ระบบยืนยันตัวตนของ LINE ไม่ตอบสนอง กรุณาลองใหม่ในอีกสักครู่' },
  'webhook/bad-signature': { status: 401, th: 'ลายมือชื่อไม่ถูกต้อง' },
  'webhook/malformed-body': { status: 400, th: 'รูปแบบข้อมูลไม่ถูกต้อง' },
  'member/not-found': { status: 404, th: 'ไม่พบข้อมูลสมาชิก กรุณาเพิ่มเพื่อนบัญชี LINE ของสำนักงานก่อน' },
  'member/consent-required': { status: 400, th: 'กรุณายินยอมให้ใช้ข้อมูลเพื่อการติดต่อในเครือข่ายก่อนลงทะเบียน' },
  'school/not-found': { status: 400, th: 'ไม่พบโรงเรียนที่เลือกในทะเบียนของสำนักงาน กรุณาเลือกใหม่' },
  'area/not-found': { status: 404, th: 'ไม่พบสำนักงานเขตพื้นที่การศึกษานี้' },
  'network/not-found': { status: 404, th: 'ไม่พบเครือข่ายนี้' },
  'network/unknown-code': { status: 404, th: 'ไม่พบเครือข่ายที่ใช้รหัสนี้ กรุณาตรวจสอบรหัสจากผู้ประสานงานอีกครั้งค่ะ' },
  'network/archived': { status: 409, th: 'เครือข่ายนี้ปิดรับสมาชิกแล้ว (เก็บถาวร) ค่ะ' },
  'network/code-taken': { status: 409, th: 'รหัสเข้าร่วมนี้มีเครือข่ายอื่นใช้แล้ว กรุณาเลือกรหัสใหม่' },
  'membership/not-found': { status: 404, th: 'ไม่พบคำขอเข้าร่วมเครือข่ายนี้' },
  'membership/already-decided': { status: 409, th: 'คำขอนี้ได้รับการพิจารณาไปแล้วค่ะ' },
  'member/not-registered': { status: 400, th: 'กรุณาลงทะเบียนก่อนเข้าร่วมเครือข่ายค่ะ' },
  'store/not-found': { status: 404, th: 'ไม่พบข้อมูลที่ต้องการ' },
  'store/conflict': { status: 409, th: 'ข้อมูลถูกแก้ไขพร้อมกัน กรุณาลองใหม่อีกครั้ง' },
  'store/unavailable': { status: 503, th: 'ระบบฐานข้อมูลไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่ในอีกสักครู่' },
  'http/not-found': { status: 404, th: 'ไม่พบหน้าที่ต้องการ' },
  'http/payload-too-large': { status: 413, th: 'ข้อมูลที่ส่งมีขนาดใหญ่เกินไป' },
  'http/too-many-requests': { status: 429, th: 'มีการใช้งานถี่เกินไป กรุณารอสักครู่แล้วลองใหม่อีกครั้งค่ะ' },
  'directory/unreadable-file': {
    status: 400,
    th: 'อ่านไฟล์ไม่ได้ กรุณาใช้ไฟล์ Excel (.xlsx) หรือ CSV (UTF-8) ตามแบบฟอร์มที่ส่งออกจากระบบ',
  },
  'directory/invalid-file': { status: 400, th: 'ไฟล์ไม่ตรงตามแบบฟอร์ม กรุณาตรวจสอบหัวตารางในแถวแรก' },
  'directory/invalid-rows': { status: 422, th: 'มีแถวที่ข้อมูลไม่ถูกต้อง จึงยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาแก้ไขไฟล์แล้วลองใหม่' },
  'seminar/not-found': { status: 404, th: 'ไม่พบการประชุมหรือสัมมนานี้ค่ะ' },
  'seminar/closed': { status: 409, th: 'ปิดรับลงทะเบียนแล้วค่ะ (เลยกำหนดวันลงทะเบียน) จึงเปลี่ยนคำตอบไม่ได้ค่ะ' },
  'seminar/cancelled': { status: 409, th: 'การประชุมหรือสัมมนานี้ถูกยกเลิกแล้วค่ะ' },
  'seminar/not-in-audience': { status: 403, th: 'การประชุมนี้เปิดรับเฉพาะกลุ่มเป้าหมายที่กำหนดค่ะ' },
  'seminar/not-announced': { status: 409, th: 'การประชุมนี้ยังไม่ได้ประกาศ จึงยังไม่เปิดรับลงทะเบียนค่ะ' },
  'seminar/not-checked-in': { status: 409, th: 'ท่านยังไม่ได้เช็กอินเข้าร่วมการประชุมนี้ จึงยังตอบแบบประเมินไม่ได้ค่ะ' },
  'seminar/evaluation-closed': { status: 409, th: 'ปิดรับแบบประเมินของการประชุมนี้แล้วค่ะ' },
  'seminar/not-going': { status: 409, th: 'บัตรเข้างานมีเฉพาะผู้ที่ลงทะเบียนเข้าร่วมแล้วค่ะ' },
  'form/not-found': { status: 404, th: 'ไม่พบแบบสอบถามนี้ค่ะ' },
  'form/not-open': { status: 409, th: 'แบบสอบถามนี้ยังไม่เปิดให้ตอบค่ะ' },
  'form/closed': { status: 409, th: 'แบบสอบถามนี้ปิดรับคำตอบแล้วค่ะ คำตอบที่ส่งไว้ก่อนหน้ายังอยู่ครบค่ะ' },
  'form/not-in-audience': { status: 403, th: 'แบบสอบถามนี้สำหรับกลุ่มเป้าหมายที่กำหนดเท่านั้นค่ะ' },
  'form/invalid-answers': { status: 400, th: 'คำตอบบางข้อยังไม่ครบหรือไม่ถูกต้อง กรุณาตรวจสอบข้อที่มีข้อความสีแดงค่ะ' },
  'file/too-large': { status: 413, th: 'ไฟล์มีขนาดใหญ่เกิน 10 MB ค่ะ กรุณาย่อรูปหรือแบ่งไฟล์ให้เล็กลงแล้วส่งอีกครั้งค่ะ' },
  'file/unsupported-type': {
    status: 415,
    th: 'ไฟล์นี้ไม่ใช่ชนิดที่รับได้ค่ะ รับเฉพาะรูปภาพ (JPEG, PNG, WebP) และเอกสาร PDF, Word, Excel, PowerPoint ค่ะ',
  },
  'file/not-found': { status: 404, th: 'ไม่พบไฟล์นี้ค่ะ อาจถูกลบไปแล้ว' },
  'file/too-many': { status: 409, th: 'แนบหลักฐานได้สูงสุด 30 ไฟล์ต่อกิจกรรมค่ะ กรุณาลบไฟล์ที่ไม่ใช้ก่อนค่ะ' },
  'file/unavailable': { status: 503, th: 'ที่เก็บไฟล์ไม่พร้อมใช้งานชั่วคราวค่ะ ข้อมูลที่กรอกไว้ยังอยู่ กรุณาลองส่งไฟล์ใหม่ในอีกสักครู่ค่ะ' },
  'activity/not-found': { status: 404, th: 'ไม่พบกิจกรรมนี้ค่ะ อาจถูกลบไปแล้ว' },
  'library/not-found': { status: 404, th: 'ไม่พบรายการนี้ในคลังความรู้ค่ะ อาจถูกลบไปแล้ว' },
  'plan/not-found': { status: 404, th: 'ไม่พบแผนหรือกิจกรรมในแผนนี้ค่ะ อาจถูกลบไปแล้ว' },
  'recommendation/not-found': { status: 404, th: 'ไม่พบข้อเสนอแนะนี้ค่ะ อาจถูกลบไปแล้ว' },
  'report/not-found': { status: 404, th: 'ไม่พบรายงานนี้ค่ะ' },
  'report/wrong-step': { status: 409, th: 'รายงานยังไม่ถึงขั้นนี้ กรุณาดำเนินการตามลำดับ: ตรวจทาน อนุมัติ แล้วจึงเผยแพร่ค่ะ' },
  'report/self-approval': {
    status: 403,
    th: 'ผู้จัดทำรายงานอนุมัติรายงานของตนเองไม่ได้ กรุณาให้ศึกษานิเทศก์ท่านอื่นหรือผู้ดูแลระบบเป็นผู้อนุมัติค่ะ',
  },
  'report/frozen': { status: 409, th: 'รายงานนี้เผยแพร่แล้วจึงแก้ไขไม่ได้ หากต้องการปรับปรุง กรุณาสร้างรายงานฉบับใหม่ค่ะ' },
  'staff/last-supervisor': {
    status: 409,
    th: 'สำนักงานต้องมีศึกษานิเทศก์หรือผู้ดูแลระบบอย่างน้อยหนึ่งท่าน กรุณาแต่งตั้งท่านอื่นก่อน แล้วจึงถอนสิทธิ์ท่านนี้ค่ะ',
  },
  'outbox/quota-exceeded': {
    status: 409,
    th: 'ข้อความที่จะส่งเกินโควตาข้อความ LINE ของเดือนนี้ กรุณาลดผู้รับ หรือให้ผู้ดูแลปรับงบข้อความของสำนักงานก่อนส่งค่ะ',
  },
  'internal/unexpected': { status: 500, th: 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง' },
} as const satisfies Record<string, { status: number; th: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: Record<string, string> };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly thai: string;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, englishMessage: string, options?: { fields?: Record<string, string>; cause?: unknown; thai?: string }) {
    super(englishMessage, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.thai = options?.thai ?? ERROR_CODES[code].th;
    this.fields = options?.fields;
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.thai, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
