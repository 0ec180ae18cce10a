// One planned activity: when, which needs and networks, who and how much; edit in place, remove after a confirm, and
// "สร้างสัมมนาจากกิจกรรมนี้" (the seminar form prefilled, keeping the link).
import { useState } from 'react';
import {
  planActivityKindLabels,
  planActivityStatusLabels,
  type Cycle,
  type PlanActivity,
  type PlanActivityView,
  type PlanViewResponse,
} from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { AppLink } from '../../../components/app-link';
import { ConfirmAction } from '../../../components/confirm-action';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { deletePlanActivity } from '../api/plan';
import { dayRange, seminarFromActivityLink } from '../plan-view';
import { ActivityForm } from './activity-form';

const t = th.plan.activity;

interface ActivityCardProps {
  cycle: Cycle;
  view: PlanViewResponse;
  activity: PlanActivityView;
  onSaved: (a: PlanActivity) => void;
  onRemoved: (a: PlanActivityView) => void;
}

export function ActivityCard({ cycle, view, activity: a, onSaved, onRemoved }: ActivityCardProps) {
  const [editing, setEditing] = useState(false);
  const remove = useAction(deletePlanActivity);
  const needLabel = new Map(view.needs.top.map((n) => [n.key, n.label]));
  const networkName = new Map(view.networks.map((n) => [n.id, n.name]));
  const owner = view.owners.find((o) => o.id === a.ownerMemberId)?.name;
  const formId = `edit-${a.id}`;

  return (
    <li className="card">
      <h3>{a.title}</h3>
      <p className="card-meta">
        {planActivityKindLabels[a.kind]} · {dayRange(a)} · {planActivityStatusLabels[a.status]}
      </p>
      <dl className="plan-facts">
        <dt>{t.needs}</dt>
        <dd>{a.answersNeeds.length ? a.answersNeeds.map((k) => needLabel.get(k) ?? k).join(', ') : t.noNeeds}</dd>
        <dt>{t.networks}</dt>
        <dd>{a.networkIds.length ? a.networkIds.map((id) => networkName.get(id) ?? id).join(', ') : t.allNetworks}</dd>
        <dt>{t.owner}</dt>
        <dd>{owner ?? th.plan.form.noOwner}</dd>
        <dt>{th.plan.form.labels.budget}</dt>
        <dd>{a.budget === null ? t.noBudget : t.budget(a.budget)}</dd>
      </dl>
      {a.seminar ? <p>{t.seminar(a.seminar.title)}</p> : null}
      <div className="actions">
        {a.seminar ? null : (
          <AppLink to={seminarFromActivityLink(a)} className="button" label={t.createSeminarNamed(a.title)}>
            {t.createSeminar}
          </AppLink>
        )}
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={editing}
          aria-controls={formId}
          aria-label={editing ? undefined : t.editNamed(a.title)}
          onClick={() => setEditing((v) => !v)}
        >
          {editing ? t.closeEdit : t.edit}
        </button>
        <ConfirmAction
          label={t.remove}
          accessibleLabel={t.removeNamed(a.title)}
          question={t.removeConfirm(a.title)}
          confirmLabel={t.removeYes}
          busy={remove.running}
          onConfirm={() => void remove.run(a.id).then((done) => done && onRemoved(a))}
        />
      </div>
      <ActionError state={remove.state} />
      <div id={formId}>
        {editing ? (
          <ActivityForm
            cycle={cycle}
            view={view}
            activity={a}
            onSaved={(saved) => {
              setEditing(false);
              onSaved(saved);
            }}
          />
        ) : null}
      </div>
    </li>
  );
}
