// A report's status as a tag (its name read first by screen readers).
import type { ReportStatus } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';

const TAG: Record<ReportStatus, string> = {
  draft: 'tag-pending',
  reviewed: 'tag-coordinator',
  approved: 'tag-coordinator',
  published: 'tag-member',
};

export function StatusTag({ status }: { status: ReportStatus }) {
  return (
    <li className={`tag ${TAG[status]}`}>
      <span className="visually-hidden">{th.reports.statusLabel}: </span>
      {th.reports.status[status]}
    </li>
  );
}
