// The certificate of attendance PDF: one A4 landscape page in embedded Sarabun whose text reads as typed,
// with dates in พ.ศ. (Bangkok), the running number and a QR code that scans to the verification link.
// The PDFs are read back with pdf.js (text and a rendered page scanned with jsQR) in a child process, as
// pdf.js is an ES module that jest's CommonJS runtime cannot load.
import { readPdfs, type PageReading } from './support/pdf-reader';
import jsQR from 'jsqr';
import { formatCertificateNumber } from '@nithet/shared';
import { formatCertificateDate, renderCertificatePdf, type CertificatePdfInput } from '../src/certificates/certificate-pdf';
import { darkRuns, qrMatrix } from '../src/certificates/pdf-qr';
import { fixChainingBacktrackOrder, loadSarabun } from '../src/certificates/pdf-thai-font';
import { wrapThai, wrapUrl } from '../src/certificates/pdf-thai-wrap';

const base: CertificatePdfInput = {
  officeName: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1',
  recipientName: 'นางสาวสมศรี ใจดี',
  seminarTitle: 'การประชุมเชิงปฏิบัติการพัฒนาเครือข่ายการนิเทศ เรื่อง การบริหารจัดการน้ำในสถานศึกษา ครั้งที่ 2',
  // 09:00 on 15 Jan 2026 in Bangkok.
  seminarDate: '2026-01-15T02:00:00.000Z',
  issuedAt: '2026-01-20T03:00:00.000Z',
  number: formatCertificateNumber(12, 2569),
  verifyUrl: 'https://nithet.example.go.th/verify/AbCdEfGhIjKlMnOpQrStUv',
  signerName: 'นายสมชาย รักการศึกษา',
  signerTitle: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1',
};
// 200 characters (the longest title a seminar may have) fit in three lines; 320 do not.
const title200 =
  'การประชุมเชิงปฏิบัติการพัฒนาเครือข่ายการนิเทศเพื่อยกระดับคุณภาพการจัดการเรียนรู้ของครูผู้สอนในสถานศึกษาสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่างเขต1ทุกกลุ่มสาระการเรียนรู้และทุกระดับชั้นตลอดปีการศึกษา2569';
const longTitle = `${title200} และปีงบประมาณ 2570 ต่อเนื่องไปจนถึงการติดตามผลการดำเนินงานของเครือข่ายการนิเทศทุกระดับ ทั้งเขตพื้นที่การศึกษา สถานศึกษา หน่วยงานที่เกี่ยวข้องและชุมชน`;

const flat = (s: string) => s.replace(/\s+/g, '');

describe('renderCertificatePdf', () => {
  let pdf: Buffer;
  let page: PageReading;
  let unsigned: PageReading;
  let long: PageReading;
  let longest: PageReading;
  let renderMs: number;

  beforeAll(async () => {
    await renderCertificatePdf(base); // the first render parses the fonts
    const t = performance.now();
    pdf = await renderCertificatePdf(base);
    renderMs = performance.now() - t;
    const others = await Promise.all([
      renderCertificatePdf({ ...base, signerName: undefined, signerTitle: undefined }),
      renderCertificatePdf({ ...base, seminarTitle: title200 }),
      renderCertificatePdf({ ...base, seminarTitle: longTitle }),
    ]);
    [page, unsigned, long, longest] = (await readPdfs([pdf, ...others])) as PageReading[] as [
      PageReading,
      PageReading,
      PageReading,
      PageReading,
    ];
  }, 60_000);

  it('When a certificate is rendered, then it is a one-page A4 landscape PDF of a few tens of kilobytes', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(page.pages).toBe(1);
    expect(page.size).toEqual([841.89, 595.28]);
    expect(pdf.length).toBeLessThan(100 * 1024);
    expect(renderMs).toBeLessThan(2000);
  });

  it('When its text is read, then it has the office, the name, the seminar title, the dates in พ.ศ. and the number', () => {
    expect(page.text).toContain('สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1');
    expect(page.text).toContain('เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า');
    expect(page.text).toContain('นางสาวสมศรี ใจดี');
    expect(page.text).toContain('ได้เข้าร่วม');
    // The title may wrap: compare without the spaces and line ends.
    expect(flat(page.text)).toContain(flat(base.seminarTitle));
    expect(page.text).toContain('เมื่อวันที่ 15 มกราคม พ.ศ. 2569');
    expect(page.text).toContain('ให้ไว้ ณ วันที่ 20 มกราคม พ.ศ. 2569');
    expect(page.text).toContain('ที่ 0012/2569');
    expect(page.text).toContain('(นายสมชาย รักการศึกษา)');
    expect(flat(page.text)).toContain(flat(base.signerTitle!));
    expect(page.text).toContain('ตรวจสอบเกียรติบัตร');
    expect(flat(page.text)).toContain(base.verifyUrl);
  });

  it('When the text has ำ with and without a tone (สำนักงาน, น้ำ), then it reads as typed, not as the split glyphs ำา', () => {
    expect(page.text).toContain('น้ำ');
    expect(page.text).toContain('ผู้อำนวยการ');
    expect(page.text).not.toMatch(/ำา|ํา|ํ/);
  });

  it('When the fonts are looked at, then only subsets of Sarabun are embedded (no standard PDF font)', () => {
    const raw = pdf.toString('latin1');
    const fonts = [...new Set([...raw.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]))].sort();
    expect(fonts).toEqual(['Sarabun-Bold', 'Sarabun-Regular', 'Sarabun-SemiBold']);
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(raw).not.toMatch(/Helvetica|Times|Courier/);
  });

  it('When the page is rendered and scanned, then the QR code decodes to the verification link', () => {
    expect(page.qr).toBe(base.verifyUrl);
  });

  it('When there is no signer, then the page has no signer block but everything else', () => {
    expect(unsigned.text).not.toContain('(');
    expect(unsigned.text).not.toContain('ผู้อำนวยการ');
    expect(unsigned.text).toContain('นางสาวสมศรี ใจดี');
    expect(unsigned.qr).toBe(base.verifyUrl);
  });

  /** The lines between "ได้เข้าร่วม" and the seminar date: the title's. */
  const titleLines = (r: PageReading) => {
    const lines = r.text.split('\n');
    return lines.slice(
      lines.findIndex((l) => l.includes('ได้เข้าร่วม')) + 1,
      lines.findIndex((l) => l.startsWith('เมื่อวันที่')),
    );
  };

  it('When the seminar title has 200 characters, then all of it is on the page in three lines at most', () => {
    expect(titleLines(page)).toHaveLength(2);
    expect(titleLines(long).length).toBeLessThanOrEqual(3);
    expect(flat(titleLines(long).join(''))).toBe(flat(title200));
  });

  it('When the seminar title is too long for three lines even at the smallest size, then the third line ends with …', () => {
    const lines = titleLines(longest);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    expect(flat(lines.join('')).slice(0, -1)).toBe(flat(longTitle).slice(0, flat(lines.join('')).length - 1));
  });

  it('When the same certificate is rendered again, then the bytes are the same (cacheable downloads)', async () => {
    expect((await renderCertificatePdf(base)).equals(pdf)).toBe(true);
  });

  it('When a date is not a date, then rendering is refused', async () => {
    await expect(renderCertificatePdf({ ...base, seminarDate: 'soon' })).rejects.toThrow(RangeError);
  });
});

