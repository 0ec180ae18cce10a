// Thai text under a form field (the server's own message, else the field's text for the zod issue code) and server paths to fields.

/** What react-hook-form gives for a field's error. */
export interface ErrorLike {
  type?: unknown;
  message?: unknown;
}

export function fieldMessageFrom<F extends string>(byField: Record<F, (code: string) => string>) {
  return (field: F, error: ErrorLike | undefined): string | undefined => {
    if (!error) return undefined;
    if (error.type === 'server' && typeof error.message === 'string' && error.message) return error.message;
    return byField[field](typeof error.type === 'string' ? error.type : '');
  };
}

/** A server field path ("subjects.3") as the form field it belongs to, or null when the form has none. */
export function fieldOfPathFrom<F extends string>(byField: Record<F, unknown>) {
  return (path: string): F | null => {
    const head = path.split('.')[0] ?? '';
    return head in byField ? (head as F) : null;
  };
}
