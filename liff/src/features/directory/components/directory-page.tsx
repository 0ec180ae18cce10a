// Supervisor page: import and export the office's schools and people (CSV or Excel), with a checked preview first.
import { PageLayout } from '../../../components/page-layout';
import { th } from '../../../i18n/th-staff';
import { useRuntime } from '../../../lib/runtime-context';
import { DirectorySection } from './directory-section';
import '../directory.css';

export function DirectoryPage() {
  const { areaName, mock } = useRuntime();
  return (
    <PageLayout title={th.directory.title} areaName={areaName} mock={mock}>
      <p className="intro">{th.directory.intro}</p>
      <DirectorySection kind="schools" />
      <DirectorySection kind="members" />
    </PageLayout>
  );
}
