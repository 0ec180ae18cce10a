// The seven numbered sections of Form 3, one per step of the manual (§5), each made of paragraphs, tables and bar
// charts from the cycle's figures; tables and charts are numbered in the order they appear.
import { formatThaiDate, type CycleFigures, type ReportDataQuality } from '@nithet/shared';
import {
  fmtBaht,
  fmtCount,
  fmtPercent,
  fmtScore,
  type Align,
  type BarChartBlock,
  type Block,
  type ReportSection,
  type TableBlock,
} from './report-document';

/** How many needs the tables list (the XLSX appendix has them all). */
export const TOP_NEEDS = 10;

/** Numbers tables and charts as the builder meets them (ตารางที่ 1, 2, … / แผนภูมิที่ 1, 2, …). */
export class Numbering {
  private tables = 0;
  private charts = 0;
  table(title: string, header: string[], rows: string[][], align: Align[], widths: number[], total?: string[]): TableBlock {
    return { kind: 'table', caption: `ตารางที่ ${++this.tables} ${title}`, header, rows, align, widths, ...(total ? { total } : {}) };
  }
  chart(title: string, unit: string, bars: BarChartBlock['bars'], max?: number): BarChartBlock {
    return { kind: 'chart', caption: `แผนภูมิที่ ${++this.charts} ${title}`, unit, bars, ...(max ? { max } : {}) };
  }
}

const p = (text: string): Block => ({ kind: 'paragraph', text, indent: true });
const countBars = (items: { label: string; value: number }[]) => items.map((i) => ({ ...i, display: fmtCount(i.value) }));

const duplicates = (dq: ReportDataQuality) => Object.values(dq.accurate.duplicates).reduce((a, b) => a + b, 0);

function dataQualityBlocks(n: Numbering, dq: ReportDataQuality | null): Block[] {
  if (!dq) return [p('ยังไม่มีผลการตรวจคุณภาพข้อมูลจากกระดานคุณภาพข้อมูลในรอบนี้')];
  const row = (label: string, f: { percent: number; good: number; total: number }, what: string) => [
    label,
    fmtPercent(f.percent),
    `${fmtCount(f.good)}/${fmtCount(f.total)}`,
    what,
  ];
  return [
    p(
      `ตามมาตรฐานคุณภาพงาน "ข้อมูลสารสนเทศที่ถูกต้อง ครบถ้วนและเป็นปัจจุบัน" ณ วันที่ ${formatThaiDate(dq.asOf)} ข้อมูลถูกต้องร้อยละ ${dq.accurate.percent.toFixed(1)} ครบถ้วนร้อยละ ${dq.complete.percent.toFixed(1)} และเป็นปัจจุบันร้อยละ ${dq.current.percent.toFixed(1)}`,
    ),
    n.table(
      'คุณภาพข้อมูลสารสนเทศตามมาตรฐานคุณภาพงาน',
      ['มาตรฐาน', 'ร้อยละ', 'ผ่าน/ทั้งหมด', 'สิ่งที่ต้องแก้ไข'],
      [
        row(
          'ถูกต้อง',
          dq.accurate,
          `บันทึกไม่ผ่านการตรวจ ${fmtCount(dq.accurate.validationFailures)} ครั้ง ข้อมูลซ้ำ ${fmtCount(duplicates(dq))} รายการ`,
        ),
        row(
          'ครบถ้วน',
          dq.complete,
          `ประวัติไม่ครบ ${fmtCount(dq.complete.missingProfiles)} คน ยังไม่ตอบแบบสอบถาม ${fmtCount(dq.complete.missingResponses)} รายการ`,
        ),
        row(
          'เป็นปัจจุบัน',
          dq.current,
          `ประวัติไม่ได้ยืนยันในปีนี้ ${fmtCount(dq.current.staleProfiles)} คน เครือข่ายไม่ได้ปรับปรุง ${fmtCount(dq.current.networksNotUpdated)} เครือข่าย`,
        ),
      ],
      ['left', 'right', 'right', 'left'],
      [17, 13, 22, 48],
    ),
  ];
}

