// Upload checks: the real type from the file's first bytes (and an OOXML zip's parts), a size cap, a safe name.
import { AppError } from '../../errors';
import { MAX_STORED_FILE_BYTES, STORED_FILE_TYPES, type StoredFileContentType } from '../../domain/network-activity';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Names in a zip's central directory (the end record is within the last 64 kB + 22 bytes); null if not a zip. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  const END = 0x06054b50;
  const CENTRAL = 0x02014b50;
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) !== END) continue;
    const count = u16(b, at + 10);
    let p = u32(b, at + 16);
    const names: string[] = [];
    const decoder = new TextDecoder();
    for (let i = 0; i < count && i < 5000; i++) {
      if (p + 46 > b.length || u32(b, p) !== CENTRAL) return null;
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      names.push(decoder.decode(b.subarray(p + 46, p + 46 + nameLen)));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return names;
  }
  return null;
}

/** Office Open XML: a zip with [Content_Types].xml and the main part of Word, Excel or PowerPoint. */
function officeType(b: Uint8Array): StoredFileContentType | null {
  const names = zipEntryNames(b);
  if (!names?.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (names.includes('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (names.includes('ppt/presentation.xml')) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return null;
}

/** The accepted type the bytes really are, or null (an .exe renamed .jpg, a zip of anything else, a script). */
export function detectFileType(b: Uint8Array): StoredFileContentType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(b, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return officeType(b);
  return null;
}

export const isImage = (t: StoredFileContentType): boolean => t.startsWith('image/');

/** Refuses an empty, oversized or unaccepted file; returns its real type. */
export function checkUpload(bytes: Uint8Array): StoredFileContentType {
  if (bytes.length === 0) throw new AppError('validation/invalid-input', 'Empty upload', { thai: 'ไฟล์ว่างเปล่าค่ะ กรุณาเลือกไฟล์ใหม่อีกครั้งค่ะ' });
  if (bytes.length > MAX_STORED_FILE_BYTES) throw new AppError('file/too-large', `Upload of ${bytes.length} bytes is over the limit`);
  const type = detectFileType(bytes);
  if (!type) throw new AppError('file/unsupported-type', 'Upload is not an accepted file type by its content');
  return type;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g;

/**
 * A display name safe in a header and on any disk: the last path segment only, no control, bidi-override or
 * reserved characters, at most 100 characters, ending in the extension of the type the bytes really are.
 */
export function sanitiseFileName(raw: string, type: StoredFileContentType): string {
  const ext = STORED_FILE_TYPES[type];
  const last = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let base = last.replace(UNSAFE, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  base = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  base = [...base]
    .slice(0, 100)
    .join('')
    .replace(/[.\s]+$/, '');
  return `${base || 'file'}.${ext}`;
}

/** `content-disposition` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987) for Thai names. */
export function contentDisposition(name: string, type: StoredFileContentType): string {
  const disposition = isImage(type) || type === 'application/pdf' ? 'inline' : 'attachment';
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
