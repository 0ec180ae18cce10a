// Network messages must pass LINE's limits, including a carousel of more networks than LINE allows.
import type { Membership, Network } from '@nithet/shared';
import { validateMessages } from '../line/limits';
import { browseMessage, joinRequestCard, myNetworksMessage, pendingRequestsMessage } from './network-replies';

const liffUrl = 'https://liff.line.me/1650000000-AbCdEfGh';
const network = (i: number): Network => ({
  id: `net-${i}`,
  areaId: 'esa',
  name: `ชุมชนครูวิทยาศาสตร์ที่มีชื่อยาวมากเพื่อทดสอบความยาวของข้อความในการ์ด ${i}`,
  description: 'ก'.repeat(900),
  kind: 'teacher-community',
  level: 'office',
  joinCode: `CODE${i}`,
  joinPolicy: 'open',
  status: 'active',
  levels: [],
  subjects: [],
  schoolCodes: [],
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
});
const membership = (i: number): Membership => ({
  id: `m${i}`,
  areaId: 'esa',
  networkId: `net-${i}`,
  memberId: 'esa:U1',
  role: i % 2 ? 'coordinator' : 'member',
  status: i % 3 ? 'active' : 'pending',
  joinedAt: null,
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
});

describe('Network messages', () => {
  it.each([0, 1, 12, 40])('When %i networks are shown, then LINE would accept the message and at most 12 bubbles go out', (n) => {
    const nets = Array.from({ length: n }, (_, i) => network(i));
    for (const msg of [
      browseMessage(nets, liffUrl),
      myNetworksMessage(
        nets.map((x, i) => ({ network: x, membership: membership(i) })),
        liffUrl,
      ),
    ]) {
      expect(validateMessages([msg])).toEqual([]);
      if (msg.type === 'flex' && msg.contents.type === 'carousel') {
        expect(msg.contents.contents.length).toBeLessThanOrEqual(12);
        if (n > 12) expect(JSON.stringify(msg.contents.contents.at(-1))).toContain(`${liffUrl}/networks`);
      }
    }
  });

  it('When a coordinator gets join requests, then each card and the list pass LINE limits', () => {
    const cards = Array.from({ length: 15 }, (_, i) =>
      joinRequestCard({ membershipId: `net-${i}:esa:U${i}`, who: 'นางสาวสมศรี ใจดี', school: 'โรงเรียนบ้านหนองบัว', network: network(i).name }),
    );
    expect(validateMessages([cards[0]!])).toEqual([]);
    expect(validateMessages([pendingRequestsMessage(cards)])).toEqual([]);
    expect(JSON.stringify(cards[0])).toContain('action=approve&m=net-0:esa:U0');
  });
});