export function step1(n: Numbering, f: CycleFigures, dq: ReportDataQuality | null): ReportSection {
  const top = f.needs.top.slice(0, TOP_NEEDS);
  const blocks: Block[] = [
    p(
      `สำรวจความต้องการการพัฒนาเครือข่ายการนิเทศ (แบบสำรวจความต้องการ) ${fmtCount(f.needs.rounds.length)} รอบ มีผู้ตอบ ${fmtCount(f.needs.respondents)} คน พบความต้องการ ${fmtCount(f.needs.top.length)} เรื่อง`,
    ),
  ];
  if (top.length > 0) {
    blocks.push(
      n.table(
        `ความต้องการการพัฒนา ${fmtCount(top.length)} อันดับแรก`,
        ['ที่', 'ความต้องการ', 'ผู้เลือก (คน)', 'ร้อยละ', 'ค่าเฉลี่ย'],
        top.map((t, i) => [String(i + 1), t.label, fmtCount(t.count), fmtPercent(t.share), fmtScore(t.mean)]),
        ['center', 'left', 'right', 'right', 'right'],
        [7, 51, 16, 13, 13],
      ),
      n.chart('ความต้องการการพัฒนาที่ได้รับเลือกมากที่สุด', 'จำนวนผู้เลือก (คน)', countBars(top.map((t) => ({ label: t.label, value: t.count })))),
    );
  }
  blocks.push({ kind: 'subheading', text: 'คุณภาพข้อมูลสารสนเทศ' }, ...dataQualityBlocks(n, dq));
  return { number: '1', title: 'การจัดระบบข้อมูลสารสนเทศและการศึกษาความต้องการของเครือข่าย', blocks };
}

export function step2(n: Numbering, f: CycleFigures): ReportSection {
  const plan = f.plan;
  const blocks: Block[] = [
    p(
      plan.planId
        ? `แผนส่งเสริมและสนับสนุนเครือข่ายการนิเทศมีกิจกรรม ${fmtCount(plan.activities)} กิจกรรม งบประมาณรวม ${fmtBaht(plan.budgetPlanned)} (${fmtCount(plan.activitiesWithBudget)} กิจกรรมที่ระบุงบประมาณ)`
        : 'ยังไม่ได้จัดทำแผนส่งเสริมและสนับสนุนเครือข่ายการนิเทศในรอบนี้',
    ),
  ];
  if (plan.activities > 0) {
    blocks.push(
      n.table(
        'กิจกรรมตามแผนจำแนกตามรูปแบบ',
        ['รูปแบบกิจกรรม', 'จำนวน (กิจกรรม)'],
        plan.byKind.map((k) => [k.label, fmtCount(k.count)]),
        ['left', 'right'],
        [70, 30],
        ['รวม', fmtCount(plan.activities)],
      ),
      n.table(
        'ความก้าวหน้าของกิจกรรมตามแผน',
        ['สถานะ', 'จำนวน (กิจกรรม)'],
        plan.byStatus.map((k) => [k.label, fmtCount(k.count)]),
        ['left', 'right'],
        [70, 30],
        ['รวม', fmtCount(plan.activities)],
      ),
    );
  }
  return { number: '2', title: 'การจัดทำแผนส่งเสริมและสนับสนุนเครือข่ายการนิเทศ', blocks };
}

export function step3(n: Numbering, f: CycleFigures): ReportSection {
  const t = f.participation.totals;
  const months = f.participation.months;
  return {
    number: '3',
    title: 'การประชุม/สัมมนาเครือข่ายการนิเทศ',
    blocks: [
      p(`จัดประชุม/สัมมนาเครือข่ายการนิเทศ ${fmtCount(t.seminars)} ครั้ง มีผู้เข้าร่วม (เช็กอิน) รวม ${fmtCount(t.seminarAttendances)} คน-ครั้ง`),
      n.table(
        'การประชุม/สัมมนาและกิจกรรมเครือข่ายรายเดือน',
        ['เดือน', 'ประชุม/สัมมนา (ครั้ง)', 'ผู้เข้าร่วมประชุม (คน-ครั้ง)', 'กิจกรรมเครือข่าย (ครั้ง)', 'ผู้ร่วมกิจกรรม (คน-ครั้ง)'],
        months.map((m) => [
          m.label,
          fmtCount(m.seminars),
          fmtCount(m.seminarAttendances),
          fmtCount(m.networkActivities),
          fmtCount(m.activityParticipants),
        ]),
        ['left', 'right', 'right', 'right', 'right'],
        [20, 18, 22, 18, 22],
        ['รวม', fmtCount(t.seminars), fmtCount(t.seminarAttendances), fmtCount(t.networkActivities), fmtCount(t.activityParticipants)],
      ),
      n.chart(
        'ผู้เข้าร่วมประชุม/สัมมนารายเดือน',
        'ผู้เข้าร่วม (คน-ครั้ง)',
        countBars(months.map((m) => ({ label: m.label, value: m.seminarAttendances }))),
      ),
    ],
  };
}

