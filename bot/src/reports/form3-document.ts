// Form 3 (แบบรายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน) built from the dashboard's CycleFigures: a memo cover,
// the headline table and one numbered section per step of the manual (form3-sections.ts), so every number in the
// files is the dashboard's number.
import { FORM3_TITLE, formatThaiDate, type CycleFigures, type ReportDataQuality, type ReportStep } from '@nithet/shared';
import { fmtCount, fmtScore, type ReportDocument, type TableBlock } from './report-document';
import { Numbering, step1, step2, step3, step4, step5, step6, step7 } from './form3-sections';

export interface ReportOffice {
  /** e.g. "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1" */
  name: string;
  /** The responsible unit (manual: กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา). */
  unit?: string;
}

export interface ReportWorkflow {
  status: 'draft' | 'reviewed' | 'approved' | 'published';
  version: number;
  drafted: ReportStep;
  reviewed: ReportStep | null;
  approved: ReportStep | null;
  published: ReportStep | null;
}

export const DEFAULT_UNIT = 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา';
const SUBTITLE = 'งานส่งเสริมและสนับสนุนเครือข่ายการนิเทศของเขตพื้นที่การศึกษา สถานศึกษา หน่วยงานที่เกี่ยวข้องและชุมชน';
const STATUS_NOTE: Record<ReportWorkflow['status'], string> = {
  draft: 'ฉบับร่าง (ยังไม่ได้ตรวจทาน)',
  reviewed: 'ฉบับร่าง (ตรวจทานแล้ว รออนุมัติ)',
  approved: 'ฉบับอนุมัติแล้ว (ยังไม่ได้เผยแพร่)',
  published: '',
};

function summaryTable(f: CycleFigures): TableBlock {
  const h = f.headline;
  const row = (label: string, value: string): string[] => [label, value];
  return {
    kind: 'table',
    caption: 'สรุปผลการดำเนินงานโดยย่อ',
    header: ['รายการ', 'ผลการดำเนินงาน'],
    rows: [
      row('เครือข่ายการนิเทศ', `${fmtCount(h.networks)} เครือข่าย`),
      row('สมาชิกเครือข่าย', `${fmtCount(h.members)} คน`),
      row('ผู้ตอบแบบสำรวจความต้องการ', `${fmtCount(h.needsRespondents)} คน`),
      row('กิจกรรมตามแผน (ดำเนินการแล้ว/ทั้งหมด)', `${fmtCount(h.planActivitiesDone)}/${fmtCount(h.planActivities)} กิจกรรม`),
      row('ประชุม/สัมมนา', `${fmtCount(h.seminars)} ครั้ง ผู้เข้าร่วม ${fmtCount(h.seminarAttendances)} คน-ครั้ง`),
      row('กิจกรรมพัฒนาเครือข่าย', `${fmtCount(h.networkActivities)} ครั้ง ผู้ร่วม ${fmtCount(h.activityParticipants)} คน-ครั้ง`),
      row('คะแนนประเมินการพัฒนาเครือข่าย (เต็ม 5)', fmtScore(h.evaluationMean)),
      row('ความพึงพอใจต่อการประชุม/สัมมนา (เต็ม 5)', fmtScore(h.seminarEvaluationMean)),
      row('ความต้องการที่ตอบสนองแล้ว/ยังเปิดอยู่', `${fmtCount(h.needsAnswered)}/${fmtCount(h.needsOpen)} เรื่อง`),
      row('แนวทางการพัฒนาที่ยกไปรอบถัดไป', `${fmtCount(h.recommendationsOpen)} ข้อ`),
    ],
    align: ['left', 'right'],
    widths: [60, 40],
  };
}

const stepDate = (s: ReportStep | null) => (s ? formatThaiDate(s.at) : '');

export function form3Document(
  figures: CycleFigures,
  dataQuality: ReportDataQuality | null = null,
  office: ReportOffice = { name: figures.office.name },
  workflow?: ReportWorkflow,
): ReportDocument {
  const f = figures;
  const unit = office.unit ?? DEFAULT_UNIT;
  const period = f.period;
  const n = new Numbering();
  const h = f.headline;
  const dated = workflow?.published ?? workflow?.approved ?? null;
  const author = workflow?.drafted.name ?? '';
  return {
    fileTitle: `${FORM3_TITLE} ${period.label}`,
    office: office.name,
    memo: {
      department: `${unit} ${office.name}`,
      refNo: '',
      date: formatThaiDate(dated?.at ?? f.generatedAt),
      subject: `รายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน ${period.label}`,
      to: `ผู้อำนวยการ${office.name}`,
      paragraphs: [
        `ด้วย${unit} ได้ดำเนินงานส่งเสริมและสนับสนุนเครือข่ายการนิเทศของเขตพื้นที่การศึกษา สถานศึกษา หน่วยงานที่เกี่ยวข้องและชุมชน ${period.label} (${formatThaiDate(period.startsOn)} ถึง ${formatThaiDate(period.endsOn)}) ตามขั้นตอนการปฏิบัติงานทั้ง 7 ขั้นตอนของคู่มือการปฏิบัติงาน`,
        `บัดนี้ การดำเนินงานได้เสร็จสิ้นแล้ว มีเครือข่ายการนิเทศ ${fmtCount(h.networks)} เครือข่าย สมาชิก ${fmtCount(h.members)} คน จัดประชุม/สัมมนา ${fmtCount(h.seminars)} ครั้ง ผู้เข้าร่วม ${fmtCount(h.seminarAttendances)} คน-ครั้ง คะแนนประเมินการพัฒนาเครือข่ายเฉลี่ย ${fmtScore(h.evaluationMean)} จาก 5 รายละเอียดตามแบบรายงานที่แนบมาพร้อมนี้`,
      ],
      closing: 'จึงเรียนมาเพื่อโปรดทราบ และพิจารณาเผยแพร่ต่อหน่วยงานต้นสังกัด สถานศึกษา และหน่วยงานที่เกี่ยวข้อง',
      signer: { name: author, position: 'ศึกษานิเทศก์' },
    },
    title: FORM3_TITLE,
    subtitle: [SUBTITLE, `${period.label} (${formatThaiDate(period.startsOn)} – ${formatThaiDate(period.endsOn)})`, office.name],
    statusNote: workflow ? STATUS_NOTE[workflow.status] : STATUS_NOTE.draft,
    summary: summaryTable(f),
    sections: [step1(n, f, dataQuality), step2(n, f), step3(n, f), step4(n, f), step5(n, f), step6(f), step7(n, f)],
    signOffs: [
      { role: 'ผู้จัดทำรายงาน', name: author, date: stepDate(workflow?.drafted ?? null) },
      { role: 'ผู้ตรวจทาน', name: workflow?.reviewed?.name ?? '', date: stepDate(workflow?.reviewed ?? null) },
      { role: 'ผู้อนุมัติ', name: workflow?.approved?.name ?? '', date: stepDate(workflow?.approved ?? null) },
    ],
    sourceNote: `ข้อมูลจากระบบนิเทศ (Nithet) ณ วันที่ ${formatThaiDate(f.generatedAt)}${workflow ? ` ฉบับที่ ${workflow.version}` : ''} ตารางข้อมูลประกอบอยู่ในไฟล์ภาคผนวก (Excel)`,
    generatedAt: f.generatedAt,
  };
}
