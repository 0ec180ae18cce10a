// The one-card summary of a published report that goes to the chosen networks (pure; checked against LINE's limits).
import type { Report } from '@nithet/shared';
import type { LineMessage } from '../line/messenger';
import { oneButtonCard } from '../replies/one-button-card';
import { fmtCount, fmtScore } from './report-document';

export function reportSummaryCard(report: Report, publicUrl: string): LineMessage {
  const f = report.figures;
  const h = f.headline;
  const title = `สรุปผลการพัฒนาระบบการนิเทศ ${f.period.label}`;
  return oneButtonCard({
    altText: `${f.office.name} เผยแพร่${title}`,
    heading: 'รายงานผลการดำเนินงาน (แบบที่ 3)',
    title,
    lines: [
      `เครือข่ายการนิเทศ ${fmtCount(h.networks)} เครือข่าย สมาชิก ${fmtCount(h.members)} คน`,
      `ประชุม/สัมมนา ${fmtCount(h.seminars)} ครั้ง ผู้เข้าร่วม ${fmtCount(h.seminarAttendances)} คน-ครั้ง`,
      `คะแนนประเมินการพัฒนาเครือข่ายเฉลี่ย ${fmtScore(h.evaluationMean)} จาก 5`,
    ],
    note: f.office.name,
    button: { label: 'อ่านรายงาน', uri: publicUrl },
  });
}
