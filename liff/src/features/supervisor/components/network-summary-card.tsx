// One network in the overview: counts, members by school and level, join link, and edit / archive / members.
import { useState } from 'react';
import {
  educationLevelLabels,
  networkKindLabels,
  networkLevelLabels,
  networkStatusLabels,
  type NetworksOverviewResponse,
  type NetworkView,
} from '@nithet/shared';
import { AppLink } from '../../../components/app-link';
import { ConfirmAction } from '../../../components/confirm-action';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { archiveNetwork } from '../api/save-network';
import { BarList } from './bar-list';
import { JoinLinkBox } from './join-link-box';
import { NetworkForm } from './network-form';

type Summary = NetworksOverviewResponse['networks'][number];
const t = th.supervisor;

export function NetworkSummaryCard({ summary, onChanged }: { summary: Summary; onChanged: (n: NetworkView, message: string) => void }) {
  const { network } = summary;
  const [editing, setEditing] = useState(false);
  const archive = useAction(archiveNetwork);
  const active = network.status === 'active';
  const headingId = `network-${network.id}`;

  return (
    <li className="card">
      <h3 id={headingId}>{network.name}</h3>
      <p className="card-meta">
        {networkKindLabels[network.kind]} · {networkLevelLabels[network.level]}
        {active ? null : <span className="tag tag-off"> {networkStatusLabels[network.status]}</span>}
      </p>
      <p className="counts">{t.counts(summary.active, summary.pending)}</p>
      {summary.bySchool.length + summary.byLevel.length === 0 ? (
        <p className="hint">{t.noMembers}</p>
      ) : (
        <>
          <BarList
            title={t.bySchool}
            bars={summary.bySchool.map((s) => ({ key: s.schoolCode, label: s.schoolName || s.schoolCode, count: s.count }))}
          />
          <BarList
            title={t.byLevel}
            bars={summary.byLevel.map((l) => ({ key: l.level, label: educationLevelLabels[l.level], count: l.count }))}
          />
        </>
      )}
      {active && network.joinCode ? <JoinLinkBox code={network.joinCode} networkId={network.id} networkName={network.name} /> : null}

      <ActionError state={archive.state} />
      <div className="actions">
        <AppLink to={`/supervisor/networks/${encodeURIComponent(network.id)}`} className="button" label={t.membersNamed(network.name)}>
          {t.members}
        </AppLink>
        {active ? (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={editing}
            aria-controls={`${headingId}-edit`}
            aria-label={editing ? undefined : t.editNamed(network.name)}
            onClick={() => setEditing((v) => !v)}
          >
            {editing ? t.closeEdit : t.edit}
          </button>
        ) : null}
        {active ? (
          <ConfirmAction
            label={t.archive}
            accessibleLabel={t.archiveNamed(network.name)}
            question={t.archiveConfirm(network.name)}
            confirmLabel={t.archiveYes}
            busy={archive.running}
            onConfirm={() => void archive.run(network.id).then((r) => r && onChanged(r.data, t.archived(network.name)))}
          />
        ) : null}
      </div>
      <div id={`${headingId}-edit`}>
        {editing ? (
          <NetworkForm
            network={network}
            onSaved={(saved) => {
              setEditing(false);
              onChanged(saved, th.networkForm.updated(saved.name));
            }}
          />
        ) : null}
      </div>
    </li>
  );
}
