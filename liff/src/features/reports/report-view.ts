// The report pages' pure parts: the four steps with who and when, which cycle to offer, the files' Thai names.
import { cyclePeriodKinds, formatThaiDate, resolveCycle, type Cycle, type ReportFileKind, type ReportView } from '@nithet/shared';
import { th } from '../../i18n/th-staff';
import { safeFileName } from '../../lib/save-file';

const t = th.reports;
export const STEP_KEYS = ['drafted', 'reviewed', 'approved', 'published'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export interface StepView {
  key: StepKey;
  label: string;
  /** "นางวิภาวรรณ ศรีสุข เมื่อ 20 เมษายน 2570", or that it has not happened yet. */
  text: string;
  done: boolean;
  /** The step the report waits for now. */
  current: boolean;
}

export function reportSteps(r: Pick<ReportView, 'steps' | 'status'>): StepView[] {
  const next = STEP_KEYS.find((k) => r.steps[k] === null);
  return STEP_KEYS.map((key) => {
    const s = r.steps[key];
    return {
      key,
      label: t.steps[key],
      text: s ? t.steps.by(s.name, formatThaiDate(s.at)) : t.steps.waiting,
      done: s !== null,
      current: key === next,
    };
  });
}

/** The cycle the generate form starts on: today's ปีงบประมาณ, as the plan and dashboard pages do. */
export const defaultCycle = (now: Date): Cycle => resolveCycle({}, now);
export const periodChoices = cyclePeriodKinds;
/** Years offered: two before today's, one after. */
export const yearChoices = (c: Cycle) => [c.yearBE - 2, c.yearBE - 1, c.yearBE, c.yearBE + 1];

export const reportFileName = (r: Pick<ReportView, 'periodLabel' | 'version'>, kind: ReportFileKind) =>
  safeFileName(t.files.fileName(r.periodLabel, r.version, kind));
