// Role rich menus: pure definitions within LINE's limits, generated images, idempotent setup and per-role links.
import { graphemeLength, validateRichMenu } from '../src/line/limits';
import { RICH_MENU_ROLES, menuSpecs, tileBounds, type MenuSpec, type RichMenuRole } from '../src/line/rich-menus/definitions';
import { createRichMenuClients } from '../src/line/rich-menus/from-config';
import { renderMenuImage } from '../src/line/rich-menus/render-image';
import { linkRichMenuForRoles, prepareMenu, setupRichMenus, type PreparedMenu, type RichMenuClients } from '../src/line/rich-menus/setup';
import { startLocalLinePlatform, type LocalLinePlatform } from '../src/local/line-platform';
import { LOCAL_SECRETS } from '../src/local/local-stack';

const LIFF_URL = 'https://liff.line.me/1650000000-LocalDev';
const specs = menuSpecs(LIFF_URL);
const images = Object.fromEntries(RICH_MENU_ROLES.map((r) => [r, renderMenuImage(specs[r])]));
const prepare = (spec: MenuSpec) => prepareMenu(spec, images[spec.role]!);
const menus: PreparedMenu[] = RICH_MENU_ROLES.map((r) => prepare(specs[r]));
const actionsOf = (role: RichMenuRole) => specs[role].tiles.map((t) => t.action);

describe('rich menu definitions', () => {
  it.each(RICH_MENU_ROLES)('When the %s menu is checked against LINE limits, then there is no problem', (role) => {
    const request = menus.find((m) => m.role === role)!.request;
    expect(validateRichMenu(request)).toEqual([]);
    expect(graphemeLength(specs[role].chatBarText)).toBeLessThanOrEqual(14);
    for (const { action } of specs[role].tiles) expect(graphemeLength(action.label ?? '')).toBeLessThanOrEqual(20);
  });

  it('When the six areas are laid out, then they tile 2500×1686 exactly with no overlap', () => {
    const areas = specs.teacher.tiles.map((_, i) => tileBounds(i));
    expect(menus[0]!.request.areas?.map((a) => a.bounds)).toEqual(areas);
    expect(areas.reduce((sum, b) => sum + b.width * b.height, 0)).toBe(2500 * 1686);
    expect(Math.max(...areas.map((b) => b.x + b.width))).toBe(2500);
    expect(Math.max(...areas.map((b) => b.y + b.height))).toBe(1686);
  });

  it('When a teacher taps the menu, then each area sends the agreed command or opens the LIFF page', () => {
    expect(actionsOf('teacher')).toEqual([
      { type: 'uri', label: 'ลงทะเบียน/ข้อมูลของฉัน', uri: `${LIFF_URL}/register` },
      { type: 'message', label: 'เครือข่ายของฉัน', text: 'เครือข่ายของฉัน' },
      { type: 'message', label: 'ค้นหาเครือข่าย', text: 'ค้นหาเครือข่าย' },
      { type: 'message', label: 'เข้าร่วมด้วยรหัส', text: 'เข้าร่วม' },
      { type: 'message', label: 'สัมมนา/กิจกรรม', text: 'สัมมนา' },
      { type: 'message', label: 'ช่วยเหลือ', text: 'ช่วยเหลือ' },
    ]);
  });

  it('When a coordinator or supervisor taps the menu, then they reach requests, management and supervisor pages', () => {
    expect(actionsOf('coordinator')).toContainEqual({ type: 'message', label: 'คำขอเข้าร่วม', text: 'คำขอเข้าร่วม' });
    expect(actionsOf('coordinator')).toContainEqual({ type: 'uri', label: 'จัดการเครือข่าย', uri: `${LIFF_URL}/networks/manage` });
    expect(actionsOf('supervisor').map((a) => (a.type === 'uri' ? a.uri : a.text))).toEqual([
      `${LIFF_URL}/supervisor`,
      `${LIFF_URL}/supervisor/data-quality`,
      `${LIFF_URL}/directory`,
      'คำขอเข้าร่วม',
      `${LIFF_URL}/register`,
      'ช่วยเหลือ',
    ]);
  });
});

describe('rich menu images', () => {
  it.each(RICH_MENU_ROLES)('When the %s image is rendered, then it is a PNG of 2500×1686 under 1 MB, the same every time', (role) => {
    const { bytes, contentType } = images[role]!;
    expect(contentType).toBe('image/png');
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2500, 1686]);
    expect(bytes.length).toBeLessThanOrEqual(1024 * 1024);
    expect(renderMenuImage(specs[role]).bytes.equals(bytes)).toBe(true);
  });
});

