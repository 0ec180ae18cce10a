// "แบบสอบถาม" typed: the forms open for me now, as cards with one button each (a free reply).
import { myOpenRounds, type Member } from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import type { LineEvent } from '../event-types';
import { sendReply } from './send-reply';
import { roundCard } from '../../forms/form-messages';
import { formsTh } from '../../forms/forms-th';
import { cardsCarousel } from '../../replies/seminar-replies';
import { quickReplies } from '../../replies/welcome-replies';

export async function handleMyForms(deps: BotDeps, event: LineEvent, log: Logger, member: Member): Promise<void> {
  const open = (await myOpenRounds(deps, member)).filter((r) => !r.answered);
  if (open.length === 0) {
    await sendReply(deps, event, [{ type: 'text', text: formsTh.noneOpen, quickReply: quickReplies(member.registeredAt !== null) }], log);
    return;
  }
  await sendReply(
    deps,
    event,
    [
      cardsCarousel(
        open.map((r) => roundCard(r.round, deps.config.LIFF_URL)),
        formsTh.openAlt,
      ),
    ],
    log,
  );
}