export function step4(n: Numbering, f: CycleFigures): ReportSection {
  const net = f.networks;
  const t = f.participation.totals;
  const group = (rows: { label: string; networks: number; members: number }[]) =>
    rows.map((r) => [r.label, fmtCount(r.networks), fmtCount(r.members)]);
  return {
    number: '4',
    title: 'การส่งเสริมและสนับสนุนการพัฒนาเครือข่ายการนิเทศในรูปแบบต่าง ๆ',
    blocks: [
      p(
        `มีเครือข่ายการนิเทศ ${fmtCount(net.total)} เครือข่าย สมาชิก ${fmtCount(net.members)} คน ผู้ประสานงานเครือข่าย ${fmtCount(net.coordinators)} คน เครือข่ายจัดกิจกรรมพัฒนา ${fmtCount(t.networkActivities)} ครั้ง มีผู้ร่วมกิจกรรม ${fmtCount(t.activityParticipants)} คน-ครั้ง`,
      ),
      n.table(
        'เครือข่ายการนิเทศจำแนกตามรูปแบบ',
        ['รูปแบบเครือข่าย', 'เครือข่าย', 'สมาชิก (คน)'],
        group(net.byKind),
        ['left', 'right', 'right'],
        [56, 20, 24],
      ),
      n.chart('จำนวนสมาชิกเครือข่ายจำแนกตามรูปแบบ', 'สมาชิก (คน)', countBars(net.byKind.map((k) => ({ label: k.label, value: k.members })))),
      n.table(
        'เครือข่ายการนิเทศจำแนกตามระดับ',
        ['ระดับ', 'เครือข่าย', 'สมาชิก (คน)'],
        group(net.byLevel),
        ['left', 'right', 'right'],
        [56, 20, 24],
      ),
    ],
  };
}

export function step5(n: Numbering, f: CycleFigures): ReportSection {
  const e = f.evaluation;
  const scoreRows = (rows: { label: string; n: number; mean: number | null; sd: number | null }[]) =>
    rows.map((r) => [r.label, fmtCount(r.n), fmtScore(r.mean), fmtScore(r.sd)]);
  const blocks: Block[] = [
    p(
      `ติดตามและประเมินผลการพัฒนาเครือข่าย (แบบติดตามและประเมินผล) ${fmtCount(e.form2.rounds)} รอบ ผู้ประเมิน ${fmtCount(e.form2.overall.n)} คน คะแนนภาพรวมเฉลี่ย ${fmtScore(e.form2.overall.mean)} จาก 5 (ส่วนเบี่ยงเบนมาตรฐาน ${fmtScore(e.form2.overall.sd)}) และความพึงพอใจต่อการประชุม/สัมมนาเฉลี่ย ${fmtScore(e.seminars.overall.mean)} จาก 5 (${fmtCount(e.seminars.overall.n)} คน)`,
    ),
    n.table(
      'ผลการประเมินการพัฒนาเครือข่ายจำแนกตามรูปแบบเครือข่าย',
      ['รูปแบบเครือข่าย', 'ผู้ประเมิน (คน)', 'ค่าเฉลี่ย', 'ส่วนเบี่ยงเบนมาตรฐาน'],
      scoreRows(e.form2.byNetworkKind),
      ['left', 'right', 'right', 'right'],
      [46, 18, 14, 22],
      ['ภาพรวม', fmtCount(e.form2.overall.n), fmtScore(e.form2.overall.mean), fmtScore(e.form2.overall.sd)],
    ),
  ];
  const scored = e.form2.byNetworkKind.filter((k) => k.mean !== null);
  if (scored.length > 0)
    blocks.push(
      n.chart(
        'คะแนนประเมินเฉลี่ยจำแนกตามรูปแบบเครือข่าย',
        'คะแนนเฉลี่ย (เต็ม 5)',
        scored.map((k) => ({ label: k.label, value: k.mean!, display: fmtScore(k.mean) })),
        5,
      ),
    );
  blocks.push(
    n.table(
      'ผลการประเมินจำแนกตามระดับเครือข่าย',
      ['ระดับ', 'ผู้ประเมิน (คน)', 'ค่าเฉลี่ย', 'ส่วนเบี่ยงเบนมาตรฐาน'],
      scoreRows(e.form2.byNetworkLevel),
      ['left', 'right', 'right', 'right'],
      [46, 18, 14, 22],
    ),
  );
  const trace = f.needs.top.slice(0, TOP_NEEDS);
  if (trace.length > 0) {
    blocks.push(
      { kind: 'subheading', text: 'ความต้องการ → กิจกรรม → ผลการประเมิน' },
      p(`ความต้องการที่ได้รับการตอบสนองแล้ว ${fmtCount(f.needs.answered)} เรื่อง ยังเปิดอยู่ ${fmtCount(f.needs.open)} เรื่อง`),
      n.table(
        'การตอบสนองความต้องการของเครือข่าย',
        ['ความต้องการ', 'กิจกรรม', 'เสร็จแล้ว', 'คะแนนเฉลี่ย', 'สถานะ'],
        trace.map((t) => [
          t.label,
          fmtCount(t.activities.length),
          fmtCount(t.activities.filter((a) => a.status === 'done').length),
          fmtScore(t.evaluation?.mean ?? null),
          t.open ? 'ยังเปิดอยู่' : 'ตอบสนองแล้ว',
        ]),
        ['left', 'right', 'right', 'right', 'center'],
        [40, 13, 14, 15, 18],
      ),
    );
  }
  return { number: '5', title: 'การประเมินผลและสรุปผลการพัฒนาเครือข่ายการนิเทศ', blocks };
}

