// Add-to-calendar files over real HTTP: only through a signed link, with the seminar's Thai title and UTC times.
import { calendarLink } from '../src/seminars/calendar';
import { startTestStack, SUPERVISOR, TEACHER, TEACHER_2 } from './support/local-stack';
import { api, followAndRegister } from './support/people';
import { runOutbox } from '../src/outbox';
import { signingSecret } from '../src/config';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack.stop();
});

const body = {
  title: 'สัมมนาการจัดการเรียนรู้เชิงรุก',
  startsAt: '2027-01-15T02:00:00.000Z',
  endsAt: '2027-01-15T05:00:00.000Z',
  venue: 'ห้องประชุมสำนักงานเขต',
  audience: { networkIds: ['net-science1'] },
  capacity: 30,
};

describe('When someone opens a seminar’s add-to-calendar link', () => {
  it('then a signed link gives an .ics with the Thai title, UTC times and the venue, and a tampered one gives 404', async () => {
    const created = await api(stack, SUPERVISOR, 'POST', '/api/seminars', body);
    expect(created.status).toBe(201);
    const id = String(created.body.seminar.id);
    const link = calendarLink(stack.botUrl, signingSecret(stack.config), id);

    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('SUMMARY:สัมมนาการจัดการเรียนรู้เชิงรุก');
    expect(ics).toContain('DTSTART:20270115T020000Z');
    expect(ics).toContain('DTEND:20270115T050000Z');
    expect(ics).toContain('LOCATION:ห้องประชุมสำนักงานเขต');
    expect(ics).toContain('STATUS:CONFIRMED');

    expect((await fetch(link.replace(/sig=.{4}/, 'sig=AAAA'))).status).toBe(404);
    expect((await fetch(link.replace(/\?sig=.*$/, ''))).status).toBe(404);
    expect((await fetch(calendarLink(stack.botUrl, signingSecret(stack.config), 'no-such-seminar'))).status).toBe(404);
  });

  it('then the announcement card a member receives carries the signed link', async () => {
    await followAndRegister(stack, TEACHER);
    await api(stack, TEACHER, 'POST', '/api/networks/join', { code: 'SCIENCE1' });
    const created = await api(stack, SUPERVISOR, 'POST', '/api/seminars', {
      ...body,
      startsAt: '2099-01-15T02:00:00.000Z',
      endsAt: '2099-01-15T05:00:00.000Z',
    });
    const id = String(created.body.seminar.id);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`)).status).toBeLessThan(300);
    await runOutbox(stack.deps, { now: () => new Date(Date.now() + 11 * 3600_000) }); // outside quiet hours whatever the time now
    const card = JSON.stringify(stack.platform.messagesTo(TEACHER).at(-1)?.message);
    expect(card).toContain(calendarLink(stack.botUrl, signingSecret(stack.config), id));
  });

  it('then typing "สัมมนา" answers with the cards of announced seminars, and drafts stay hidden', async () => {
    await followAndRegister(stack, TEACHER_2, { firstName: 'อนันต์' });
    await api(stack, TEACHER_2, 'POST', '/api/networks/join', { code: 'SCIENCE1' });
    const draft = await api(stack, SUPERVISOR, 'POST', '/api/seminars', {
      ...body,
      title: 'ร่างยังไม่ประกาศ',
      startsAt: '2099-02-01T02:00:00.000Z',
      endsAt: '2099-02-01T05:00:00.000Z',
    });
    expect(draft.status).toBe(201);
    await stack.platform.sendEvent(TEACHER_2, { type: 'message', text: 'สัมมนา' });
    const reply = stack.platform.messagesTo(TEACHER_2).at(-1)!;
    expect(reply.how).toBe('reply');
    const shown = JSON.stringify(reply.message);
    expect(shown).toContain('carousel');
    expect(shown).toContain('สัมมนาการจัดการเรียนรู้เชิงรุก');
    expect(shown).not.toContain('ร่างยังไม่ประกาศ');
  });

  it('then a cancelled seminar is published as cancelled, so calendars drop it', async () => {
    const created = await api(stack, SUPERVISOR, 'POST', '/api/seminars', body);
    const id = String(created.body.seminar.id);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/cancel`)).status).toBe(200);
    const ics = await (await fetch(calendarLink(stack.botUrl, signingSecret(stack.config), id))).text();
    expect(ics).toContain('STATUS:CANCELLED');
  });
});
