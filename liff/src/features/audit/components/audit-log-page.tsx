// /liff/supervisor/audit (lazy, supervisors): the office's audit log — who changed what and when (พ.ศ.), newest first,
// filtered by kind and Bangkok dates, a page at a time. Read only: nothing on this page changes an entry.
import { useCallback, useState, type FormEvent } from 'react';
import { auditEntities, formatThaiDate, formatThaiDateTime, type AuditEntryView } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { ActionError } from '../../../components/action-error';
import { PageLayout } from '../../../components/page-layout';
import { SelectFilter } from '../../../components/select-filter';
import { ApiErrorPanel, ErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { useQuery } from '../../../lib/use-query';
import { useRuntime } from '../../../lib/runtime-context';
import { getAuditLog, type AuditFilters } from '../api/get-audit-log';

const t = th.audit;
const NONE: AuditFilters = { entity: '', from: '', to: '' };

function EntryCard({ e }: { e: AuditEntryView }) {
  return (
    <li className="card">
      <h3>{e.summary}</h3>
      <p className="tags">
        <span className="chip">{t.entities[e.entity] ?? e.entity}</span> <span className="chip">{t.actions[e.action] ?? e.action}</span>
      </p>
      <dl className="audit-facts">
        <dt>{t.who}</dt>
        <dd>{e.actorName}</dd>
        <dt>{t.when}</dt>
        <dd>
          <time dateTime={e.at}>{formatThaiDateTime(e.at)}</time>
        </dd>
        {e.changes.length > 0 ? (
          <>
            <dt>{t.fields}</dt>
            <dd>
              <ul>
                {e.changes.map((c) => (
                  <li key={c.field} className="link-break">
                    {t.change(t.fieldLabels[c.field] ?? c.field, c.from, c.to)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

function DateField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" type="date" value={value} aria-describedby={`${id}-be`} onChange={(e) => onChange(e.target.value)} />
      <p id={`${id}-be`} className="hint" aria-live="polite">
        {value ? formatThaiDate(`${value}T12:00:00+07:00`) : ''}
      </p>
    </div>
  );
}

export function AuditLogPage() {
  const { areaName, mock } = useRuntime();
  const [draft, setDraft] = useState<AuditFilters>(NONE);
  const [applied, setApplied] = useState<AuditFilters>(NONE);
  const first = useQuery(useCallback((signal: AbortSignal) => getAuditLog(applied, null, signal), [applied]));
  // Older pages loaded with "more", for the filters they were loaded under.
  const [older, setOlder] = useState<{ for: AuditFilters; entries: AuditEntryView[]; cursor: string | null } | null>(null);
  const more = useAction(getAuditLog);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setOlder(null);
    setApplied({ ...draft });
  };

  let body;
  if (first.status === 'loading') body = <LoadingPanel />;
  else if (first.status === 'error')
    body =
      first.error.status === 403 ? (
        <ErrorPanel title={th.forbidden.title} message={th.forbidden.body} />
      ) : (
        <ApiErrorPanel error={first.error} onRetry={first.retry} />
      );
  else {
    const extra = older && older.for === applied ? older : null;
    const entries = [...first.data.entries, ...(extra?.entries ?? [])];
    const cursor = extra ? extra.cursor : first.data.nextCursor;
    const loadMore = async () => {
      const r = await more.run(applied, cursor);
      if (r) setOlder({ for: applied, entries: [...(extra?.entries ?? []), ...r.data.entries], cursor: r.data.nextCursor });
    };
    body = (
      <>
        <p className="counts" role="status">
          {entries.length === 0 ? t.empty : t.count(entries.length, cursor !== null)}
        </p>
        <ul className="cards">
          {entries.map((e) => (
            <EntryCard key={e.id} e={e} />
          ))}
        </ul>
        <p className="hint" role="status">
          {more.running ? t.loadingMore : ''}
        </p>
        <ActionError state={more.state} />
        {cursor ? (
          <button type="button" className="button" disabled={more.running} onClick={() => void loadMore()}>
            {t.more}
          </button>
        ) : null}
        <p className="hint">{t.retention(first.data.retentionYears)}</p>
      </>
    );
  }

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      <form className="form-section filters" aria-labelledby="audit-filters-heading" onSubmit={apply}>
        <h2 id="audit-filters-heading">{t.filtersTitle}</h2>
        <SelectFilter
          label={t.entity}
          anyLabel={t.anyEntity}
          value={draft.entity}
          options={auditEntities.map((x) => ({ value: x, label: t.entities[x] ?? x }))}
          onChange={(entity) => setDraft((d) => ({ ...d, entity }))}
        />
        <DateField id="audit-from" label={t.from} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} />
        <DateField id="audit-to" label={t.to} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} />
        <div className="actions">
          <button type="submit" className="button button-primary">
            {t.apply}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDraft(NONE);
              setOlder(null);
              setApplied(NONE);
            }}
          >
            {t.clear}
          </button>
        </div>
      </form>
      <section aria-labelledby="audit-list-heading">
        <h2 id="audit-list-heading" className="visually-hidden">
          {t.title}
        </h2>
        {body}
      </section>
      <AppNav
        items={[
          { to: '/supervisor/data-quality', label: th.supervisor.toDataQuality },
          { to: '/supervisor', label: th.supervisor.toOverview },
        ]}
      />
    </PageLayout>
  );
}
