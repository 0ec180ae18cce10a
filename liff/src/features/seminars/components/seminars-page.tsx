// /liff/seminars (all upcoming for me) and /liff/seminars/:id (one of them, the card's details link), with RSVP.
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getSeminars } from '../api/seminars';
import { SeminarCard } from './seminar-card';

const s = th.seminars;
const nav = [
  { to: '/networks', label: th.nav.networks },
  { to: '/forms', label: th.nav.forms },
  { to: '/me', label: th.nav.myData },
];

export function SeminarsPage() {
  const { areaName, mock } = useRuntime();
  const list = useQuery(getSeminars);
  // Drafts show only on the managers' page; a teacher sees what was announced to them.
  const items = list.status === 'success' ? list.data.seminars.filter((i) => i.seminar.status === 'announced') : [];
  return (
    <PageLayout title={s.title} areaName={areaName} mock={mock}>
      <p className="intro">{s.intro}</p>
      <section aria-labelledby="seminars-heading">
        <h2 id="seminars-heading">{s.title}</h2>
        {list.status === 'loading' ? <LoadingPanel /> : null}
        {list.status === 'error' ? <ApiErrorPanel error={list.error} onRetry={list.retry} /> : null}
        {list.status === 'success' ? (
          <>
            <p className="hint">{items.length ? s.count(items.length) : s.empty}</p>
            <ul className="cards">
              {items.map((i) => (
                <SeminarCard key={i.seminar.id} item={i} detailsLink />
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <AppNav items={nav} />
    </PageLayout>
  );
}

export function SeminarPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const list = useQuery(getSeminars);
  const item = list.status === 'success' ? list.data.seminars.find((i) => i.seminar.id === params.id) : undefined;
  return (
    <PageLayout title={s.oneTitle} areaName={areaName} mock={mock}>
      {list.status === 'loading' ? <LoadingPanel /> : null}
      {list.status === 'error' ? <ApiErrorPanel error={list.error} onRetry={list.retry} /> : null}
      {list.status === 'success' && !item ? <p className="panel">{s.notFound}</p> : null}
      {item ? (
        <ul className="cards">
          <SeminarCard item={item} headingLevel={2} />
        </ul>
      ) : null}
      <AppNav items={[{ to: '/seminars', label: s.toAll }, ...nav]} />
    </PageLayout>
  );
}
