// A file the API answered (an export), handed to the browser as a download under a Thai name with a พ.ศ. date.

/** "2569-11-24": today's date in Bangkok with the Buddhist-era year, for file names that sort by date. */
export function buddhistDateStamp(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(part('year')) + 543}-${part('month')}-${part('day')}`;
}

// eslint-disable-next-line no-control-regex -- control characters are among what a file name cannot hold
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** Characters no phone or PC file system accepts in a name become one "-"; runs of spaces become one. */
export function safeFileName(name: string): string {
  return name.replace(NOT_IN_FILE_NAMES, '-').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** Saves a blob through an object URL. LINE's in-app browser on some phones opens it in a tab instead. */
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