describe('setup through the Messaging API (local LINE platform)', () => {
  let platform: LocalLinePlatform;
  let clients: RichMenuClients;
  const relink = { pollMs: 1, attempts: 2 };
  const run = (m = menus) => setupRichMenus(clients, m, { relink });
  const writes = () => platform.requests().filter((r) => r.method !== 'GET');
  const aliasTarget = async (role: RichMenuRole) => (await clients.api.getRichMenuAlias(`nithet-${role}`)).richMenuId;

  beforeAll(async () => {
    const { channelSecret, channelAccessToken, loginChannelId } = LOCAL_SECRETS;
    platform = await startLocalLinePlatform({ channelSecret, channelAccessToken, loginChannelId });
    clients = createRichMenuClients({
      LINE_CHANNEL_ACCESS_TOKEN: channelAccessToken,
      LINE_API_BASE_URL: platform.url,
      LINE_DATA_API_BASE_URL: platform.url,
    });
  });
  afterAll(() => platform.stop());
  afterEach(() => platform.reset());

  it('When setup runs first, then it creates three menus with images and aliases and makes the teacher menu the default', async () => {
    const report = await run();
    expect(report.menus.map((m) => [m.role, m.status])).toEqual(RICH_MENU_ROLES.map((r) => [r, 'created']));
    expect(
      writes()
        .map((r) => `${r.method} ${r.path.replace(/richmenu-[0-9a-f]+/, ':id')}`)
        .sort(),
    ).toEqual(
      [
        ...Array(3).fill('POST /v2/bot/richmenu'),
        ...Array(3).fill('POST /v2/bot/richmenu/:id/content'),
        ...Array(3).fill('POST /v2/bot/richmenu/alias'),
        'POST /v2/bot/user/all/richmenu/:id',
      ].sort(),
    );
    const { aliases } = await clients.api.getRichMenuAliasList();
    expect(aliases.map((a) => a.richMenuAliasId).sort()).toEqual(['nithet-coordinator', 'nithet-supervisor', 'nithet-teacher']);
    expect((await clients.api.getDefaultRichMenuId()).richMenuId).toBe(await aliasTarget('teacher'));
    expect(report.defaultMenu.changed).toBe(true);
  });

  it('When setup runs again with nothing changed, then it only reads', async () => {
    const first = await run();
    const before = platform.requests().length;
    const second = await run();
    expect(
      platform
        .requests()
        .slice(before)
        .filter((r) => r.method !== 'GET'),
    ).toEqual([]);
    expect(second.menus).toEqual(first.menus.map((m) => ({ ...m, status: 'kept' })));
    expect(second).toMatchObject({ defaultMenu: { changed: false }, deleted: [], retained: [] });
  });

  it('When one menu changes (here only its image), then exactly that menu is replaced and its predecessor deleted', async () => {
    const first = await run();
    const changed = structuredClone(specs.coordinator);
    changed.tiles[5]!.caption = 'คำถามที่พบบ่อย';
    const second = await run(menus.map((m) => (m.role === 'coordinator' ? prepareMenu(changed, renderMenuImage(changed)) : m)));
    const oldCoordinator = first.menus.find((m) => m.role === 'coordinator')!.richMenuId;
    expect(second.menus.map((m) => m.status)).toEqual(['kept', 'created', 'kept']);
    expect(second.deleted).toEqual([oldCoordinator]);
    expect(await aliasTarget('coordinator')).toBe(second.menus[1]!.richMenuId);
    expect((await clients.api.getRichMenuList()).richmenus).toHaveLength(3);
  });

  it('When the users of a superseded menu cannot be moved, then it is kept and a later run deletes it', async () => {
    const first = await run();
    platform.injectFault({ method: 'POST', path: '/v2/bot/richmenu/batch', status: 500, times: 1 });
    const changed = menus.map((m) => (m.role === 'teacher' ? prepare({ ...specs.teacher, chatBarText: 'เมนู' }) : m));
    const second = await run(changed);
    expect(second.retained).toEqual([first.menus[0]!.richMenuId]);
    expect((await clients.api.getDefaultRichMenuId()).richMenuId).toBe(second.menus[0]!.richMenuId);
    expect((await run(changed)).deleted).toEqual([first.menus[0]!.richMenuId]);
  });

  it('When LINE fails after a menu was created, then the orphan is deleted and a re-run completes', async () => {
    platform.injectFault({ method: 'POST', path: '/v2/bot/richmenu/alias', status: 500, times: 1 });
    await expect(run()).rejects.toMatchObject({ status: 500 });
    expect((await clients.api.getRichMenuList()).richmenus).toHaveLength(0);
    expect((await run()).menus.every((m) => m.status === 'created')).toBe(true);
  });

  it.each([
    [[], 'teacher'],
    [['teacher'], 'teacher'],
    [['teacher', 'coordinator'], 'coordinator'],
    [['coordinator', 'supervisor'], 'supervisor'],
    [['admin'], 'supervisor'],
  ] as const)('When a person with roles %j is linked, then they get the %s menu', async (roles, role) => {
    await run();
    const userId = 'U00000000000000000000000000007001';
    const result = await linkRichMenuForRoles(clients.api, userId, roles);
    const richMenuId = await aliasTarget(role);
    expect(result).toEqual({ ok: true, role, richMenuId });
    expect((await clients.api.getRichMenuIdOfUser(userId)).richMenuId).toBe(richMenuId);
  });

  it('When the menus are not set up, then linking reports the failure instead of throwing', async () => {
    const warn = jest.fn();
    const logger = { warn } as unknown as import('../src/logger').Logger;
    const result = await linkRichMenuForRoles(clients.api, 'U00000000000000000000000000005001', ['supervisor'], { logger });
    expect(result).toMatchObject({ ok: false, role: 'supervisor' });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
