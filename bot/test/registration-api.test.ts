// The registration API over real HTTP: LIFF ID tokens verified by LINE Login, zod at the edge, PDPA consent.
import { memberDocId, PRIVACY_NOTICE_VERSION, type RegistrationInput } from '@nithet/shared';
import { startTestStack, TEACHER, TEACHER_2, textsTo } from './support/local-stack';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.platform.sendEvent(TEACHER, { type: 'follow' });
  await stack.platform.sendEvent(TEACHER_2, { type: 'follow' });
});
afterAll(async () => {
  await stack.stop();
});

const valid: RegistrationInput = {
  title: 'นางสาว',
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  schoolCode: '1040010002',
  position: 'teacher',
  subjects: ['คณิตศาสตร์'],
  levels: ['primary'],
  phone: '0812345678',
  consents: { 'network-contact': true, 'publish-photos': false, 'share-with-parent-agency': true },
  noticeVersion: PRIVACY_NOTICE_VERSION,
};

const call = (method: string, path: string, token?: string, body?: unknown) =>
  fetch(`${stack.botUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

describe('When a teacher registers from the LIFF page', () => {
  it('then the profile and per-purpose consents are stored and the bot pushes one confirmation', async () => {
    const token = stack.platform.mintIdToken(TEACHER);
    const res = await call('PUT', '/api/me/registration', token, valid);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { member: { registered: boolean; profile: { schoolCode: string } } };
    expect(body.member.registered).toBe(true);
    expect(body.member.profile.schoolCode).toBe('1040010002');

    const member = await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER));
    expect(member?.consents.map((c) => [c.purpose, c.granted, c.noticeVersion])).toEqual([
      ['network-contact', true, PRIVACY_NOTICE_VERSION],
      ['publish-photos', false, PRIVACY_NOTICE_VERSION],
      ['share-with-parent-agency', true, PRIVACY_NOTICE_VERSION],
    ]);
    const pushes = stack.platform.messagesTo(TEACHER).filter((m) => m.how === 'push');
    expect(pushes).toHaveLength(1);
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ลงทะเบียนเรียบร้อยแล้วค่ะ');
    const retryKeys = stack.platform
      .requests()
      .filter((r) => r.path === '/v2/bot/message/push')
      .map((r) => r.headers['x-line-retry-key']);
    expect(retryKeys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('then submitting again updates the profile without a second push, and only changed consents add a record', async () => {
    const token = stack.platform.mintIdToken(TEACHER);
    const res = await call('PUT', '/api/me/registration', token, {
      ...valid,
      lastName: 'ใจงาม',
      consents: { ...valid.consents, 'publish-photos': true },
    });
    expect(res.status).toBe(200);
    const member = await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER));
    expect(member?.profile?.lastName).toBe('ใจงาม');
    expect(member?.consents).toHaveLength(4);
    expect(member?.consents.at(-1)).toMatchObject({ purpose: 'publish-photos', granted: true });
    expect(stack.platform.messagesTo(TEACHER).filter((m) => m.how === 'push')).toHaveLength(1);
  });

  it('then GET /api/me shows the teacher only their own data', async () => {
    const res = await call('GET', '/api/me', stack.platform.mintIdToken(TEACHER_2));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { member: { id: string; registered: boolean }; area: { name: string } };
    expect(body.member.id).toBe(memberDocId('demo-esa', TEACHER_2));
    expect(body.member.registered).toBe(false);
    expect(body.area.name).toContain('สำนักงานเขตพื้นที่การศึกษา');
  });

  it('then the school directory lists the office schools in Thai order', async () => {
    const res = await call('GET', '/api/schools', stack.platform.mintIdToken(TEACHER));
    const { schools } = (await res.json()) as { schools: Array<{ name: string; code: string }> };
    expect(schools).toHaveLength(12);
    expect(schools.map((s) => s.name)).toEqual([...schools.map((s) => s.name)].sort(new Intl.Collator('th').compare));
    expect(schools[0]!.name).toBe('โรงเรียนชุมชนบ้านท่าพระ');
  });
});

describe('When the registration body is bad', () => {
  it.each([
    ['no first name', { ...valid, firstName: '' }, 'firstName'],
    ['no level', { ...valid, levels: [] }, 'levels'],
    ['a bad phone', { ...valid, phone: '12345' }, 'phone'],
    ['contact consent refused', { ...valid, consents: { ...valid.consents, 'network-contact': false } }, 'consents.network-contact'],
    ['an unknown position', { ...valid, position: 'king' }, 'position'],
  ])('then %s gets 400 naming the field and nothing is stored', async (_name, body, field) => {
    const res = await call('PUT', '/api/me/registration', stack.platform.mintIdToken(TEACHER_2), body);
    expect(res.status).toBe(400);
    const err = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(err.error.code).toBe('validation/invalid-input');
    expect(err.error.message).toMatch(/[ก-๙]/);
    expect(Object.keys(err.error.fields)).toContain(field);
    expect((await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER_2)))?.registeredAt).toBeNull();
  });

  it('then an unknown school gets 400 school/not-found', async () => {
    const res = await call('PUT', '/api/me/registration', stack.platform.mintIdToken(TEACHER_2), { ...valid, schoolCode: '9999999999' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('school/not-found');
  });

  it('then malformed JSON and an oversized body get clear errors', async () => {
    const token = stack.platform.mintIdToken(TEACHER_2);
    expect((await call('PUT', '/api/me/registration', token, '{"title":')).status).toBe(400);
    expect((await call('PUT', '/api/me/registration', token, { ...valid, lastName: 'ก'.repeat(100_000) })).status).toBe(413);
  });
});

describe('When the caller is not who they claim', () => {
  it.each([
    ['no token', () => undefined, 'auth/missing-token'],
    ['a forged token', () => 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJVMSJ9.Zm9yZ2Vk', 'auth/invalid-token'],
    ['an expired token', () => stack.platform.mintIdToken(TEACHER, { expiresInSeconds: -10 }), 'auth/token-expired'],
    ['a token for another channel', () => stack.platform.mintIdToken(TEACHER, { audience: '1999999999' }), 'auth/invalid-token'],
  ])('then %s gets 401 with a Thai message', async (_name, token, code) => {
    const res = await call('GET', '/api/me', token());
    expect(res.status).toBe(401);
    const err = (await res.json()) as { error: { code: string; message: string } };
    expect(err.error.code).toBe(code);
    expect(err.error.message).toMatch(/LINE/);
  });

  it('then the user id always comes from the verified token, never from the body', async () => {
    const res = await call('PUT', '/api/me/registration', stack.platform.mintIdToken(TEACHER_2), {
      ...valid,
      lineUserId: TEACHER,
      id: memberDocId('demo-esa', TEACHER),
    });
    expect(res.status).toBe(200);
    expect((await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER_2)))?.registeredAt).not.toBeNull();
    expect((await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER)))?.profile?.lastName).toBe('ใจงาม');
  });
});

describe('When LIFF asks for its runtime config', () => {
  it('then local mode answers mock mode with the LIFF id, without authentication', async () => {
    const res = await call('GET', '/api/liff-config');
    expect(await res.json()).toMatchObject({ liffId: '1650000000-LocalDev', mock: true });
  });
});
