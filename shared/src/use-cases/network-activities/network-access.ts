// Who may see and change a network's log and library: managers record; active members read the library.
import { AppError } from '../../errors';
import { assertCanManageNetwork, canManageNetwork, type Actor } from '../../auth/policy';
import { membershipDocId, type Network } from '../../domain/network';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { FileStore } from '../../ports/file-store';
import type { Repositories } from '../../store/repositories';

export interface NetworkLogDeps {
  repos: Repositories;
  clock: Clock;
  ids: IdGenerator;
  files: FileStore;
}

/** A network of the actor's office (another office's reads as absent). */
export async function networkOfArea(repos: Repositories, actor: Actor, networkId: string): Promise<Network> {
  const network = await repos.networks.get(networkId);
  if (!network || network.areaId !== actor.areaId) throw new AppError('network/not-found', `No network ${networkId}`);
  return network;
}

/** Coordinators of this network and supervisors of its office: they record activities and see evidence. */
export async function managedNetwork(repos: Repositories, actor: Actor, networkId: string): Promise<Network> {
  const network = await networkOfArea(repos, actor, networkId);
  assertCanManageNetwork(actor, network);
  return network;
}

/** Managers, and active members of the network (the library's readers). */
export async function readableNetwork(
  repos: Repositories,
  actor: Actor,
  networkId: string,
): Promise<{ network: Network; manager: boolean }> {
  const network = await networkOfArea(repos, actor, networkId);
  if (canManageNetwork(actor, network)) return { network, manager: true };
  const membership = await repos.memberships.get(membershipDocId(network.id, actor.memberId));
  if (membership?.status !== 'active')
    throw new AppError('auth/forbidden', `Member ${actor.memberId} is not an active member of network ${network.id}`, {
      thai: 'คลังความรู้นี้เปิดให้เฉพาะสมาชิกของเครือข่ายค่ะ',
    });
  return { network, manager: false };
}

/** Storage keys are made from ids only; anything outside [A-Za-z0-9_-] in an id becomes `_`. */
export const keySegment = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) || '_';

export const evidenceKey = (n: Pick<Network, 'areaId' | 'id'>, activityId: string, fileId: string, ext: string): string =>
  `areas/${keySegment(n.areaId)}/networks/${keySegment(n.id)}/activities/${keySegment(activityId)}/${keySegment(fileId)}.${ext}`;

export const libraryKey = (n: Pick<Network, 'areaId' | 'id'>, itemId: string, fileId: string, ext: string): string =>
  `areas/${keySegment(n.areaId)}/networks/${keySegment(n.id)}/library/${keySegment(itemId)}/${keySegment(fileId)}.${ext}`;

/** Best-effort removal after a committed change: a file left behind costs storage, never data. */
export async function deleteFilesQuietly(files: FileStore, keys: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  await Promise.all(
    keys.map(async (k) => {
      try {
        await files.delete(k);
      } catch {
        failed.push(k);
      }
    }),
  );
  return failed;
}
