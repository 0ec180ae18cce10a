// "ประกาศ" in two steps: first the preview (who gets it, what it costs, any quiet-hours wait), only then the send.
import type { AnnounceResponse, SeminarView } from '@nithet/shared';
import { SendPreviewStep } from '../../../components/send-preview-step';
import { th } from '../../../i18n/th-staff';
import { announceSeminar, previewAnnouncement } from '../api/seminars-admin';

const t = th.seminarAdmin;

export function AnnounceStep({ seminar, onAnnounced }: { seminar: SeminarView; onAnnounced: (res: AnnounceResponse) => void }) {
  return (
    <SendPreviewStep
      id={seminar.id}
      labels={{
        start: t.announce,
        startNamed: t.announceNamed(seminar.title),
        previewing: t.previewing,
        previewTitle: t.previewTitle(seminar.title),
        send: t.send,
        sending: t.sending,
        closePreview: t.closePreview,
      }}
      preview={previewAnnouncement}
      send={announceSeminar}
      onSent={onAnnounced}
    />
  );
}
