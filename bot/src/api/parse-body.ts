// zod at the API edge: a body that fails its schema becomes a 400 naming each field.
import type { z } from 'zod';
import { parseOrThrow } from '@nithet/shared';

export const parseBody = <S extends z.ZodType>(schema: S, body: unknown): z.output<S> => parseOrThrow(schema, body, 'Request body');
