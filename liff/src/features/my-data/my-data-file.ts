// The downloaded file: a Thai name with the Buddhist-era date, saved through an object URL (no server round trip).
import { buddhistDateStamp } from '../../lib/save-file';

export { saveBlob } from '../../lib/save-file';

/** "ข้อมูลของฉัน-นิเทศ-2569-11-24.csv" — the date in Bangkok, year in พ.ศ. */
export function exportFileName(format: 'json' | 'csv', now: Date): string {
  return `ข้อมูลของฉัน-นิเทศ-${buddhistDateStamp(now)}.${format}`;
}
