// A network's join link with a copy button; the link stays visible to long-press where copying is blocked.
import { useState } from 'react';
import { th } from '../../../i18n/th';
import { env } from '../../../config/env';
import { joinLink } from '../join-link';

export function JoinLinkBox({ code, networkName }: { code: string; networkName: string }) {
  const link = joinLink(window.location.origin, env.basePath, code);
  const [note, setNote] = useState('');

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
        <p className="hint" role="status">
          {note}
        </p>
      </div>
    </div>
  );
}
