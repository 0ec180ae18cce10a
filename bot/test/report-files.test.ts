// The Form 3 files from known figures: a Thai government memo and seven numbered sections following the manual, in
// TH Sarabun New 16 pt (Sarabun as the alternative) in the DOCX and embedded Sarabun in the PDF, whose text reads as
// typed; every headline, need, month and network number appears in both, and the XLSX holds them as numbers.
import { FORM3_TITLE, type ReportStep } from '@nithet/shared';
import { form3Document, type ReportWorkflow } from '../src/reports/form3-document';
import { renderReportDocx } from '../src/reports/docx-writer';
import { renderReportPdf } from '../src/reports/pdf-writer';
import { renderReportXlsx } from '../src/reports/xlsx-writer';
import { reportSummaryCard } from '../src/reports/report-card';
import { fmtCount, fmtPercent, fmtScore } from '../src/reports/report-document';
import { validateMessages } from '../src/line/limits';
import { sampleDataQuality, sampleFigures } from './support/report-fixtures';
import { flat, readDocx, readPdfText, readXlsx, type DocxReading } from './support/report-readers';

const figures = sampleFigures();
const dq = sampleDataQuality();
const step = (name: string, at: string): ReportStep => ({ memberId: `m-${name}`, name, at });
const workflow: ReportWorkflow = {
  status: 'approved',
  version: 2,
  drafted: step('นางวิภาวรรณ ศรีสุข', '2027-04-20T03:00:00.000Z'),
  reviewed: step('นางวิภาวรรณ ศรีสุข', '2027-04-21T03:00:00.000Z'),
  approved: step('นายสมชาย รักการศึกษา', '2027-04-22T03:00:00.000Z'),
  published: null,
};
const doc = form3Document(figures, dq, { name: figures.office.name }, workflow);

/** The numbers a reader checks against the dashboard, as the report prints them. */
function printedNumbers(): string[] {
  const h = figures.headline;
  return [
    `${fmtCount(h.networks)} เครือข่าย`,
    `${fmtCount(h.members)} คน`,
    `${fmtCount(h.seminars)} ครั้ง ผู้เข้าร่วม ${fmtCount(h.seminarAttendances)} คน-ครั้ง`,
    `${fmtCount(h.planActivitiesDone)}/${fmtCount(h.planActivities)} กิจกรรม`,
    fmtScore(h.evaluationMean),
    fmtScore(h.seminarEvaluationMean),
    ...figures.needs.top.flatMap((n) => [n.label, fmtCount(n.count), fmtPercent(n.share), fmtScore(n.mean)]),
    ...figures.participation.months.flatMap((m) => [m.label, fmtCount(m.seminarAttendances)]),
    ...figures.networks.byKind.flatMap((k) => [k.label, fmtCount(k.members)]),
    fmtPercent(dq.accurate.percent),
    `${fmtCount(dq.complete.good)}/${fmtCount(dq.complete.total)}`,
    '452,500 บาท',
  ];
}

