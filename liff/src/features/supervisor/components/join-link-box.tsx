// A network's join link with a copy button; the link stays visible to long-press where copying is blocked.
import { useState } from 'react';
import { th } from '../../../i18n/th-staff';
import { useRuntime } from '../../../lib/runtime-context';
import { joinLink } from '../join-link';
import { getJoinQr } from '../api/join-qr';

export function JoinLinkBox({ code, networkId, networkName }: { code: string; networkId: string; networkName: string }) {
  const link = joinLink(useRuntime().liffUrl, code);
  const [note, setNote] = useState('');
  const [qr, setQr] = useState<string | null>(null);

  const showQr = async () => {
    try {
      setQr((await getJoinQr(networkId)).svg);
    } catch {
      setNote(th.supervisor.qrFailed);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setNote(th.supervisor.copied);
    } catch {
      setNote(th.supervisor.copyFailed); // LINE's browser on some phones has no clipboard permission
    }
  };

  return (
    <div className="join-link">
      <p className="bars-title">{th.supervisor.joinLink}</p>
      <p className="hint">{th.supervisor.joinCode(code)}</p>
      <p>
        <a href={link} className="link-break">
          {link}
        </a>
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          aria-label={th.supervisor.copyNamed(networkName)}
          onClick={() => void copy()}
        >
          {th.supervisor.copy}
        </button>
        {qr ? null : (
          <button
            type="button"
            className="button button-secondary"
            aria-label={th.supervisor.showQrNamed(networkName)}
            onClick={() => void showQr()}
          >
            {th.supervisor.showQr}
          </button>
        )}
        <p className="hint" role="status">
          {note}
        </p>
      </div>
      {qr ? (
        <img
          className="join-qr"
          src={`data:image/svg+xml;utf8,${encodeURIComponent(qr)}`}
          alt={th.supervisor.qrAlt(networkName)}
          width={220}
          height={220}
        />
      ) : null}
    </div>
  );
}
