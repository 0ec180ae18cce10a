// A card with a small heading, a title, a few lines and one button: the shape of every "open this" message.
import type { messagingApi } from '@line/bot-sdk';

export const BRAND_GREEN = '#06803C';

const text = (t: string, extra: Record<string, unknown> = {}): messagingApi.FlexText => ({ type: 'text', text: t, wrap: true, ...extra });

export function oneButtonCard(card: {
  altText: string;
  heading: string;
  title: string;
  lines: readonly string[];
  /** Small grey print under the lines (e.g. a privacy note). */
  note?: string;
  button: { label: string; uri: string };
}): messagingApi.Message {
  return {
    type: 'flex',
    altText: card.altText.slice(0, 400),
    contents: {
      type: 'bubble',
      body: {
        type: 'box',
        layout: 'vertical',
        spacing: 'md',
        contents: [
          text(card.heading, { size: 'xs', color: BRAND_GREEN, weight: 'bold' }),
          text(card.title, { weight: 'bold', size: 'md' }),
          ...card.lines.map((l) => text(l, { size: 'sm' })),
          ...(card.note ? [text(card.note, { size: 'xs', color: '#555555' })] : []),
        ],
      },
      footer: {
        type: 'box',
        layout: 'vertical',
        contents: [
          {
            type: 'button',
            style: 'primary',
            color: BRAND_GREEN,
            height: 'sm',
            action: { type: 'uri', label: card.button.label, uri: card.button.uri },
          },
        ],
      },
    },
  };
}
