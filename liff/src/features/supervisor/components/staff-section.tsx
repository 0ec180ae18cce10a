// The settings page's "supervisors and admins" section: who runs the office, appoint a registered member found by name,
// remove a supervisor (the server refuses to remove the last one and says so in Thai).
import { useState, type FormEvent } from 'react';
import { memberRoleLabels, type StaffPerson, type StaffSearchResponse } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { ConfirmAction } from '../../../components/confirm-action';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { useQuery } from '../../../lib/use-query';
import { appointSupervisor, getStaff, removeSupervisor, searchMembers } from '../api/staff';
import { QueryError } from './query-error';

const t = th.staffRoles;
const isStaff = (p: StaffPerson) => p.roles.includes('supervisor') || p.roles.includes('admin');

export function StaffSection() {
  const staff = useQuery(getStaff);
  const [done, setDone] = useState('');
  const changed = (message: string) => {
    setDone(message);
    staff.retry();
  };
  return (
    <section className="form-section" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <p className="hint" role="status">
        {done}
      </p>
      {staff.status === 'loading' ? <LoadingPanel /> : null}
      {staff.status === 'error' ? <QueryError error={staff.error} onRetry={staff.retry} /> : null}
      {staff.status === 'success' ? (
        <ul className="cards">
          {staff.data.staff.map((p) => (
            <StaffCard key={p.memberId} person={p} onDone={changed} />
          ))}
        </ul>
      ) : null}
      {/* Stays mounted while the list reloads after a change, so the search and its results stay put. */}
      {staff.status !== 'error' ? <AppointSearch onDone={changed} /> : null}
    </section>
  );
}

function PersonInfo({ person }: { person: StaffPerson }) {
  return (
    <>
      <h3>
        {person.name}
        {person.isMe ? ` (${t.you})` : ''}
      </h3>
      <p className="card-meta">{person.schoolName ?? t.noSchool}</p>
      <p className="card-meta">
        {t.rolesLabel}: {person.roles.map((r) => memberRoleLabels[r]).join(', ')}
      </p>
    </>
  );
}

function StaffCard({ person, onDone }: { person: StaffPerson; onDone: (message: string) => void }) {
  const remove = useAction(removeSupervisor);
  return (
    <li className="card">
      <PersonInfo person={person} />
      <ActionError state={remove.state} />
      {person.roles.includes('supervisor') ? (
        <ConfirmAction
          label={t.remove}
          accessibleLabel={t.removeNamed(person.name)}
          question={person.isMe ? t.removeSelfConfirm : t.removeConfirm(person.name)}
          confirmLabel={t.removeYes}
          busy={remove.running}
          onConfirm={() => void remove.run(person.memberId).then((r) => r && onDone(t.removed(person.name)))}
        />
      ) : null}
    </li>
  );
}

function AppointSearch({ onDone }: { onDone: (message: string) => void }) {
  const [query, setQuery] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const search = useAction(searchMembers);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Each search reads the office's member list on the server: only on a deliberate tap, never per keystroke.
    const q = query.trim();
    setTooShort(q.length < 2);
    if (q.length >= 2) void search.run(q);
  };
  return (
    <div className="form-section">
      <h3>{t.searchHeading}</h3>
      <form role="search" aria-label={t.searchHeading} onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="staff-search">{t.searchLabel}</label>
          <p id="staff-search-hint" className="hint">
            {t.searchHint}
          </p>
          <input
            id="staff-search"
            className="input"
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby="staff-search-hint"
            aria-invalid={tooShort || undefined}
            onChange={(e) => setQuery(e.target.value)}
          />
          {tooShort ? (
            <p className="field-error" role="alert">
              {t.searchShort}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button-secondary" disabled={search.running}>
          {t.searchButton}
        </button>
      </form>
      <ActionError state={search.state} />
      {search.state.status === 'done' ? <SearchResults result={search.state.data} onDone={onDone} /> : null}
    </div>
  );
}

function SearchResults({ result, onDone }: { result: StaffSearchResponse; onDone: (message: string) => void }) {
  return (
    <>
      <p className="hint" role="status">
        {t.found(result.people.length, result.more)}
      </p>
      <ul className="cards">
        {result.people.map((p) => (
          <CandidateCard key={p.memberId} person={p} onDone={onDone} />
        ))}
      </ul>
    </>
  );
}

function CandidateCard({ person, onDone }: { person: StaffPerson; onDone: (message: string) => void }) {
  const appoint = useAction(appointSupervisor);
  const [appointed, setAppointed] = useState(false);
  return (
    <li className="card">
      <PersonInfo person={person} />
      <ActionError state={appoint.state} />
      {isStaff(person) || appointed ? (
        <p className="hint">{appointed ? t.appointed(person.name) : t.already}</p>
      ) : (
        <ConfirmAction
          label={t.appoint}
          accessibleLabel={t.appointNamed(person.name)}
          question={t.appointConfirm(person.name)}
          confirmLabel={t.appointYes}
          danger={false}
          busy={appoint.running}
          onConfirm={() =>
            void appoint.run(person.memberId).then((r) => {
              if (!r) return;
              setAppointed(true);
              onDone(t.appointed(person.name));
            })
          }
        />
      )}
    </li>
  );
}
