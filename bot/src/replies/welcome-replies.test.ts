// Every message the bot builds must pass LINE's limits before it is ever sent.
import { validateMessages } from '../line/limits';
import { helpMessages, registerCard, registeredConfirmation, stickerReply, welcomeMessages } from './welcome-replies';

const liffUrl = 'https://liff.line.me/1650000000-AbCdEfGh';

describe('Welcome and help messages', () => {
  it.each([
    ['new, unregistered', welcomeMessages({ areaName: 'สพป.ขอนแก่น เขต 1', liffUrl, isNew: true, registered: false })],
    ['returning, registered', welcomeMessages({ areaName: 'สพป.ขอนแก่น เขต 1', liffUrl, isNew: false, registered: true })],
    ['long office name', welcomeMessages({ areaName: 'ก'.repeat(200), liffUrl, isNew: true, registered: false })],
    ['registration card', [registerCard(liffUrl, true)]],
    ['confirmation', registeredConfirmation('คุณครูสมศรี')],
    ['help', helpMessages(false, true)],
    ['not understood', helpMessages(true, false)],
    ['sticker', stickerReply(false)],
  ])('When building the %s messages, then LINE would accept them', (_name, messages) => {
    expect(messages.length).toBeGreaterThan(0);
    expect(validateMessages(messages)).toEqual([]);
  });

  it('When the registration card is built, then its button opens the LIFF register page', () => {
    expect(JSON.stringify(registerCard(liffUrl, false))).toContain(`"uri":"${liffUrl}/register"`);
  });
});
