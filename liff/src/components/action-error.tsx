// The Thai error of a failed button action, announced at once (role=alert), right where the person tapped.
import type { ActionState } from '../lib/use-action';

export function ActionError({ state }: { state: ActionState<unknown> }) {
  if (state.status !== 'error') return null;
  return (
    <p className="field-error" role="alert">
      {state.error.thaiMessage}
    </p>
  );
}
