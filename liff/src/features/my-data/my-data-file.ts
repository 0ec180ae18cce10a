// The downloaded file: a Thai name with the Buddhist-era date, saved through an object URL (no server round trip).

/** "ข้อมูลของฉัน-นิเทศ-2569-11-24.csv" — the date in Bangkok, year in พ.ศ. */
export function exportFileName(format: 'json' | 'csv', now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `ข้อมูลของฉัน-นิเทศ-${Number(part('year')) + 543}-${part('month')}-${part('day')}.${format}`;
}

/** Hands a blob to the browser as a download. LINE's in-app browser on some phones opens it in a tab instead. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
