// follow: create the Member once (or reactivate), then welcome them with the registration button.
import { recordFollow } from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import { welcomeMessages } from '../../replies/welcome-replies';
import { oneToOneUser, type LineEvent } from '../event-types';
import { sendReply } from './send-reply';

export async function onFollow(deps: BotDeps, event: LineEvent, log: Logger): Promise<void> {
  const userId = oneToOneUser(event);
  if (!userId) return;
  // The profile only seeds the display name; a LINE hiccup must not stop the welcome.
  const profile = await deps.messenger.getProfile(userId).catch((err: unknown) => {
    log.warn({ err }, 'profile lookup failed');
    return null;
  });
  const { member, isNew } = await recordFollow(deps, {
    areaId: deps.config.AREA_ID,
    lineUserId: userId,
    displayName: profile?.displayName ?? '',
    ...(profile?.pictureUrl ? { pictureUrl: profile.pictureUrl } : {}),
  });
  const area = await deps.repos.areas.get(deps.config.AREA_ID);
  const messages = welcomeMessages({
    areaName: area?.name ?? deps.config.AREA_NAME,
    liffUrl: deps.config.LIFF_URL,
    isNew,
    registered: member.registeredAt !== null,
  });
  await sendReply(deps, event, messages, log);
}
