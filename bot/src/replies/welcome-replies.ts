// Pure builders of the welcome, registration and help messages (checked against LINE's limits in tests).
import { privacyNoticeTh } from '@nithet/shared';
import type { messagingApi } from '@line/bot-sdk';
import { th } from './th';

type Message = messagingApi.Message;
type QuickReply = messagingApi.QuickReply;

export const registerUrl = (liffUrl: string): string => `${liffUrl.replace(/\/$/, '')}/register`;

const quick = (text: string): messagingApi.QuickReplyItem => ({ type: 'action', action: { type: 'message', label: text, text } });

/** The next likely steps: register first; once registered, networks. */
export function quickReplies(registered: boolean): QuickReply {
  return {
    items: registered
      ? [quick(th.quickMyNetworks), quick(th.quickBrowse), quick(th.quickProfile), quick(th.quickHelp)]
      : [quick(th.quickRegister), quick(th.quickHelp)],
  };
}

/** A Flex card with the short privacy notice and one button that opens the registration page. */
export function registerCard(liffUrl: string, registered: boolean): Message {
  return {
    type: 'flex',
    altText: th.registerCardAlt,
    contents: {
      type: 'bubble',
      size: 'mega',
      body: {
        type: 'box',
        layout: 'vertical',
        spacing: 'md',
        contents: [
          { type: 'text', text: th.registerCardTitle, weight: 'bold', size: 'lg', wrap: true },
          { type: 'text', text: th.privacyHeading, weight: 'bold', size: 'sm', color: '#555555', wrap: true },
          { type: 'text', text: privacyNoticeTh.short, size: 'sm', wrap: true, color: '#333333' },
          { type: 'text', text: privacyNoticeTh.versionLabel, size: 'xs', color: '#767676' },
        ],
      },
      footer: {
        type: 'box',
        layout: 'vertical',
        contents: [
          {
            type: 'button',
            style: 'primary',
            color: '#06803C',
            action: { type: 'uri', label: registered ? th.editProfileButton : th.registerButton, uri: registerUrl(liffUrl) },
          },
        ],
      },
    },
  };
}

export function welcomeMessages(input: { areaName: string; liffUrl: string; isNew: boolean; registered: boolean }): Message[] {
  const greeting: Message = { type: 'text', text: input.isNew ? th.welcomeNew(input.areaName) : th.welcomeBack };
  if (input.registered) return [{ ...greeting, quickReply: quickReplies(true) }];
  return [greeting, { ...registerCard(input.liffUrl, false), quickReply: quickReplies(false) }];
}

export function registeredConfirmation(name: string): Message[] {
  return [{ type: 'text', text: th.registeredConfirm(name), quickReply: quickReplies(true) }];
}

export function helpMessages(registered: boolean, understood: boolean): Message[] {
  return [{ type: 'text', text: understood ? th.helpText : th.notUnderstood, quickReply: quickReplies(registered) }];
}

export function stickerReply(registered: boolean): Message[] {
  return [{ type: 'text', text: th.stickerThanks, quickReply: quickReplies(registered) }];
}
