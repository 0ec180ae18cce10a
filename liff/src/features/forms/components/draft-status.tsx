// Where the answers are kept right now, in a line under the buttons (quiet: not announced at every keystroke).
import { formatThaiShort } from '@nithet/shared';
import { th } from '../../../i18n/th';
import type { DraftStatus } from './use-draft-autosave';

const t = th.forms.draft;

export function DraftStatusText({ status }: { status: DraftStatus }) {
  const text =
    status.kind === 'local'
      ? t.local
      : status.kind === 'saving'
        ? t.saving
        : status.kind === 'saved'
          ? t.saved(formatThaiShort(status.at))
          : status.kind === 'offline'
            ? t.offline
            : t.auto;
  return <p className="hint draft-status">{text}</p>;
}
