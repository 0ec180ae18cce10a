// Unknown path under /liff/: say so and point to registration.
import { AppLink } from '../components/app-link';
import { PageLayout } from '../components/page-layout';
import { th } from '../i18n/th';
import { useRuntime } from '../lib/runtime-context';

export function NotFoundPage() {
  const { areaName, mock } = useRuntime();
  return (
    <PageLayout title={th.notFound.title} areaName={areaName} mock={mock}>
      <p>{th.notFound.body}</p>
      <p>
        <AppLink to="/register" className="button">
          {th.notFound.toRegister}
        </AppLink>
      </p>
    </PageLayout>
  );
}
