// Check-in at the door: a large "สแกน QR" button (LINE's reader) or the 8-character code typed, both through the queue.
import { useRef, useState, type FormEvent } from 'react';
import { formatThaiShort, type CheckInResponse } from '@nithet/shared';
import { FormField } from '../../../components/form-field';
import { ErrorPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { scanAvailability, scanCode } from '../../../lib/liff';
import { isQrToken, outcomeTone, type ScanLogEntry } from '../attendance-view';
import { readCheckInValue } from '../check-in-queue';
import { useCheckInQueue, type CheckInQueueState } from './use-check-in-queue';

const t = th.attendance;
const CODE_ID = 'check-in-code';
const TONE_TAG = { ok: 'tag-member', repeat: 'tag-pending', problem: 'tag-off' } as const;

export function CheckInPanel({ seminarId, onSynced }: { seminarId: string; onSynced: (res: CheckInResponse) => void }) {
  const queue = useCheckInQueue(seminarId, onSynced);
  const [notice, setNotice] = useState('');

  const submit = (value: string): boolean => {
    const added = queue.add(value);
    setNotice(added === 'duplicate' ? t.duplicate : '');
    return added === 'queued';
  };
  // Only what the server can take is queued, so one odd QR code can never hold up the scans behind it.
  const onScanned = (raw: string) => {
    const read = readCheckInValue(raw);
    if (read.ok) submit(read.value);
    else setNotice(t.scanNotTicket);
  };

  return (
    <section aria-labelledby="check-in-heading" className="check-in">
      <h2 id="check-in-heading">{t.checkIn}</h2>
      <ScanButton onScanned={onScanned} />
      <CodeForm onCode={submit} />
      <p className="hint" role="status">
        {notice}
      </p>
      <QueueStatus queue={queue} />
      <ScanLog log={queue.log} />
    </section>
  );
}

function ScanButton({ onScanned }: { onScanned: (value: string) => void }) {
  const [availability] = useState(scanAvailability);
  const [state, setState] = useState<'idle' | 'scanning' | 'failed'>('idle');
  if (!availability.available) return <p className="notice">{t.scanUnavailable[availability.reason]}</p>;

  const onScan = async () => {
    setState('scanning');
    try {
      const value = await scanCode(th.mockScanPrompt);
      setState('idle');
      if (value) onScanned(value);
    } catch (err) {
      console.error('scanCodeV2 failed', err);
      setState('failed');
    }
  };
  return (
    <div className="scan">
      <button type="button" className="button button-primary button-scan" disabled={state === 'scanning'} onClick={() => void onScan()}>
        {t.scan}
      </button>
      <p className="hint">{t.scanHint}</p>
      <p className="hint" role="status">
        {state === 'scanning' ? t.scanning : ''}
      </p>
      {state === 'failed' ? (
        <p className="field-error" role="alert">
          {t.scanFailed}
        </p>
      ) : null}
    </div>
  );
}

function CodeForm({ onCode }: { onCode: (value: string) => boolean }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const read = readCheckInValue(value);
    if (!read.ok) {
      setError(read.problem === 'empty' ? t.codeEmpty : t.codeInvalid);
    } else if (onCode(read.value)) {
      setValue('');
    }
    input.current?.focus(); // ready for the next person in the queue
  };

  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate>
      <FormField id={CODE_ID} label={t.codeLabel} hint={t.codeHint} error={error}>
        {(aria) => (
          <input
            {...aria}
            ref={input}
            className="input input-code"
            type="text"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              if (error) setError(undefined);
            }}
            autoCapitalize="characters"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="send"
            maxLength={1000}
          />
        )}
      </FormField>
      <button type="submit" className="button">
        {t.codeSubmit}
      </button>
    </form>
  );
}

function QueueStatus({ queue }: { queue: CheckInQueueState }) {
  const { pending, syncing, problem } = queue;
  return (
    <div className="queue-status">
      <p role="status" className={pending > 0 ? 'queue-pending' : 'hint'}>
        {syncing ? t.syncing : pending > 0 ? t.pending(pending) : queue.log.length > 0 ? t.allSent : ''}
      </p>
      {pending > 0 && problem?.kind === 'offline' ? <p className="hint">{t.pendingOffline}</p> : null}
      {pending > 0 && problem?.kind === 'error' ? (
        <ErrorPanel message={problem.error.thaiMessage} reload={problem.error.needsReload} />
      ) : null}
      {pending > 0 ? (
        <button type="button" className="button button-secondary" disabled={syncing} onClick={queue.sync}>
          {t.resend}
        </button>
      ) : null}
    </div>
  );
}

function ScanLog({ log }: { log: readonly ScanLogEntry[] }) {
  return (
    <div className="scan-log">
      <h3 id="scan-log-heading">{t.results}</h3>
      {/* A log (polite live region): each scan and then its answer (name, the server's Thai message) is read out. */}
      <div role="log" aria-labelledby="scan-log-heading">
        {log.length === 0 ? (
          <p className="hint">{t.resultsEmpty}</p>
        ) : (
          <ul className="history">
            {log.map((e) => (
              <ScanLogLine key={e.clientScanId} entry={e} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function ScanLogLine({ entry }: { entry: ScanLogEntry }) {
  const what = isQrToken(entry.value) ? t.scannedQr : t.scannedCode(entry.value);
  const tone = entry.result ? outcomeTone(entry.result.outcome) : null;
  return (
    <li>
      <p>
        <span className={`tag ${tone ? TONE_TAG[tone] : 'tag-pending'}`}>{tone ? t.outcomeTag[tone] : t.waiting}</span>{' '}
        {entry.result?.name ? <strong>{entry.result.name}</strong> : null}
        {entry.result?.name ? ' · ' : null}
        {entry.result ? entry.result.message : null}
      </p>
      <p className="card-meta">
        {what} · {formatThaiShort(entry.scannedAt)}
      </p>
    </li>
  );
}
