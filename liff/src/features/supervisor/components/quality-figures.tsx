// The three figures of the work standard (ถูกต้อง ครบถ้วน เป็นปัจจุบัน), what each counts, and its one-tap nudge.
import { useState } from 'react';
import { formatThaiDateTime, type DataQualityBoardResponse, type NudgeSendResponse, type QualityWord } from '@nithet/shared';
import { ResultPanel } from '../../../components/result-panel';
import { SendPreviewStep } from '../../../components/send-preview-step';
import { th } from '../../../i18n/th-staff';
import { previewNudges, sendNudges } from '../api/data-quality';

const t = th.qualityBoard;
const d = th.dataQuality;

type Figures = DataQualityBoardResponse['figures'];

function detailLines(word: QualityWord, f: Figures): string[] {
  if (word === 'accurate') {
    const dup = f.accurate.duplicates;
    return [
      t.dupMembers(dup.membersSameNameSchool),
      t.dupPhone(dup.samePhone),
      t.dupSchools(dup.schoolsSameName),
      t.dupNetworks(dup.networksSameName),
      t.validationFailures(f.accurate.validationFailures),
    ];
  }
  if (word === 'complete')
    return [t.missingProfiles(f.complete.missingProfiles), t.missingResponses(f.complete.missingResponses, f.complete.expectedResponses)];
  return [t.staleProfiles(f.current.staleProfiles), t.networksNotUpdated(f.current.networksNotUpdated)];
}

function FigureCard({ word, figures, nudgeable }: { word: QualityWord; figures: Figures; nudgeable: number }) {
  const [result, setResult] = useState<NudgeSendResponse | null>(null);
  // Everyone this word could reach was reminded (or skipped) by the send: none left today.
  const left = result ? 0 : nudgeable;
  const f = figures[word];
  const headingId = `figure-${word}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.words[word]}</h3>
      <p className="figure-percent">{t.percent(f.percent)}</p>
      <p className="hint">{t.ratio(f.good, f.total)}</p>
      <ul>
        {detailLines(word, figures).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="counts">{t.nudgeable(left)}</p>
      {left === 0 ? (
        result ? null : (
          <p className="hint">{t.nobodyToNudge}</p>
        )
      ) : (
        <SendPreviewStep
          id={word}
          labels={{
            start: t.nudge[word]!,
            startNamed: t.nudgeNamed(t.words[word]!),
            previewing: t.previewing,
            previewTitle: t.previewTitle,
            note: t.previewNote,
            send: t.send,
            sending: d.sending,
            closePreview: t.closePreview,
          }}
          preview={(w) => previewNudges({ word: w as QualityWord })}
          send={(w) => sendNudges({ word: w as QualityWord })}
          onSent={setResult}
        />
      )}
      {result ? (
        <ResultPanel
          title={d.resultTitle}
          lines={[
            d.resultSent(result.sent),
            d.resultRecent(result.skippedRecently),
            d.resultUnreachable(result.skippedUnreachable),
            ...(result.delayedUntil ? [d.resultDelayed(formatThaiDateTime(result.delayedUntil))] : []),
          ]}
        />
      ) : null}
    </li>
  );
}

export function QualityFigures({ board }: { board: DataQualityBoardResponse }) {
  const words: QualityWord[] = ['accurate', 'complete', 'current'];
  return (
    <section className="form-section" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t.figuresTitle(board.figures.buddhistYear)}</h2>
      <p className="hint">{t.figuresHint}</p>
      <p className="hint">{t.asOf(formatThaiDateTime(board.figures.asOf))}</p>
      <ul className="cards">
        {words.map((w) => (
          <FigureCard key={w} word={w} figures={board.figures} nudgeable={board.nudgeable[w]} />
        ))}
      </ul>
    </section>
  );
}
