// Upload checks people rely on: the type comes from the bytes, not the name; names cannot climb out of a folder.
import { AppError } from '../../errors';
import { MAX_STORED_FILE_BYTES } from '../../domain/network-activity';
import { checkUpload, contentDisposition, detectFileType, sanitiseFileName } from './file-checks';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A stored (uncompressed) zip with the given entry names, central directory included. */
function zipOf(names: string[]): Uint8Array {
  const enc = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  const le = (n: number, size: 2 | 4) => Array.from({ length: size }, (_, i) => (n >>> (8 * i)) & 0xff);
  for (const name of names) {
    const n = [...enc.encode(name)];
    const offset = local.length;
    local.push(...le(0x04034b50, 4), ...le(20, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4), ...le(0, 4), ...le(0, 4));
    local.push(...le(n.length, 2), ...le(0, 2), ...n);
    central.push(...le(0x02014b50, 4), ...le(20, 2), ...le(20, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4), ...le(0, 4), ...le(0, 4));
    central.push(...le(n.length, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(offset, 4), ...n);
  }
  const end = [...le(0x06054b50, 4), 0, 0, 0, 0, ...le(names.length, 2), ...le(names.length, 2)];
  end.push(...le(central.length, 4), ...le(local.length, 4), ...le(0, 2));
  return Uint8Array.from([...local, ...central, ...end]);
}

const refusal = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('Upload type by magic bytes', () => {
  it('When the bytes are a JPEG, PNG, WebP or PDF, then that type is found whatever the name says', () => {
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(detectFileType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(detectFileType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(detectFileType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('When a zip holds Word, Excel or PowerPoint parts, then it is that Office type; any other zip is refused', () => {
    expect(detectFileType(zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(detectFileType(zipOf(['[Content_Types].xml', 'xl/workbook.xml']))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(detectFileType(zipOf(['[Content_Types].xml', 'ppt/presentation.xml']))).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(detectFileType(zipOf(['setup.exe', 'word/document.xml']))).toBeNull();
    expect(detectFileType(zipOf(['[Content_Types].xml', 'payload.bin']))).toBeNull();
  });

  it('When a Windows program is renamed รูปกิจกรรม.jpg, then it is refused with a Thai 415 naming the accepted types', () => {
    const exe = bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode');
    const e = refusal(() => checkUpload(exe));
    expect(e.status).toBe(415);
    expect(e.thai).toContain('JPEG');
    expect(e.thai).toContain('PDF');
  });

  it('When a file is empty or over 10 MB, then it is refused (400, 413) before its type is looked at', () => {
    expect(refusal(() => checkUpload(new Uint8Array())).status).toBe(400);
    const big = new Uint8Array(MAX_STORED_FILE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const e = refusal(() => checkUpload(big));
    expect(e.status).toBe(413);
    expect(e.thai).toContain('10 MB');
  });
});

describe('Stored file names', () => {
  it('When a name tries to climb folders or hide control characters, then only a clean last segment is kept', () => {
    expect(sanitiseFileName('../../etc/passwd', 'image/jpeg')).toBe('passwd.jpg');
    expect(sanitiseFileName('..\\..\\windows\\system32\\evil.exe', 'application/pdf')).toBe('evil.pdf');
    expect(sanitiseFileName('รูป\u0000กิจกรรม\r\n"PLC".png', 'image/png')).toBe('รูปกิจกรรมPLC.png');
    expect(sanitiseFileName('invoice\u202Egpj.exe', 'image/jpeg')).toBe('invoicegpj.jpg');
    expect(sanitiseFileName('...', 'image/jpeg')).toBe('file.jpg');
    expect(sanitiseFileName('x'.repeat(500), 'application/pdf')).toHaveLength(104);
  });

  it('When a file is renamed with the wrong extension, then the kept name ends in the real type', () => {
    expect(sanitiseFileName('สรุปผลการนิเทศ.docx', 'application/pdf')).toBe('สรุปผลการนิเทศ.pdf');
  });

  it('When a Thai name is sent back, then content-disposition carries an ASCII fallback and the UTF-8 name', () => {
    const header = contentDisposition('รายงาน PLC.pdf', 'application/pdf');
    expect(header).toMatch(/^inline; filename="_+ PLC\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('รายงาน PLC.pdf');
    expect(contentDisposition('a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toMatch(/^attachment;/);
  });
});
