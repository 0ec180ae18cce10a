// Thai date display: Buddhist Era, Thai month names, Asia/Bangkok; storage stays ISO/UTC.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import 'dayjs/locale/th';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(buddhistEra);

export const THAI_TZ = 'Asia/Bangkok';

/** "วันพฤหัสบดีที่ 15 มกราคม 2570 เวลา 09.00 น." */
export function formatThaiDateTime(iso: string | Date): string {
  const d = dayjs(iso).tz(THAI_TZ).locale('th');
  return `วัน${d.format('dddd')}ที่ ${d.format('D MMMM BBBB')} เวลา ${d.format('HH.mm')} น.`;
}

/** "15 มกราคม 2570" */
export function formatThaiDate(iso: string | Date): string {
  return dayjs(iso).tz(THAI_TZ).locale('th').format('D MMMM BBBB');
}

/** "15 ม.ค. 2570 09.00 น." — for compact lists. */
export function formatThaiShort(iso: string | Date): string {
  return dayjs(iso).tz(THAI_TZ).locale('th').format('D MMM BBBB HH.mm') + ' น.';
}

/** Thai academic year (ปีการศึกษา, B.E.) for a moment: it starts on 16 May. */
export function thaiAcademicYear(iso: string | Date): number {
  const d = dayjs(iso).tz(THAI_TZ);
  const ce = d.month() > 4 || (d.month() === 4 && d.date() >= 16) ? d.year() : d.year() - 1;
  return ce + 543;
}

/** Thai government fiscal year (ปีงบประมาณ, B.E.): October to September. */
export function thaiFiscalYear(iso: string | Date): number {
  const d = dayjs(iso).tz(THAI_TZ);
  return (d.month() >= 9 ? d.year() + 1 : d.year()) + 543;
}

/** "ม.ค. 2570" for a month given as YYYY-MM (the dashboard's month axis). */
export function formatThaiMonthShort(month: string): string {
  return dayjs(`${month}-15T05:00:00Z`).tz(THAI_TZ).locale('th').format('MMM BBBB');
}
