// The one place errors become HTTP: AppError → its status and Thai message; anything else → 500.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '@nithet/shared';

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('http/not-found', `No route ${req.method} ${req.path}`));
};

export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  let error: AppError;
  if (err instanceof AppError) error = err;
  else if (isBodyParserError(err) && err.type === 'entity.too.large')
    error = new AppError('http/payload-too-large', 'Request body too large');
  else if (isBodyParserError(err) && err.type === 'entity.parse.failed')
    error = new AppError('validation/invalid-input', 'Request body is not valid JSON');
  else error = new AppError('internal/unexpected', 'Unhandled error', { cause: err });

  const log = req.log;
  if (error.status >= 500) log?.error({ err, code: error.code }, error.message);
  else log?.warn({ code: error.code, fields: error.fields }, error.message);
  if (res.headersSent) return;
  res.status(error.status).json(error.toBody());
};

function isBodyParserError(e: unknown): e is { type: string } {
  return typeof e === 'object' && e !== null && typeof (e as { type?: unknown }).type === 'string';
}
