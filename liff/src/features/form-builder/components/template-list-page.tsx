// /liff/supervisor/form-templates (lazy): the office's forms (title, version) with เปิดแก้ไข and ทำสำเนา; a copy
// made here joins the list at once and takes the focus.
import { useEffect, useRef, useState } from 'react';
import { AppLink } from '../../../components/app-link';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { QueryError } from '../../supervisor/components/query-error';
import { listFormTemplates, type TemplateSummary } from '../api/list-form-templates';
import { CloneTemplateForm } from './clone-template-form';

const t = th.formBuilder;
export const builderRoute = (templateId: string) => `/supervisor/form-templates/${encodeURIComponent(templateId)}`;

export function FormTemplatesPage() {
  const { areaName, mock } = useRuntime();
  const templates = useQuery(listFormTemplates);
  const [made, setMade] = useState<TemplateSummary[]>([]);
  const [notice, setNotice] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);

  let body;
  if (templates.status === 'loading') body = <LoadingPanel />;
  else if (templates.status === 'error') body = <QueryError error={templates.error} onRetry={templates.retry} />;
  else {
    const fetched = new Set(templates.data.map((x) => x.templateId));
    const all = [...made.filter((x) => !fetched.has(x.templateId)), ...templates.data];
    body =
      all.length === 0 ? (
        <p className="hint">{t.empty}</p>
      ) : (
        <ul className="cards">
          {all.map((item) => (
            <TemplateCard
              key={item.templateId}
              item={item}
              focus={focusId === item.templateId}
              onCloned={(copy) => {
                setMade((m) => [copy, ...m]);
                setNotice(t.cloned(copy.title));
                setFocusId(copy.templateId);
              }}
            />
          ))}
        </ul>
      );
  }

  return (
    <PageLayout title={t.listTitle} areaName={areaName} mock={mock}>
      <p className="intro">{t.listIntro}</p>
      <p className="status-notice" role="status">
        {notice}
      </p>
      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t.listHeading}</h2>
        {body}
      </section>
      <AppNav
        items={[
          { to: '/supervisor/forms', label: th.formRounds.title },
          { to: '/supervisor', label: th.supervisor.toOverview },
        ]}
      />
    </PageLayout>
  );
}

interface TemplateCardProps {
  item: TemplateSummary;
  /** Just made here: its link takes the focus (the form that made it is gone). */
  focus: boolean;
  onCloned: (copy: TemplateSummary) => void;
}

function TemplateCard({ item, focus, onCloned }: TemplateCardProps) {
  const [cloning, setCloning] = useState(false);
  const openRef = useRef<HTMLSpanElement>(null);
  const formId = `clone-${item.templateId}`;
  useEffect(() => {
    if (focus) openRef.current?.querySelector('a')?.focus();
  }, [focus]);
  return (
    <li className="card">
      <h3>{item.title}</h3>
      <p className="card-meta">{t.version(item.version)}</p>
      <div className="actions">
        <span ref={openRef}>
          <AppLink to={builderRoute(item.templateId)} className="button" label={t.openNamed(item.title)}>
            {t.open}
          </AppLink>
        </span>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={cloning}
          aria-controls={formId}
          aria-label={cloning ? t.cancelClone : t.cloneNamed(item.title)}
          onClick={() => setCloning((v) => !v)}
        >
          {cloning ? t.cancelClone : t.clone}
        </button>
      </div>
      <div id={formId}>
        {cloning ? (
          <CloneTemplateForm
            source={item}
            onCloned={(copy) => {
              setCloning(false);
              onCloned(copy);
            }}
          />
        ) : null}
      </div>
    </li>
  );
}
