// The attendance sheet as XLSX: one row per answer, Thai headers, check-in times in พ.ศ. (Asia/Bangkok).
import { formatThaiShort, rsvpStatusLabels, type Attendance } from '@nithet/shared';
import { attachmentDisposition, writeTable } from '../directory/write-table';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMNS = [
  { key: 'no', header: 'ลำดับ' },
  { key: 'name', header: 'ชื่อ-สกุล' },
  { key: 'school', header: 'โรงเรียน/หน่วยงาน' },
  { key: 'status', header: 'การตอบรับ' },
  { key: 'checkedInAt', header: 'เวลาเช็กอิน' },
  { key: 'method', header: 'วิธีเช็กอิน' },
  { key: 'evaluated', header: 'ตอบแบบประเมิน' },
  { key: 'certificate', header: 'เลขที่เกียรติบัตร' },
] as const;

const METHOD = { qr: 'สแกน QR', code: 'พิมพ์รหัส' } as const;

export async function attendanceSheet(a: Attendance): Promise<{ bytes: Buffer; contentType: string; disposition: string }> {
  const rows = a.rows.map((r, i) => ({
    no: String(i + 1),
    name: r.name,
    school: r.schoolName,
    status: rsvpStatusLabels[r.status],
    checkedInAt: r.checkedInAt ? formatThaiShort(r.checkedInAt) : '',
    method: r.checkInMethod ? METHOD[r.checkInMethod] : '',
    evaluated: r.evaluated ? 'ตอบแล้ว' : '',
    certificate: r.certificateNumber ?? '',
  }));
  const bytes = await writeTable('xlsx', 'ผู้เข้าร่วม', COLUMNS, rows);
  const title = a.seminar.title.replace(/[\\/:*?"<>|]/g, ' ').slice(0, 60);
  return { bytes, contentType: XLSX, disposition: attachmentDisposition(`attendance-${a.seminar.id}.xlsx`, `รายชื่อผู้เข้าร่วม-${title}.xlsx`) };
}
