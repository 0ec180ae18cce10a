// The report's XLSX appendix: the figures behind every table, one sheet per subject, numbers as number cells (so an
// office can chart or sum them) and Thai headers. No personal names unless asked for: then one sheet of who drafted,
// reviewed and approved. Multi-sheet with typed cells, so it uses exceljs directly (writeTable writes one text sheet).
import { formatThaiDate, type CycleFigures, type ReportDataQuality } from '@nithet/shared';
import { loadExcel } from '../directory/load-excel';
import type { ReportWorkflow } from './form3-document';

type Cell = string | number | null;
interface Column {
  header: string;
  width?: number;
  /** Excel number format for number cells ("0.00" for scores). */
  numFmt?: string;
}
interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
}

const SCORE = '0.00';
const PERCENT = '0.0';
const COUNT = '#,##0';

function sheets(f: CycleFigures, dq: ReportDataQuality | null, workflow: ReportWorkflow | undefined, names: boolean): Sheet[] {
  const h = f.headline;
  const p = f.previous;
  const headline: Array<[string, keyof typeof h]> = [
    ['เครือข่าย', 'networks'],
    ['สมาชิก (คน)', 'members'],
    ['ประชุม/สัมมนา (ครั้ง)', 'seminars'],
    ['ผู้เข้าร่วมประชุม (คน-ครั้ง)', 'seminarAttendances'],
    ['กิจกรรมเครือข่าย (ครั้ง)', 'networkActivities'],
    ['ผู้ร่วมกิจกรรมเครือข่าย (คน-ครั้ง)', 'activityParticipants'],
    ['ผู้ตอบแบบสำรวจความต้องการ (คน)', 'needsRespondents'],
    ['ความต้องการที่ตอบสนองแล้ว (เรื่อง)', 'needsAnswered'],
    ['ความต้องการที่ยังเปิดอยู่ (เรื่อง)', 'needsOpen'],
    ['กิจกรรมตามแผน', 'planActivities'],
    ['กิจกรรมตามแผนที่ดำเนินการแล้ว', 'planActivitiesDone'],
    ['คะแนนประเมินการพัฒนาเครือข่าย (เฉลี่ย)', 'evaluationMean'],
    ['ความพึงพอใจต่อการประชุม/สัมมนา (เฉลี่ย)', 'seminarEvaluationMean'],
    ['แนวทางการพัฒนาที่ยกไปรอบถัดไป (ข้อ)', 'recommendationsOpen'],
  ];
  const scoreRows = (source: string, group: string, rows: CycleFigures['evaluation']['form2']['byNetworkKind']): Cell[][] =>
    rows.map((r) => [source, group, r.label, r.n, r.mean, r.sd]);
  const needGroups = (group: string, groups: CycleFigures['needs']['byNetworkKind']): Cell[][] =>
    groups.flatMap((g) => g.needs.map((n) => [group, g.label, g.respondents, n.label, n.count, n.share, n.mean]));
  const out: Sheet[] = [
    {
      name: 'สรุป',
      columns: [
        { header: 'รายการ', width: 44 },
        { header: `พ.ศ. ${h.yearBE}`, width: 14 },
        { header: p ? `พ.ศ. ${p.yearBE}` : 'ปีก่อน', width: 14 },
      ],
      rows: [
        ['สำนักงาน', f.office.name, null],
        ['รอบการดำเนินงาน', f.period.label, null],
        ['ข้อมูล ณ วันที่', formatThaiDate(f.generatedAt), null],
        ...headline.map(([label, key]): Cell[] => [label, h[key], p ? p[key] : null]),
      ],
    },
    {
      name: 'เครือข่าย',
      columns: [
        { header: 'จำแนกตาม', width: 12 },
        { header: 'กลุ่ม', width: 40 },
        { header: 'เครือข่าย', numFmt: COUNT },
        { header: 'สมาชิก (คน)', numFmt: COUNT },
      ],
      rows: [
        ...f.networks.byKind.map((r): Cell[] => ['รูปแบบ', r.label, r.networks, r.members]),
        ...f.networks.byLevel.map((r): Cell[] => ['ระดับ', r.label, r.networks, r.members]),
        ['รวม', 'ทั้งหมด', f.networks.total, f.networks.members],
        ['รวม', 'ผู้ประสานงานเครือข่าย (คน)', null, f.networks.coordinators],
      ],
    },
    {
      name: 'รายเดือน',
      columns: [
        { header: 'เดือน', width: 14 },
        { header: 'สมาชิก ณ สิ้นเดือน (คน)', numFmt: COUNT },
        { header: 'ประชุม/สัมมนา (ครั้ง)', numFmt: COUNT },
        { header: 'ผู้เข้าร่วมประชุม (คน-ครั้ง)', numFmt: COUNT },
        { header: 'กิจกรรมเครือข่าย (ครั้ง)', numFmt: COUNT },
        { header: 'ผู้ร่วมกิจกรรม (คน-ครั้ง)', numFmt: COUNT },
      ],
      rows: f.participation.months.map((m) => [
        m.label,
        m.members,
        m.seminars,
        m.seminarAttendances,
        m.networkActivities,
        m.activityParticipants,
      ]),
    },
    {
      name: 'ความต้องการ',
      columns: [
        { header: 'อันดับ', width: 8 },
        { header: 'ความต้องการ', width: 44 },
        { header: 'ผู้เลือก (คน)', numFmt: COUNT },
        { header: 'ร้อยละ', numFmt: PERCENT },
        { header: 'ระดับความต้องการเฉลี่ย', numFmt: SCORE },
        { header: 'กิจกรรม' },
        { header: 'ดำเนินการแล้ว' },
        { header: 'คะแนนประเมินเฉลี่ย', numFmt: SCORE },
        { header: 'สถานะ', width: 14 },
      ],
      rows: f.needs.top.map((n, i) => [
        i + 1,
        n.label,
        n.count,
        n.share,
        n.mean,
        n.activities.length,
        n.activities.filter((a) => a.status === 'done').length,
        n.evaluation?.mean ?? null,
        n.open ? 'ยังเปิดอยู่' : 'ตอบสนองแล้ว',
      ]),
    },
    {
      name: 'ความต้องการตามกลุ่ม',
      columns: [
        { header: 'จำแนกตาม', width: 14 },
        { header: 'กลุ่ม', width: 36 },
        { header: 'ผู้ตอบในกลุ่ม (คน)', numFmt: COUNT },
        { header: 'ความต้องการ', width: 40 },
        { header: 'ผู้เลือก (คน)', numFmt: COUNT },
        { header: 'ร้อยละ', numFmt: PERCENT },
        { header: 'ระดับความต้องการเฉลี่ย', numFmt: SCORE },
      ],
      rows: [
        ...needGroups('รูปแบบเครือข่าย', f.needs.byNetworkKind),
        ...needGroups('ระดับเครือข่าย', f.needs.byNetworkLevel),
        ...needGroups('ระดับการศึกษา', f.needs.byEducationLevel),
      ],
    },
    {
      name: 'แผน',
      columns: [
        { header: 'จำแนกตาม', width: 14 },
        { header: 'กลุ่ม', width: 30 },
        { header: 'กิจกรรม', numFmt: COUNT },
      ],
      rows: [
        ...f.plan.byKind.map((k): Cell[] => ['รูปแบบ', k.label, k.count]),
        ...f.plan.byStatus.map((k): Cell[] => ['สถานะ', k.label, k.count]),
        ['รวม', 'กิจกรรมทั้งหมด', f.plan.activities],
        ['งบประมาณ', 'งบประมาณรวม (บาท)', f.plan.budgetPlanned],
        ['งบประมาณ', 'กิจกรรมที่ระบุงบประมาณ', f.plan.activitiesWithBudget],
      ],
    },
    {
      name: 'ผลการประเมิน',
      columns: [
        { header: 'แหล่งข้อมูล', width: 26 },
        { header: 'จำแนกตาม', width: 14 },
        { header: 'กลุ่ม', width: 40 },
        { header: 'ผู้ประเมิน (คน)', numFmt: COUNT },
        { header: 'ค่าเฉลี่ย', numFmt: SCORE },
        { header: 'ส่วนเบี่ยงเบนมาตรฐาน', numFmt: SCORE },
      ],
      rows: [
        [
          'แบบติดตามและประเมินผล',
          'ภาพรวม',
          'ทั้งหมด',
          f.evaluation.form2.overall.n,
          f.evaluation.form2.overall.mean,
          f.evaluation.form2.overall.sd,
        ],
        ...scoreRows('แบบติดตามและประเมินผล', 'รูปแบบ', f.evaluation.form2.byNetworkKind),
        ...scoreRows('แบบติดตามและประเมินผล', 'ระดับ', f.evaluation.form2.byNetworkLevel),
        [
          'การประเมินการประชุม/สัมมนา',
          'ภาพรวม',
          'ทั้งหมด',
          f.evaluation.seminars.overall.n,
          f.evaluation.seminars.overall.mean,
          f.evaluation.seminars.overall.sd,
        ],
        ...scoreRows('การประเมินการประชุม/สัมมนา', 'รูปแบบ', f.evaluation.seminars.byNetworkKind),
        ...scoreRows('การประเมินการประชุม/สัมมนา', 'ระดับ', f.evaluation.seminars.byNetworkLevel),
      ],
    },
    {
      name: 'แนวทางการพัฒนา',
      columns: [{ header: 'แนวทาง', width: 70 }, { header: 'สถานะ', width: 16 }, { header: 'เริ่มใน พ.ศ.' }],
      rows: f.recommendations.map((r) => [r.text, r.status === 'open' ? 'ยังต้องดำเนินการ' : 'ดำเนินการแล้ว', r.fromYearBE]),
    },
  ];
  if (dq) {
    out.push({
      name: 'คุณภาพข้อมูล',
      columns: [
        { header: 'มาตรฐาน', width: 14 },
        { header: 'ร้อยละ', numFmt: PERCENT },
        { header: 'ผ่าน', numFmt: COUNT },
        { header: 'ทั้งหมด', numFmt: COUNT },
        { header: 'ต้องแก้ไข', numFmt: COUNT },
      ],
      rows: (
        [
          ['ถูกต้อง', dq.accurate],
          ['ครบถ้วน', dq.complete],
          ['เป็นปัจจุบัน', dq.current],
        ] as const
      ).map(([label, q]) => [label, q.percent, q.good, q.total, q.problems]),
    });
  }
  if (names && workflow) {
    const step = (role: string, s: ReportWorkflow['drafted'] | null): Cell[] => [role, s?.name ?? null, s ? formatThaiDate(s.at) : null];
    out.push({
      name: 'ผู้รับรอง',
      columns: [
        { header: 'บทบาท', width: 18 },
        { header: 'ชื่อ-สกุล', width: 30 },
        { header: 'วันที่', width: 20 },
      ],
      rows: [step('ผู้จัดทำรายงาน', workflow.drafted), step('ผู้ตรวจทาน', workflow.reviewed), step('ผู้อนุมัติ', workflow.approved)],
    });
  }
  return out;
}

/** The appendix workbook; `names` adds who drafted, reviewed and approved (personal data: only on request). */
export async function renderReportXlsx(
  figures: CycleFigures,
  dataQuality: ReportDataQuality | null,
  options: { workflow?: ReportWorkflow; names?: boolean } = {},
): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Nithet';
  workbook.created = new Date(figures.generatedAt);
  workbook.modified = workbook.created;
  for (const s of sheets(figures, dataQuality, options.workflow, options.names ?? false)) {
    const ws = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(12, c.header.length + 4),
      ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
    }));
    ws.getRow(1).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
