// unfollow (blocked): mark the member unreachable so nothing is pushed to them.
import { recordUnfollow } from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import { oneToOneUser, type LineEvent } from '../event-types';

export async function onUnfollow(deps: BotDeps, event: LineEvent, log: Logger): Promise<void> {
  const userId = oneToOneUser(event);
  if (!userId) return;
  const known = await recordUnfollow(deps, { areaId: deps.config.AREA_ID, lineUserId: userId });
  if (!known) log.info('unfollow from a person the office never recorded');
}