describe('form3Document', () => {
  it('When figures become the report, then it has the memo cover and the manual’s seven steps as numbered sections', () => {
    expect(doc.title).toBe(FORM3_TITLE);
    expect(doc.memo).toMatchObject({
      subject: `รายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน ปีการศึกษา 2569`,
      to: `ผู้อำนวยการ${figures.office.name}`,
      date: '22 เมษายน 2570',
      signer: { name: 'นางวิภาวรรณ ศรีสุข', position: 'ศึกษานิเทศก์' },
    });
    expect(doc.memo.department).toContain('กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา');
    expect(doc.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(doc.sections[0]!.title).toContain('จัดระบบข้อมูลสารสนเทศ');
    expect(doc.sections[6]!.title).toContain('เผยแพร่ประชาสัมพันธ์');
    expect(doc.statusNote).toBe('ฉบับอนุมัติแล้ว (ยังไม่ได้เผยแพร่)');
    expect(doc.signOffs.map((s) => [s.role, s.name, s.date])).toEqual([
      ['ผู้จัดทำรายงาน', 'นางวิภาวรรณ ศรีสุข', '20 เมษายน 2570'],
      ['ผู้ตรวจทาน', 'นางวิภาวรรณ ศรีสุข', '21 เมษายน 2570'],
      ['ผู้อนุมัติ', 'นายสมชาย รักการศึกษา', '22 เมษายน 2570'],
    ]);
    const published = form3Document(figures, null, { name: figures.office.name }, { ...workflow, status: 'published' });
    expect(published.statusNote).toBe('');
    expect(JSON.stringify(published.sections[0])).toContain('ยังไม่มีผลการตรวจคุณภาพข้อมูล');
  });
});

describe('The DOCX, PDF and XLSX of one report', () => {
  let docx: DocxReading;
  let pdf: { pages: string[]; title: string | null };
  let sheets: Record<string, unknown[][]>;

  beforeAll(async () => {
    const [d, p, x] = await Promise.all([renderReportDocx(doc), renderReportPdf(doc), renderReportXlsx(figures, dq, { workflow })]);
    [docx, pdf, sheets] = await Promise.all([readDocx(d), readPdfText(p), readXlsx(x)]);
  }, 60_000);

  it('When the DOCX is opened, then it is set in TH Sarabun New 16 pt with Sarabun as the alternative, in Thai', () => {
    expect(docx.styles).toContain('w:ascii="TH Sarabun New"');
    expect(docx.styles).toContain('w:cs="TH Sarabun New"');
    expect(docx.styles).toMatch(/<w:sz w:val="32"\/><w:szCs w:val="32"\/>/);
    expect(docx.styles).toContain('w:bidi="th-TH"');
    expect(docx.fontTable).toContain('<w:font w:name="TH Sarabun New"><w:altName w:val="Sarabun"/><w:charset w:val="DE"/>');
    expect(docx.media.filter((m) => m.endsWith('.png')).length).toBe(4); // needs, monthly attendance, members by kind, scores
  });

  it('When the DOCX is read, then the memo, the title, the seven sections and every printed number are there', () => {
    const text = flat(docx.text);
    for (const s of ['บันทึกข้อความ', 'ส่วนราชการ', 'วันที่22เมษายน2570', 'เรื่อง', `เรียนผู้อำนวยการ`, flat(FORM3_TITLE)]) expect(text).toContain(s);
    for (const s of doc.sections) expect(text).toContain(flat(`${s.number}. ${s.title}`));
    for (const n of printedNumbers()) expect([n, text.includes(flat(n))]).toEqual([n, true]);
    expect(text).toContain(flat('(นายสมชาย รักการศึกษา)'));
  });

  it('When the PDF is read, then its text (not pictures) holds the same words and numbers, reading as typed', () => {
    expect(pdf.title).toBe(`${FORM3_TITLE} ปีการศึกษา 2569`);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(6);
    expect(pdf.pages[1]).toContain('- 2 -');
    const text = flat(pdf.pages.join('\n'));
    for (const s of ['บันทึกข้อความ', 'ส่วนราชการ', flat(FORM3_TITLE), 'สำนักงานเขตพื้นที่การศึกษา', 'ประชาสัมพันธ์']) expect(text).toContain(s);
    expect(text).not.toMatch(/สำา|ํา/);
    for (const s of doc.sections) expect(text).toContain(flat(`${s.number}. ${s.title}`));
    for (const n of printedNumbers()) expect([n, text.includes(flat(n))]).toEqual([n, true]);
  });

  it('When the XLSX is opened, then each subject has a sheet of number cells equal to the figures, and no names', () => {
    expect(Object.keys(sheets)).toEqual([
      'สรุป',
      'เครือข่าย',
      'รายเดือน',
      'ความต้องการ',
      'ความต้องการตามกลุ่ม',
      'แผน',
      'ผลการประเมิน',
      'แนวทางการพัฒนา',
      'คุณภาพข้อมูล',
    ]);
    const summary = new Map(sheets['สรุป']!.map((r) => [r[0], r.slice(1)]));
    expect(summary.get('เครือข่าย')).toEqual([figures.headline.networks, figures.previous!.networks]);
    expect(summary.get('ผู้เข้าร่วมประชุม (คน-ครั้ง)')).toEqual([figures.headline.seminarAttendances, figures.previous!.seminarAttendances]);
    expect(summary.get('คะแนนประเมินการพัฒนาเครือข่าย (เฉลี่ย)')).toEqual([4.18, 4.02]);
    expect(sheets['ความต้องการ']!.slice(1).map((r) => [r[1], r[2], r[3], r[4]])).toEqual(
      figures.needs.top.map((n) => [n.label, n.count, n.share, n.mean]),
    );
    expect(sheets['รายเดือน']!.slice(1).map((r) => r[3])).toEqual(figures.participation.months.map((m) => m.seminarAttendances));
    const everything = JSON.stringify(sheets);
    expect(everything).not.toContain('วิภาวรรณ');
    expect(everything).not.toContain('สมชาย');
  });

  it('When names are asked for, then one more sheet says who drafted, reviewed and approved', async () => {
    const named = await readXlsx(await renderReportXlsx(figures, dq, { workflow, names: true }));
    expect(named['ผู้รับรอง']!.slice(1)).toEqual([
      ['ผู้จัดทำรายงาน', 'นางวิภาวรรณ ศรีสุข', '20 เมษายน 2570'],
      ['ผู้ตรวจทาน', 'นางวิภาวรรณ ศรีสุข', '21 เมษายน 2570'],
      ['ผู้อนุมัติ', 'นายสมชาย รักการศึกษา', '22 เมษายน 2570'],
    ]);
  });
});

describe('reportSummaryCard', () => {
  it('When a report is published, then its one card is within LINE’s limits and shows the headline numbers and the link', () => {
    const card = reportSummaryCard(
      { figures } as Parameters<typeof reportSummaryCard>[0],
      'https://nithet.example.go.th/reports/AbCdEfGhIjKlMnOpQrStUv',
    );
    expect(validateMessages([card])).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('ปีการศึกษา 2569');
    expect(json).toContain(`เครือข่ายการนิเทศ ${fmtCount(figures.headline.networks)} เครือข่าย สมาชิก ${fmtCount(figures.headline.members)} คน`);
    expect(json).toContain('https://nithet.example.go.th/reports/AbCdEfGhIjKlMnOpQrStUv');
  });
});
