// How a membership reads on "my networks": pending / member / coordinator.
import type { MyNetworksResponse } from '@nithet/shared';

type Membership = MyNetworksResponse['networks'][number]['membership'];
export type MyStatus = 'pending' | 'member' | 'coordinator';

export function myStatus(m: Pick<Membership, 'role' | 'status'>): MyStatus {
  if (m.status === 'pending') return 'pending';
  return m.role === 'coordinator' ? 'coordinator' : 'member';
}
