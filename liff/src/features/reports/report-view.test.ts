// The report page's steps: who took each and when (พ.ศ.), which one waits now; file names a phone can save.
import type { ReportView } from '@nithet/shared';
import { reportFileName, reportSteps } from './report-view';

const step = (name: string, at: string) => ({ name, at });
const base = {
  steps: { drafted: step('นางวิภาวรรณ ศรีสุข', '2027-04-20T03:00:00.000Z'), reviewed: null, approved: null, published: null },
  status: 'draft',
} as Pick<ReportView, 'steps' | 'status'>;

describe('reportSteps', () => {
  it('When a draft is reviewed, then the steps say who and when in พ.ศ. and approval is the step waiting', () => {
    const steps = reportSteps({
      ...base,
      status: 'reviewed',
      steps: { ...base.steps, reviewed: step('นายสมชาย รักการศึกษา', '2027-04-21T03:00:00.000Z') },
    });
    expect(steps.map((s) => [s.label, s.text, s.current])).toEqual([
      ['จัดทำ', 'นางวิภาวรรณ ศรีสุข เมื่อ 20 เมษายน 2570', false],
      ['ตรวจทาน', 'นายสมชาย รักการศึกษา เมื่อ 21 เมษายน 2570', false],
      ['อนุมัติ', 'ยังไม่ได้ดำเนินการ', true],
      ['เผยแพร่', 'ยังไม่ได้ดำเนินการ', false],
    ]);
  });

  it('When the period label holds a slash, then the file name still saves', () => {
    expect(reportFileName({ periodLabel: 'ปีการศึกษา 2569/2570', version: 2 }, 'pdf')).toBe(
      'แบบรายงานผลการพัฒนาระบบการนิเทศ ปีการศึกษา 2569-2570 ฉบับที่ 2.pdf',
    );
  });
});