describe('formatCertificateDate', () => {
  it('When an instant is given, then it reads as its Bangkok date with a Thai month and พ.ศ.', () => {
    expect(formatCertificateDate('2026-01-15T02:00:00.000Z')).toBe('15 มกราคม พ.ศ. 2569');
  });

  it('When it is late on 31 December in UTC, then it is already 1 January of the next พ.ศ. year in Bangkok', () => {
    expect(formatCertificateDate('2026-12-31T16:59:59.000Z')).toBe('31 ธันวาคม พ.ศ. 2569');
    expect(formatCertificateDate('2026-12-31T17:00:00.000Z')).toBe('1 มกราคม พ.ศ. 2570');
  });
});

describe('Thai shaping in Sarabun', () => {
  const names = (text: string) =>
    loadSarabun('400Regular')
      .layout(text)
      .glyphs.map((g) => g.name);

  it('When ป ฝ ฟ carry a lower vowel and a tone, then the tone is the narrow glyph clear of the tall stem', () => {
    expect(names('ปุ่')).toEqual(['uni0E1B', 'uni0E38', 'uni0E48.narrow']);
    expect(names('ปุ๋ย')[2]).toBe('uni0E4B.narrow');
    expect(names('ฟู้')[2]).toBe('uni0E49.narrow');
  });

  it('When ญ or ฐ carry a lower vowel, then they lose their tail', () => {
    expect(names('ญู')[0]).toBe('yoYingthai.less');
    expect(names('ฐุ')[0]).toBe('thoThanthai.less');
  });

  it('When the backtrack fix is applied twice, then the second time changes nothing', () => {
    expect(fixChainingBacktrackOrder(loadSarabun('700Bold'))).toBe(0);
  });
});

describe('Line breaking', () => {
  // One unit per character: the breaks depend on the words only.
  const chars = (s: string) => [...s].length;
  const MARK = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

  it('When a Thai title without spaces is wrapped, then lines break between words, fit the width and lose nothing', () => {
    const text = 'การประชุมเชิงปฏิบัติการพัฒนาเครือข่ายการนิเทศเพื่อยกระดับคุณภาพการจัดการเรียนรู้';
    const lines = wrapThai(text, 30, chars);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(chars(line)).toBeLessThanOrEqual(30);
      expect(line).not.toMatch(MARK);
    }
  });

  it('When a space is near the end of a line, then the break is there, and never before a number', () => {
    expect(wrapThai('การประชุมเครือข่ายการนิเทศ ครั้งที่ 2 ประจำปี 2569', 30, chars)).toEqual(['การประชุมเครือข่ายการนิเทศ', 'ครั้งที่ 2 ประจำปี 2569']);
  });

  it('When one word is wider than the line, then it breaks between grapheme clusters, keeping marks with their consonant', () => {
    const lines = wrapThai('ผู้อำนวยการผู้อำนวยการผู้อำนวยการ', 8, chars);
    expect(lines.join('')).toBe('ผู้อำนวยการผู้อำนวยการผู้อำนวยการ');
    for (const line of lines) expect(line).not.toMatch(MARK);
  });

  it('When a URL is wrapped, then lines fit and break after a slash where one is near', () => {
    const lines = wrapUrl('https://nithet.example.go.th/verify/AbCdEfGhIjKlMnOpQrStUv', 40, chars);
    expect(lines).toEqual(['https://nithet.example.go.th/verify/', 'AbCdEfGhIjKlMnOpQrStUv']);
  });
});

describe('QR code', () => {
  it('When the code of a link is drawn module by module, then a scanner reads the link back', () => {
    const url = base.verifyUrl;
    const m = qrMatrix(url);
    const scale = 6;
    const quiet = 4;
    const side = (m.size + 2 * quiet) * scale;
    const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
    for (const [x, y, len] of darkRuns(m)) {
      for (let py = (y + quiet) * scale; py < (y + quiet + 1) * scale; py++) {
        for (let px = (x + quiet) * scale; px < (x + quiet + len) * scale; px++)
          rgba.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
      }
    }
    expect(jsQR(rgba, side, side)?.data).toBe(url);
  });
});
