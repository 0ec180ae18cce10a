// Maps stored records to what the API shows: join codes only to those who manage the network.
import type { Membership, Network } from '../domain/network';
import type { NetworkView } from './network-contracts';

export function toNetworkView(n: Network, opts: { manager: boolean }): NetworkView {
  return {
    id: n.id,
    name: n.name,
    description: n.description,
    kind: n.kind,
    level: n.level,
    joinPolicy: n.joinPolicy,
    status: n.status,
    levels: n.levels,
    subjects: n.subjects,
    schoolCodes: n.schoolCodes,
    ...(opts.manager ? { joinCode: n.joinCode } : {}),
  };
}

export const toMembershipView = (m: Membership) => ({ id: m.id, role: m.role, status: m.status, joinedAt: m.joinedAt });
