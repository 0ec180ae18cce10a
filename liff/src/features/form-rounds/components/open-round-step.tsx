// "ส่งแบบสอบถาม" in two steps, like a seminar's announcement: first who gets the card, what it costs against the monthly
// quota and any quiet-hours wait; only then the send button.
import type { RoundView } from '@nithet/shared';
import { SendPreviewStep } from '../../../components/send-preview-step';
import { th } from '../../../i18n/th-staff';
import { openFormRound, previewOpenRound, type OpenResult } from '../api/open-form-round';

const t = th.formRounds;

export function OpenRoundStep({ round, onOpened }: { round: RoundView; onOpened: (res: OpenResult) => void }) {
  return (
    <SendPreviewStep
      id={round.id}
      labels={{
        start: t.open,
        startNamed: t.openNamed(round.title),
        previewing: t.previewing,
        previewTitle: t.previewTitle(round.title),
        note: t.previewCard,
        send: t.send,
        sending: t.sending,
        closePreview: t.closePreview,
      }}
      preview={previewOpenRound}
      send={openFormRound}
      onSent={onOpened}
    />
  );
}
