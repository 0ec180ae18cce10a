// Every Thai sentence of the form engine: field messages people read under a question, and the kinds' names for the builder.
import type { QuestionKind } from './definition';

/** "15 มกราคม 2570" for a calendar day YYYY-MM-DD (no time zone: a date answer is a day, not a moment). */
export function formatThaiCalendarDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1),
  );
}

const n = (value: number) => value.toLocaleString('th-TH', { maximumFractionDigits: 4 });

export const formMessagesTh = {
  requiredText: 'กรุณากรอกข้อมูลช่องนี้',
  requiredChoice: 'กรุณาเลือกคำตอบ',
  requiredRating: 'กรุณาเลือกระดับความคิดเห็น',
  requiredGridItem: 'กรุณาเลือกระดับความคิดเห็นของข้อนี้',
  requiredDate: 'กรุณาเลือกวันที่',
  requiredSchool: 'กรุณาเลือกโรงเรียน',
  requiredNetwork: 'กรุณาเลือกเครือข่าย',
  badFormat: 'รูปแบบข้อมูลไม่ถูกต้อง',
  badAnswers: 'ข้อมูลคำตอบไม่ถูกต้อง กรุณาลองใหม่อีกครั้ง',
  unknownSection: 'ไม่พบส่วนนี้ในแบบฟอร์ม',
  tooLong: (max: number) => `ข้อความยาวเกิน ${n(max)} ตัวอักษร`,
  notAnOption: 'กรุณาเลือกจากรายการที่กำหนด',
  otherMissing: 'กรุณาระบุคำตอบในช่อง “อื่น ๆ”',
  otherTooLong: (max: number) => `คำตอบ “อื่น ๆ” ยาวเกิน ${n(max)} ตัวอักษร`,
  chooseAtLeast: (min: number) => `กรุณาเลือกอย่างน้อย ${n(min)} ข้อ`,
  chooseAtMost: (max: number) => `เลือกได้ไม่เกิน ${n(max)} ข้อ`,
  ratingRange: (min: number, max: number) => `กรุณาเลือกระดับ ${n(min)}–${n(max)}`,
  notANumber: 'กรุณากรอกเป็นตัวเลข',
  wholeNumber: 'กรุณากรอกเป็นจำนวนเต็ม',
  numberBetween: (min: number, max: number) => `กรุณากรอกตัวเลขตั้งแต่ ${n(min)} ถึง ${n(max)}`,
  numberAtLeast: (min: number) => `กรุณากรอกตัวเลขไม่น้อยกว่า ${n(min)}`,
  numberAtMost: (max: number) => `กรุณากรอกตัวเลขไม่เกิน ${n(max)}`,
  badDate: 'กรุณาเลือกวันที่ที่มีอยู่จริง',
  dateNotBefore: (ymd: string) => `กรุณาเลือกวันที่ตั้งแต่ ${formatThaiCalendarDate(ymd)} เป็นต้นไป`,
  dateNotAfter: (ymd: string) => `กรุณาเลือกวันที่ไม่เกิน ${formatThaiCalendarDate(ymd)}`,
  unknownSchool: 'ไม่พบโรงเรียนนี้ในรายชื่อ กรุณาเลือกจากรายการ',
  unknownNetwork: 'ไม่พบเครือข่ายนี้ในรายการ กรุณาเลือกจากรายการ',
} as const;

/** The name of each kind of question, for the form builder. */
export const questionKindLabels: { readonly [K in QuestionKind]: string } = {
  'short-text': 'ข้อความสั้น',
  'long-text': 'ข้อความยาว',
  'single-choice': 'เลือกหนึ่งข้อ',
  'multi-choice': 'เลือกได้หลายข้อ',
  rating: 'มาตราส่วนประมาณค่า',
  'rating-grid': 'ตารางมาตราส่วนประมาณค่า',
  number: 'ตัวเลข',
  date: 'วันที่',
  school: 'เลือกโรงเรียน',
  network: 'เลือกเครือข่าย',
};

/** The label of the free-text choice added by `allowOther`. */
export const OTHER_OPTION_LABEL = 'อื่น ๆ (โปรดระบุ)';
