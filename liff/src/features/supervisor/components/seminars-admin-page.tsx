// /liff/supervisor/seminars (lazy): create a seminar, announce it after seeing the preview, cancel with a confirm step;
// each row links to its edit page and its attendance / check-in page.
import { useState } from 'react';
import { formatThaiDateTime, type SeminarView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { AppLink } from '../../../components/app-link';
import { AppNav } from '../../../components/app-nav';
import { ConfirmAction } from '../../../components/confirm-action';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { CreateToggle } from '../../../components/create-toggle';
import { useRuntime } from '../../../lib/runtime-context';
import { useLocalEdits } from '../../../lib/use-local-edits';
import { useAction } from '../../../lib/use-action';
import { useQuery } from '../../../lib/use-query';
import { getSeminars } from '../../seminars/api/seminars';
import { cancelSeminar } from '../api/seminars-admin';
import { AnnounceStep } from './announce-step';
import { QueryError } from './query-error';
import { SeminarForm } from './seminar-form';

const t = th.seminarAdmin;

export function SupervisorSeminarsPage() {
  const { areaName, mock } = useRuntime();
  const list = useQuery(getSeminars);
  const edits = useLocalEdits<SeminarView>();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');

  const onChanged = (s: SeminarView, message: string) => {
    edits.changed(s);
    setNotice(message);
  };

  let body;
  if (list.status === 'loading') body = <LoadingPanel />;
  else if (list.status === 'error') body = <QueryError error={list.error} onRetry={list.retry} />;
  else {
    const all = edits.merge(list.data.seminars.filter((i) => i.manager).map((i) => i.seminar));
    body = (
      <>
        {all.length === 0 ? <p className="hint">{t.empty}</p> : null}
        <ul className="cards">
          {all.map((s) => (
            <ManagedSeminarCard key={s.id} seminar={s} onChanged={onChanged} />
          ))}
        </ul>
      </>
    );
  }
  const forbidden = list.status === 'error' && list.error.status === 403;

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {forbidden ? null : (
        <CreateToggle
          open={creating}
          onToggle={() => setCreating((v) => !v)}
          title={t.createTitle}
          openLabel={t.create}
          closeLabel={t.cancelCreate}
          formId="create-seminar-form"
        >
          <SeminarForm
            onSaved={(s) => {
              edits.created(s);
              setCreating(false);
              setNotice(t.created(s.title));
            }}
          />
        </CreateToggle>
      )}
      <section aria-labelledby="seminars-heading">
        <h2 id="seminars-heading">{t.list}</h2>
        {body}
      </section>
      <AppNav
        items={[
          { to: '/supervisor', label: t.toOverview },
          { to: '/seminars', label: th.nav.seminars },
        ]}
      />
    </PageLayout>
  );
}

function ManagedSeminarCard({ seminar, onChanged }: { seminar: SeminarView; onChanged: (s: SeminarView, message: string) => void }) {
  const cancel = useAction(cancelSeminar);
  const live = seminar.status === 'draft' || seminar.status === 'announced';
  const base = `/supervisor/seminars/${encodeURIComponent(seminar.id)}`;
  return (
    <li className="card">
      <h3>{seminar.title}</h3>
      <p className="card-meta">{formatThaiDateTime(seminar.startsAt)}</p>
      <p>
        <span className="visually-hidden">{t.statusLabel}: </span>
        <span className={`tag ${seminar.status === 'announced' ? 'tag-member' : seminar.status === 'draft' ? 'tag-pending' : 'tag-off'}`}>
          {t.status[seminar.status]}
        </span>
      </p>
      <p className="card-meta">{t.counts(seminar.going, seminar.waitlisted)}</p>
      {seminar.status === 'draft' ? (
        <AnnounceStep
          seminar={seminar}
          onAnnounced={(res) =>
            onChanged(res.seminar, res.created ? t.announced(res.seminar.title, res.reachable) : t.announcedBefore(res.seminar.title))
          }
        />
      ) : null}
      <ActionError state={cancel.state} />
      <div className="actions">
        {live ? (
          <AppLink to={`${base}/edit`} className="nav-link" label={t.editNamed(seminar.title)}>
            {t.edit}
          </AppLink>
        ) : null}
        <AppLink to={`${base}/attendance`} className="nav-link" label={t.attendanceNamed(seminar.title)}>
          {t.attendance}
        </AppLink>
      </div>
      {live ? (
        <div className="actions">
          <ConfirmAction
            label={t.cancel}
            accessibleLabel={t.cancelNamed(seminar.title)}
            question={t.cancelConfirm(seminar.title)}
            confirmLabel={t.cancelYes}
            busy={cancel.running}
            onConfirm={() => void cancel.run(seminar.id).then((r) => r && onChanged(r.data, t.cancelled(seminar.title)))}
          />
        </div>
      ) : null}
    </li>
  );
}
