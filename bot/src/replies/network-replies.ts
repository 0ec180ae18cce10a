// Pure builders of the network messages: outcomes, carousels of networks, approval cards.
import { networkKindLabels, type JoinOutcome, type Membership, type Network } from '@nithet/shared';
import type { messagingApi } from '@line/bot-sdk';
import { netTh } from './network-th';

type Message = messagingApi.Message;
type Bubble = messagingApi.FlexBubble;

/** LINE allows 12 bubbles; the twelfth becomes "see all" when there are more. */
const MAX_BUBBLES = 12;

export function joinOutcomeText(outcome: JoinOutcome, network: Pick<Network, 'name'>): string {
  const by: Record<JoinOutcome, (n: string) => string> = {
    joined: netTh.joined,
    pending: netTh.pending,
    'already-member': netTh.alreadyMember,
    'already-pending': netTh.alreadyPending,
  };
  return by[outcome](network.name);
}

const text = (t: string, extra: Record<string, unknown> = {}): messagingApi.FlexText => ({ type: 'text', text: t, wrap: true, ...extra });

/** The one card shape of network messages: lines of text above a row of buttons. */
function card(
  lines: messagingApi.FlexComponent[],
  buttons: messagingApi.FlexButton[],
  layout: 'vertical' | 'horizontal' = 'vertical',
): Bubble {
  return {
    type: 'bubble',
    size: 'kilo',
    body: { type: 'box', layout: 'vertical', spacing: 'sm', contents: lines },
    footer: { type: 'box', layout, spacing: 'sm', contents: buttons },
  };
}

function networkBubble(network: Network, footer: messagingApi.FlexButton, status?: string): Bubble {
  return card(
    [
      text(network.name, { weight: 'bold', size: 'md' }),
      text(networkKindLabels[network.kind], { size: 'xs', color: '#555555' }),
      ...(status ? [text(status, { size: 'sm', color: '#06803C', weight: 'bold' })] : []),
      ...(network.description ? [text(network.description.slice(0, 200), { size: 'sm', color: '#333333' })] : []),
    ],
    [footer],
  );
}

function seeAllBubble(liffUrl: string): Bubble {
  return card(
    [text(netTh.seeAllBody, { size: 'sm' })],
    [{ type: 'button', style: 'primary', color: '#06803C', action: { type: 'uri', label: netTh.seeAll, uri: `${liffUrl}/networks` } }],
  );
}

function carousel(altText: string, bubbles: Bubble[], liffUrl: string): Message {
  const shown = bubbles.length > MAX_BUBBLES ? [...bubbles.slice(0, MAX_BUBBLES - 1), seeAllBubble(liffUrl)] : bubbles;
  return { type: 'flex', altText, contents: { type: 'carousel', contents: shown } };
}

const statusLabel = (m: Membership) =>
  m.status === 'pending' ? netTh.statusPending : m.role === 'coordinator' ? netTh.statusCoordinator : netTh.statusMember;

export function myNetworksMessage(items: Array<{ network: Network; membership: Membership }>, liffUrl: string): Message {
  if (items.length === 0) return { type: 'text', text: netTh.noNetworks };
  const bubbles = items.map(({ network, membership }) =>
    networkBubble(
      network,
      {
        type: 'button',
        style: 'secondary',
        action: { type: 'postback', label: netTh.leaveButton, data: `action=leave&n=${network.id}`, displayText: netTh.leaveButton },
      },
      statusLabel(membership),
    ),
  );
  return carousel(netTh.myNetworksAlt, bubbles, liffUrl);
}

export function browseMessage(networks: Network[], liffUrl: string): Message {
  if (networks.length === 0) return { type: 'text', text: netTh.nothingToBrowse };
  const bubbles = networks.map((n) =>
    networkBubble(n, {
      type: 'button',
      style: 'primary',
      color: '#06803C',
      action: {
        type: 'postback',
        label: netTh.joinButton,
        data: `action=join&n=${n.id}`,
        displayText: `${netTh.joinButton} ${n.name}`.slice(0, 300),
      },
    }),
  );
  return carousel(netTh.browseAlt, bubbles, liffUrl);
}

/** The card a coordinator gets for a pending request: approve or decline with one tap. */
export function joinRequestCard(input: { membershipId: string; who: string; school: string; network: string }): Message {
  const button = (label: string, decision: 'approve' | 'decline', style: 'primary' | 'secondary'): messagingApi.FlexButton => ({
    type: 'button',
    style,
    ...(style === 'primary' ? { color: '#06803C' } : {}),
    action: { type: 'postback', label, data: `action=${decision}&m=${input.membershipId}`, displayText: label },
  });
  return {
    type: 'flex',
    altText: netTh.requestAlt(input.who, input.network).slice(0, 400),
    contents: card(
      [
        text(netTh.requestTitle, { size: 'xs', color: '#555555' }),
        text(input.who, { weight: 'bold', size: 'md' }),
        text(input.school, { size: 'sm', color: '#333333' }),
        text(input.network, { size: 'sm' }),
      ],
      [button(netTh.approve, 'approve', 'primary'), button(netTh.decline, 'decline', 'secondary')],
      'horizontal',
    ),
  };
}

export function pendingRequestsMessage(cards: Message[]): Message {
  if (cards.length === 0) return { type: 'text', text: netTh.noPendingRequests };
  const bubbles = cards.flatMap((c) => (c.type === 'flex' && c.contents.type === 'bubble' ? [c.contents] : []));
  return { type: 'flex', altText: netTh.requestTitle, contents: { type: 'carousel', contents: bubbles.slice(0, MAX_BUBBLES) } };
}
