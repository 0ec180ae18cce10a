// After the RSVP, over real HTTP: tickets, check-in by QR and by typed code (forgery, expiry, replay, offline
// batches synced twice), the attendance sheet, the evaluation that releases the certificate, and its public links.
import { randomUUID } from 'node:crypto';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { checkInCode, signTicket } from '../src/seminars/check-in-token';
import { startTestStack, SUPERVISOR, textsTo } from './support/local-stack';
import { api } from './support/people';
import { addMembers, lineId } from './support/outbox-members';
import { createSeminarAs, networkOf } from './support/seminar-fixtures';
import { readXlsx } from './support/directory-files';
import { readPdfs } from './support/pdf-reader';
import { signingSecret } from '../src/config';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const HOUR = 3600_000;
const ratings = { content: 5, speakers: 4, classroom: 5, arrangements: 3, overall: 4 };

/** A seminar starting in an hour (check-in is open), announced, with the given people going. */
async function seminarWithGoing(going: number, over: Record<string, unknown> = {}): Promise<{ id: string; people: string[] }> {
  const members = await addMembers(stack, 0, going + 1);
  await networkOf(stack, members);
  const id = await createSeminarAs(stack, {
    startsAt: new Date(Date.now() + HOUR).toISOString(),
    endsAt: new Date(Date.now() + 4 * HOUR).toISOString(),
    capacity: null,
    ...over,
  });
  expect((await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`)).status).toBe(200);
  const people = Array.from({ length: going }, (_, i) => lineId(i));
  for (const u of people)
    expect((await api(stack, u, 'POST', `/api/seminars/${id}/rsvp`, { status: 'going' })).body.rsvp.status).toBe('going');
  return { id, people };
}

const scan = (value: string, scannedAt = new Date().toISOString()) => ({ clientScanId: randomUUID(), value, scannedAt });
const checkIn = (id: string, scans: ReturnType<typeof scan>[], as = SUPERVISOR) =>
  api(stack, as, 'POST', `/api/seminars/${id}/check-ins`, { scans });
const ticketOf = async (id: string, userId: string) => (await api(stack, userId, 'GET', `/api/seminars/${id}/ticket`)).body;

beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.stop();
});

describe('When an attendee opens their ticket', () => {
  it('then a person going gets a signed QR (SVG) and an 8-character code; someone not going is told in Thai', async () => {
    const { id, people } = await seminarWithGoing(1);
    const ticket = await ticketOf(id, people[0]!);
    expect(ticket.token).toMatch(/^NTC1\./);
    // Anyone may read a QR: it holds the seminar, the check-in code and the expiry, never the LINE user id.
    const payload = Buffer.from(String(ticket.token).split('.')[1]!, 'base64url').toString();
    expect(payload).not.toContain(people[0]!);
    expect(payload).toContain(ticket.code);
    expect(ticket.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(ticket.qrSvg).toContain('<svg');
    expect(Date.parse(ticket.validUntil)).toBe(Date.parse(ticket.seminar.endsAt) + 2 * HOUR);

    const other = await api(stack, lineId(1), 'GET', `/api/seminars/${id}/ticket`);
    expect(other.status).toBe(409);
    expect(other.body.error.message).toContain('ลงทะเบียนเข้าร่วมแล้ว');
  });
});

describe('When an attendee types บัตรเข้างาน in the chat', () => {
  it('then the free reply holds the QR as an image LINE keeps (HTTPS) and the code; without HTTPS, a link to the ticket page', async () => {
    const { id, people } = await seminarWithGoing(1);
    const say = (userId: string) => stack.platform.sendEvent(userId, { type: 'message', text: 'บัตรเข้างาน' });
    await say(people[0]!);
    const code = String((await ticketOf(id, people[0]!)).code);
    const local = textsTo(stack, people[0]!).at(-1)!;
    expect(local).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);
    expect(local).toContain(`/seminars/${id}/ticket`);

    stack.deps.config.PUBLIC_BASE_URL = 'https://nithet.example.org';
    await say(people[0]!);
    const [text, image] = stack.platform
      .messagesTo(people[0]!)
      .slice(-2)
      .map((m) => m.message);
    expect(String(text!.text)).toContain('เปิดดูได้แม้ไม่มีสัญญาณ');
    expect(image).toMatchObject({ type: 'image' });
    const path = String(image!.originalContentUrl).replace('https://nithet.example.org', '');
    const png = await fetch(`${stack.botUrl}${path}`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const img = await loadImage(Buffer.from(await png.arrayBuffer()));
    const canvas = createCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, img.width, img.height);
    const token = decodeURIComponent(path.replace(/^\/tickets\//, '').replace(/\.png$/, ''));
    expect(jsQR(new Uint8ClampedArray(pixels.data), img.width, img.height)?.data).toBe(token);
    const forged = await fetch(`${stack.botUrl}/tickets/${token.slice(0, -4)}AAAA.png`);
    expect(forged.status).toBe(404);

    await say(lineId(1)); // a member who is not going
    expect(textsTo(stack, lineId(1)).at(-1)).toContain('ยังไม่มีบัตรเข้างาน');
  });
});

describe('When the supervisor scans tickets', () => {
  it('then a valid QR checks in once, a replay says "already", and forged, expired and other-seminar tokens check in nobody', async () => {
    const { id, people } = await seminarWithGoing(2);
    const other = await createSeminarAs(stack);
    const ticket = await ticketOf(id, people[0]!);
    const secret = signingSecret(stack.deps.config);
    const memberId = `demo-esa:${people[1]}`;
    const [head, payload, sig] = String(ticket.token).split('.');
    const forgedPayload = Buffer.from(`${id}\n${checkInCode(secret, id, memberId)}\n9999999999`).toString('base64url');

    const res = await checkIn(id, [
      scan(ticket.token),
      scan(ticket.token),
      scan(`${head}.${forgedPayload}.${sig}`),
      scan(`${head}.${payload}.${'A'.repeat(22)}`),
      scan(signTicket('x'.repeat(32), id, memberId, new Date(Date.now() + HOUR))),
      scan(signTicket(secret, id, memberId, new Date(Date.now() - 1000))),
      scan(signTicket(secret, other, memberId, new Date(Date.now() + HOUR))),
      scan('not a ticket at all'),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { outcome: string }) => r.outcome)).toEqual([
      'checked-in',
      'already-checked-in',
      'invalid',
      'invalid',
      'invalid',
      'expired',
      'wrong-seminar',
      'unknown-code',
    ]);
    expect(res.body.results[0].name).toBe('ครู 0');
    expect(res.body.results[2].message).toContain('ไม่ถูกต้อง');
    expect(res.body).toMatchObject({ checkedIn: 1, going: 2 });
  });

  it('then a typed code works in any case and with dashes, and an offline batch synced twice checks each person in once', async () => {
    const { id, people } = await seminarWithGoing(3);
    const codes = await Promise.all(people.map(async (u) => String((await ticketOf(id, u)).code)));
    const typed = `${codes[0]!.slice(0, 4).toLowerCase()}-${codes[0]!.slice(4)}`;
    expect((await checkIn(id, [scan(typed)])).body.results[0]).toMatchObject({ outcome: 'checked-in', name: 'ครู 0' });

    // Scanned in a hall without signal ten minutes ago, synced now, then synced again after a lost answer.
    const earlier = new Date(Date.now() - 10 * 60_000).toISOString();
    const batch = [scan(codes[1]!, earlier), scan(codes[2]!, earlier), scan(codes[1]!, earlier)];
    const first = await checkIn(id, batch);
    const again = await checkIn(id, batch);
    expect(first.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['checked-in', 'checked-in', 'already-checked-in']);
    expect(again.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(Array(3).fill('already-checked-in'));
    expect(again.body).toMatchObject({ checkedIn: 3, going: 3 });
    expect(first.body.results[0].checkedInAt).toBe(earlier); // the time of the scan, not of the sync
  });

  it('then scans outside the check-in window, by people not going, or from a teacher are refused', async () => {
    const { id, people } = await seminarWithGoing(1);
    const ticket = await ticketOf(id, people[0]!);
    const yesterday = new Date(Date.now() - 24 * HOUR).toISOString();
    expect((await checkIn(id, [scan(ticket.token, yesterday)])).body.results[0].outcome).toBe('outside-window');
    expect((await api(stack, people[0]!, 'POST', `/api/seminars/${id}/rsvp`, { status: 'not-going' })).status).toBe(200);
    expect((await checkIn(id, [scan(ticket.token)])).body.results[0].outcome).toBe('not-going');

    const asTeacher = await checkIn(id, [scan(ticket.token)], people[0]);
    expect(asTeacher.status).toBe(403);
    const malformed = await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/check-ins`, { scans: [{ value: 'x' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/[ก-๙]/);
  });
});

describe('When attendees evaluate the seminar', () => {
  it('then the certificate is released only after check-in and the evaluation, numbered once, with a PDF and a public check', async () => {
    const { id, people } = await seminarWithGoing(2);
    const [a, b] = people as [string, string];
    const before = await api(stack, a, 'PUT', `/api/seminars/${id}/evaluation`, { ratings, comment: '' });
    expect(before.status).toBe(409);
    expect(before.body.error.message).toContain('ยังไม่ได้เช็กอิน');

    const codes = await Promise.all([a, b].map(async (u) => String((await ticketOf(id, u)).code)));
    await checkIn(
      id,
      codes.map((c) => scan(c)),
    );
    const open = await api(stack, a, 'GET', `/api/seminars/${id}/evaluation`);
    expect(open.body).toMatchObject({ blockedReason: null, certificate: null, answer: null });
    expect(open.body.items).toHaveLength(5);

    const bad = await api(stack, a, 'PUT', `/api/seminars/${id}/evaluation`, { ratings: { ...ratings, overall: 6 }, comment: '' });
    expect(bad.status).toBe(400);
    expect(Object.values(bad.body.error.fields ?? {}).join(' ')).toMatch(/1–5/);
    expect((await api(stack, a, 'GET', `/api/seminars/${id}/evaluation`)).body.answer).toBeNull();

    const year = new Date().getFullYear() + 543;
    const first = await api(stack, a, 'PUT', `/api/seminars/${id}/evaluation`, { ratings, comment: 'ได้ความรู้มาก' });
    expect(first.body.certificate.number).toMatch(new RegExp(`^ที่ 0001/(${year}|${year + 1})$`));
    const second = await api(stack, b, 'PUT', `/api/seminars/${id}/evaluation`, { ratings, comment: '' });
    expect(second.body.certificate.number).toMatch(/^ที่ 0002\//);
    const edited = await api(stack, a, 'PUT', `/api/seminars/${id}/evaluation`, { ratings: { ...ratings, overall: 5 }, comment: '' });
    expect(edited.body.certificate.number).toBe(first.body.certificate.number);
    expect(edited.body.answer.ratings.overall).toBe(5);

    // The office names its signer once; the PDF reads as a viewer shows it, and its QR opens the public check.
    const signer = await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { certificateSignerName: 'นายสมชาย รักการศึกษา' });
    expect(signer.body).toMatchObject({ certificateSignerName: 'นายสมชาย รักการศึกษา', certificateSignerTitle: null });
    const pdf = await fetch(first.body.certificate.pdfUrl);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const [page] = await readPdfs([Buffer.from(await pdf.arrayBuffer())]);
    const text = page!.text.replace(/\s+/g, '');
    const expected = [
      'ครู 0',
      'สัมมนาการจัดการเรียนรู้เชิงรุก',
      first.body.certificate.number,
      'นายสมชาย รักการศึกษา',
      'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
    ];
    for (const words of expected) expect(text).toContain(words.replace(/\s+/g, ''));
    expect(page!.qr).toBe(first.body.certificate.verifyUrl);
    const verify = await fetch(first.body.certificate.verifyUrl);
    const html = await verify.text();
    expect(html).toContain('ครู 0');
    expect(html).toContain(first.body.certificate.number);
    // Typing เกียรติบัตร in the chat answers (a free reply) with the number and the link.
    await stack.platform.sendEvent(a, { type: 'message', text: 'เกียรติบัตร' });
    expect(textsTo(stack, a).at(-1)).toContain(first.body.certificate.number);
    expect(textsTo(stack, a).at(-1)).toContain(first.body.certificate.pdfUrl);

    const unknown = await fetch(`${stack.botUrl}/verify/${'Z'.repeat(22)}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('ไม่พบเกียรติบัตร');
  });

  it('then a seminar without an evaluation releases the certificate at check-in, and 20 at once get 20 distinct numbers', async () => {
    const { id, people } = await seminarWithGoing(20, { requireEvaluation: false });
    const codes = await Promise.all(people.map(async (u) => String((await ticketOf(id, u)).code)));
    await checkIn(
      id,
      codes.map((c) => scan(c)),
    );
    const answers = await Promise.all(people.map((u) => api(stack, u, 'GET', `/api/seminars/${id}/evaluation`)));
    const numbers = answers.map((r) => String(r.body.certificate.number));
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.map((n) => Number(/ที่ (\d{4})\//.exec(n)![1])).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });
});

describe('When the supervisor looks at attendance', () => {
  it('then totals, evaluation means and the XLSX sheet agree with what happened', async () => {
    const { id, people } = await seminarWithGoing(3);
    const codes = await Promise.all(people.slice(0, 2).map(async (u) => String((await ticketOf(id, u)).code)));
    await checkIn(
      id,
      codes.map((c) => scan(c)),
    );
    await api(stack, people[0]!, 'PUT', `/api/seminars/${id}/evaluation`, { ratings, comment: '' });
    await api(stack, people[1]!, 'PUT', `/api/seminars/${id}/evaluation`, { ratings: { ...ratings, content: 3 }, comment: '' });

    const sheet = await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/attendance`);
    expect(sheet.body.totals).toEqual({ going: 3, waitlisted: 0, checkedIn: 2, evaluated: 2, certificates: 2 });
    expect(sheet.body.evaluationAverages).toMatchObject({ content: 4, speakers: 4, arrangements: 3 });
    expect((await api(stack, people[2]!, 'GET', `/api/seminars/${id}/attendance`)).status).toBe(403);

    const res = await fetch(`${stack.botUrl}/api/seminars/${id}/attendance?format=xlsx`, {
      headers: { authorization: `Bearer ${stack.platform.mintIdToken(SUPERVISOR)}` },
    });
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const rows = await readXlsx(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]).toEqual(['ลำดับ', 'ชื่อ-สกุล', 'โรงเรียน/หน่วยงาน', 'การตอบรับ', 'เวลาเช็กอิน', 'วิธีเช็กอิน', 'ตอบแบบประเมิน', 'เลขที่เกียรติบัตร']);
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r[5] === 'พิมพ์รหัส')).toHaveLength(2);
    expect(rows.filter((r) => /^ที่ \d{4}\/25\d\d$/.test(r[7] ?? ''))).toHaveLength(2);
  });
});
