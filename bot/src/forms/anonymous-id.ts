// Where an anonymous round keeps a member's response: a keyed hash, so the record names nobody, yet the member can
// reopen and edit their own answer until the round closes.
import { createHmac } from 'node:crypto';
import type { AnonymousResponseId } from '@nithet/shared';

export const anonymousResponseIdWith =
  (secret: string): AnonymousResponseId =>
  (roundId, memberId) =>
    `${roundId}:a-${createHmac('sha256', secret).update(`form-anonymous:${roundId}:${memberId}`).digest('base64url').slice(0, 22)}`;
