// A failed load on a manager's page: "no permission" for a 403, else the usual error with retry.
import { ApiErrorPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { ApiError } from '../../../lib/api-client';

export function ForbiddenPanel() {
  return (
    <div className="panel panel-error" role="alert">
      <h2>{th.forbidden.title}</h2>
      <p>{th.forbidden.body}</p>
    </div>
  );
}

export function QueryError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return error.status === 403 ? <ForbiddenPanel /> : <ApiErrorPanel error={error} onRetry={onRetry} />;
}
