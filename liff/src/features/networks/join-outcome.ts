// What a join answer means to the person, in Thai.
import type { JoinResponse } from '@nithet/shared';
import { th } from '../../i18n/th';

export function joinOutcomeMessage(outcome: JoinResponse['outcome'], networkName: string): string {
  const o = th.join.outcome;
  switch (outcome) {
    case 'joined':
      return o.joined(networkName);
    case 'pending':
      return o.pending;
    case 'already-member':
      return o['already-member'](networkName);
    case 'already-pending':
      return o['already-pending'];
  }
}
