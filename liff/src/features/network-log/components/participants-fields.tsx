// Who took part: the checked-in attendees of a seminar, members of the network picked by hand, and people outside it.
import { formatThaiDate, type ActivityOptionsResponse } from '@nithet/shared';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { participantTotal, type ActivityFormValues } from '../activity-form';

const t = th.networkLog.form;

interface ParticipantsFieldsProps {
  options: ActivityOptionsResponse;
  values: ActivityFormValues;
  errors: Readonly<Record<string, string>>;
  onChange: (patch: Partial<ActivityFormValues>) => void;
}

export function ParticipantsFields({ options, values, errors, onChange }: ParticipantsFieldsProps) {
  const seminar = options.seminars.find((s) => s.id === values.seminarId) ?? null;
  const fromSeminar = new Set(seminar?.checkedIn.map((p) => p.memberId) ?? []);
  const pickable = options.members.filter((m) => !fromSeminar.has(m.memberId));
  const picked = new Set(values.picked);
  const listed = new Set(options.members.map((m) => m.memberId));
  const others = values.picked.filter((id) => !listed.has(id) && !fromSeminar.has(id)).length;
  const allPicked = pickable.length > 0 && pickable.every((m) => picked.has(m.memberId));
  const toggle = (ids: readonly string[], on: boolean) => {
    const next = new Set(picked);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange({ picked: [...next] });
  };

  return (
    <section className="form-section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t.sections.participants}</h2>
      {options.seminars.length > 0 ? (
        <FormField id="activity-seminar" label={t.labels.seminarId} optional hint={t.hints.seminarId}>
          {(aria) => (
            <select {...aria} className="input" value={values.seminarId} onChange={(e) => onChange({ seminarId: e.target.value })}>
              <option value="">{t.noSeminar}</option>
              {options.seminars.map((s) => (
                <option key={s.id} value={s.id}>
                  {t.seminarOption(s.title, formatThaiDate(s.startsAt))}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      {seminar ? (
        <div className="notice">
          <p>{t.fromSeminar(seminar.checkedIn.length)}</p>
          {seminar.checkedIn.length > 0 ? (
            <details>
              <summary>{t.showNames}</summary>
              <ul className="participant-names">
                {seminar.checkedIn.map((p) => (
                  <li key={p.memberId}>
                    {p.name}
                    {p.schoolName ? ` (${p.schoolName})` : ''}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
      <fieldset className="choice-group">
        <legend>{t.labels.picked}</legend>
        {pickable.length === 0 ? (
          <p className="hint">{options.members.length === 0 ? t.noMembers : t.allFromSeminar}</p>
        ) : (
          <>
            <label className="choice choice-all">
              <input
                type="checkbox"
                checked={allPicked}
                onChange={(e) =>
                  toggle(
                    pickable.map((m) => m.memberId),
                    e.target.checked,
                  )
                }
              />
              <span className="choice-text">{t.selectAll}</span>
            </label>
            <ul className="choice-list">
              {pickable.map((m) => (
                <li key={m.memberId}>
                  <label className="choice">
                    <input type="checkbox" checked={picked.has(m.memberId)} onChange={(e) => toggle([m.memberId], e.target.checked)} />
                    <span className="choice-text">
                      <span>{m.name}</span>
                      {m.schoolName ? <span className="choice-detail">{m.schoolName}</span> : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        {others > 0 ? <p className="hint">{t.others(others)}</p> : null}
      </fieldset>
      <FormField
        id="activity-outside"
        label={t.labels.outsideCount}
        hint={t.hints.outsideCount}
        error={errors['participants.outsideCount']}
      >
        {(aria) => (
          <input
            {...aria}
            className="input input-short"
            type="number"
            inputMode="numeric"
            min={0}
            max={100000}
            value={values.outsideCount}
            onChange={(e) => onChange({ outsideCount: e.target.value })}
          />
        )}
      </FormField>
      <p className="form-summary" aria-live="polite">
        {t.total(participantTotal(values, options))}
      </p>
    </section>
  );
}