export function step6(f: CycleFigures): ReportSection {
  const recs = f.recommendations;
  const year = f.period.yearBE;
  const open = recs.filter((r) => r.status === 'open');
  const line = (r: (typeof recs)[number]) =>
    `${r.text}${r.fromYearBE < year ? ` (ยกมาจาก พ.ศ. ${r.fromYearBE})` : ''}${r.status === 'done' ? ' – ดำเนินการแล้ว' : ''}`;
  return {
    number: '6',
    title: 'การนำผลการประเมินไปกำหนดแนวทางการพัฒนาเครือข่ายการนิเทศ',
    blocks:
      recs.length === 0
        ? [p('ยังไม่ได้บันทึกข้อเสนอแนะหรือแนวทางการพัฒนาในรอบนี้')]
        : [
            p(`กำหนดแนวทางการพัฒนา ${fmtCount(recs.length)} ข้อ ยกไปดำเนินการในรอบถัดไป ${fmtCount(open.length)} ข้อ ดังนี้`),
            { kind: 'bullets', items: recs.map(line) },
          ],
  };
}

export function step7(n: Numbering, f: CycleFigures): ReportSection {
  const h = f.headline;
  const prev = f.previous;
  const blocks: Block[] = [
    p(
      `สรุปผลการดำเนินงานและรายงานผลการพัฒนาต่อหน่วยงานต้นสังกัด สถานศึกษา และหน่วยงานที่เกี่ยวข้อง พร้อมเผยแพร่ประชาสัมพันธ์แก่เครือข่ายการนิเทศทาง LINE และหน้าเว็บสาธารณะของสำนักงาน`,
    ),
  ];
  if (prev) {
    const rows: Array<[string, number | null, number | null, 'count' | 'score']> = [
      ['เครือข่าย', h.networks, prev.networks, 'count'],
      ['สมาชิก (คน)', h.members, prev.members, 'count'],
      ['ประชุม/สัมมนา (ครั้ง)', h.seminars, prev.seminars, 'count'],
      ['ผู้เข้าร่วมประชุม (คน-ครั้ง)', h.seminarAttendances, prev.seminarAttendances, 'count'],
      ['กิจกรรมเครือข่าย (ครั้ง)', h.networkActivities, prev.networkActivities, 'count'],
      ['คะแนนประเมินเฉลี่ย', h.evaluationMean, prev.evaluationMean, 'score'],
    ];
    const show = (v: number | null, k: 'count' | 'score') => (k === 'count' ? fmtCount(v ?? 0) : fmtScore(v));
    blocks.push(
      n.table(
        `เปรียบเทียบกับ พ.ศ. ${prev.yearBE}`,
        ['รายการ', `พ.ศ. ${prev.yearBE}`, `พ.ศ. ${h.yearBE}`],
        rows.map(([label, now, before, k]) => [label, show(before, k), show(now, k)]),
        ['left', 'right', 'right'],
        [52, 24, 24],
      ),
    );
  }
  return { number: '7', title: 'การสรุปผล รายงานผลการพัฒนา และเผยแพร่ประชาสัมพันธ์', blocks };
}
