import { LOGIN_CHANNEL, SUPERVISOR, TEACHER, failure, startHarness, type Harness } from './local-line-platform-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
afterEach(() => h.platform.reset());

const verify = async (idToken: string, clientId = LOGIN_CHANNEL) => {
  const res = await fetch(`${h.platform.url}/oauth2/v2.1/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ id_token: idToken, client_id: clientId }),
  });
  return { status: res.status, body: await res.json() };
};

describe('LINE Login ID tokens', () => {
  it('When a minted token is verified, then LINE Login answers 200 with the person in the payload', async () => {
    const { status, body } = await verify(h.platform.mintIdToken(TEACHER));
    expect(status).toBe(200);
    const iat = Math.floor(h.clock.now.getTime() / 1000);
    expect(body).toEqual({
      iss: 'https://access.line.me',
      sub: TEACHER,
      aud: LOGIN_CHANNEL,
      iat,
      exp: iat + 3600,
      amr: ['linesso'],
      name: 'ครูวิชัย',
      picture: 'https://example.com/p.png',
    });
  });

  it('When the token has expired, then 400 IdToken expired.', async () => {
    const idToken = h.platform.mintIdToken(TEACHER, { expiresInSeconds: 60 });
    h.clock.advance(61_000);
    expect(await verify(idToken)).toEqual({ status: 400, body: { error: 'invalid_request', error_description: 'IdToken expired.' } });
  });

  it('When the client_id is not the token audience, then 400 Invalid IdToken Audience.', async () => {
    expect((await verify(h.platform.mintIdToken(TEACHER), '999')).body.error_description).toBe('Invalid IdToken Audience.');
    expect((await verify(h.platform.mintIdToken(TEACHER, { audience: '999' }))).body.error_description).toBe('Invalid IdToken Audience.');
  });

  it('When the payload is forged or the token is garbage, then 400 Invalid IdToken.', async () => {
    const [head, payload, sig] = h.platform.mintIdToken(TEACHER).split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: SUPERVISOR })).toString('base64url');
    expect((await verify(`${head}.${forged}.${sig}`)).body.error_description).toBe('Invalid IdToken.');
    expect(await verify('garbage')).toEqual({ status: 400, body: { error: 'invalid_request', error_description: 'Invalid IdToken.' } });
  });
});

describe('rich menus', () => {
  const area = {
    bounds: { x: 0, y: 0, width: 1250, height: 843 },
    action: { type: 'postback' as const, data: 'menu=plan', label: 'แผนนิเทศ' },
  };
  const menu = { size: { width: 2500, height: 843 }, selected: true, name: 'เมนูหลัก', chatBarText: 'เมนู', areas: [area] };
  const png = new Blob([Buffer.from('89504e470d0a1a0a0000', 'hex')], { type: 'image/png' });

  it('When a rich menu breaks a limit, then creating it answers 400 naming the property', async () => {
    const bad = await failure(h.client.createRichMenu({ ...menu, chatBarText: 'ก'.repeat(15) }));
    expect(bad.status).toBe(400);
    expect(bad.body.details).toContainEqual({ message: expect.any(String), property: 'chatBarText' });
    expect((await failure(h.client.createRichMenu({ ...menu, size: { width: 2500, height: 2000 } }))).status).toBe(400);
  });

  it('When a menu is created, given an image and linked, then the person has it and it is listed', async () => {
    const { richMenuId } = await h.client.createRichMenu(menu);
    expect(richMenuId).toMatch(/^richmenu-[0-9a-f]{32}$/);
    const early = await failure(h.client.linkRichMenuIdToUser(TEACHER, richMenuId));
    expect(early.status).toBe(400);
    await h.blob.setRichMenuImage(richMenuId, png);
    await h.client.linkRichMenuIdToUser(TEACHER, richMenuId);
    expect(await h.client.getRichMenuIdOfUser(TEACHER)).toEqual({ richMenuId });
    expect((await h.client.getRichMenuList()).richmenus).toMatchObject([{ richMenuId, name: 'เมนูหลัก' }]);
    expect((await failure(h.client.getRichMenuIdOfUser(SUPERVISOR))).status).toBe(404);
    await h.client.setDefaultRichMenu(richMenuId);
    expect(await h.client.getDefaultRichMenuId()).toEqual({ richMenuId });
    const sim = await (await fetch(`${h.platform.url}/__sim/users/${SUPERVISOR}/rich-menu`)).json();
    expect(sim.richMenu).toMatchObject({ richMenuId, chatBarText: 'เมนู' });
  });

  it('When an alias is created, updated and deleted, then the alias list follows', async () => {
    const { richMenuId } = await h.client.createRichMenu(menu);
    await h.blob.setRichMenuImage(richMenuId, png);
    await h.client.createRichMenuAlias({ richMenuAliasId: 'main', richMenuId });
    expect((await failure(h.client.createRichMenuAlias({ richMenuAliasId: 'main', richMenuId }))).status).toBe(400);
    await h.client.updateRichMenuAlias('main', { richMenuId });
    expect((await h.client.getRichMenuAliasList()).aliases).toEqual([{ richMenuAliasId: 'main', richMenuId }]);
    await h.client.deleteRichMenuAlias('main');
    await h.client.deleteRichMenu(richMenuId);
    expect((await h.client.getRichMenuList()).richmenus).toEqual([]);
  });

  it('When the upload is not PNG or JPEG, then LINE refuses it', async () => {
    const { richMenuId } = await h.client.createRichMenu(menu);
    const gif = new Blob([Buffer.from('GIF89a')], { type: 'image/gif' });
    expect((await failure(h.blob.setRichMenuImage(richMenuId, gif))).status).toBe(415);
  });
});

describe('simulator endpoints', () => {
  it('When the page is opened, then the platform serves the Thai simulator at /', async () => {
    const res = await fetch(`${h.platform.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('lang="th"');
    expect((await fetch(`${h.platform.url}/__sim/static/simulator.js`)).status).toBe(200);
  });

  it('When a person sends text through /__sim, then the chat shows it and the bot got the webhook', async () => {
    const res = await fetch(`${h.platform.url}/__sim/users/${TEACHER}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'ลงทะเบียน' }),
    });
    expect((await res.json()).status).toBe(200);
    const chat = await (await fetch(`${h.platform.url}/__sim/chats/${TEACHER}`)).json();
    expect(chat.entries).toMatchObject([{ from: 'user', userId: TEACHER, message: { type: 'text', text: 'ลงทะเบียน' } }]);
  });

  it('When a URI under the LIFF base is opened as a person, then it carries a mock ID token that verifies', async () => {
    const open = (uri: string) =>
      fetch(`${h.platform.url}/__sim/users/${TEACHER}/open-uri`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ uri }),
      }).then((r) => r.json());
    const liff = await open('http://127.0.0.1:3000/liff/visits/9?tab=plan');
    expect(liff.asPerson).toBe(true);
    const url = new URL(liff.url);
    expect(url.pathname).toBe('/liff/visits/9');
    expect(url.searchParams.get('tab')).toBe('plan');
    expect(url.searchParams.get('mockUserId')).toBe(TEACHER);
    expect(url.searchParams.get('mockName')).toBe('ครูวิชัย');
    expect((await verify(url.searchParams.get('mockIdToken')!)).body.sub).toBe(TEACHER);
    expect(await open('https://example.com/liff')).toEqual({ url: 'https://example.com/liff', asPerson: false });
    expect(await open('http://127.0.0.1:3000/liffy')).toMatchObject({ asPerson: false });
  });
});
