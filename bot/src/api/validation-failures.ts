// Counts saves refused by validation (profile saves, form submissions) for the data-quality board's "accurate" word.
import type { ErrorRequestHandler } from 'express';
import { AppError, recordValidationFailure, type ValidationFailureKind } from '@nithet/shared';
import type { BotDeps } from '../deps';

const COUNTED: Array<{ method: string; path: RegExp; kind: ValidationFailureKind }> = [
  { method: 'PUT', path: /^\/api\/me\/registration$/, kind: 'profile' },
  { method: 'POST', path: /^\/api\/form-rounds\/[^/]+\/responses$/, kind: 'form-response' },
];

/** An error handler placed before the central one: records the refusal (field names only) and passes the error on. */
export function recordValidationFailures(deps: BotDeps): ErrorRequestHandler {
  return async (err: unknown, req, _res, next) => {
    const url = req.originalUrl.split('?')[0] ?? '';
    const counted = COUNTED.find((c) => c.method === req.method && c.path.test(url));
    if (
      counted &&
      req.auth &&
      err instanceof AppError &&
      (err.code === 'validation/invalid-input' || err.code === 'form/invalid-answers')
    ) {
      try {
        await recordValidationFailure(deps.repos.store, deps.ids, {
          areaId: req.auth.areaId,
          at: deps.clock.now(),
          kind: counted.kind,
          fields: Object.keys(err.fields ?? {}),
        });
      } catch (e) {
        // The person's answer matters more than the count: log and carry on to the 400.
        req.log?.warn({ err: e }, 'Could not record a validation failure');
      }
    }
    next(err);
  };
}
