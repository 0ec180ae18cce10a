// Each person sees the rich menu of their role: teachers on registering, coordinators when appointed.
import { memberDocId } from '@nithet/shared';
import { startTestStack, SUPERVISOR, TEACHER } from './support/local-stack';
import { api, COORDINATOR, followAndRegister } from './support/people';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack(undefined, { richMenus: true });
}, 60_000);
afterAll(async () => {
  await stack.stop();
});

/** The alias of the rich menu LINE shows this person (via the platform's own per-user link). */
async function menuAliasOf(userId: string): Promise<string | null> {
  const linked = stack.platform.requests().filter((r) => r.method === 'POST' && r.path.startsWith(`/v2/bot/user/${userId}/richmenu/`));
  const last = linked.at(-1);
  if (!last) return null;
  const menuId = last.path.split('/').at(-1)!;
  const aliases = await fetch(`${stack.platform.url}/v2/bot/richmenu/alias/list`, {
    headers: { authorization: `Bearer ${stack.config.LINE_CHANNEL_ACCESS_TOKEN}` },
  });
  const { aliases: list } = (await aliases.json()) as { aliases: Array<{ richMenuAliasId: string; richMenuId: string }> };
  return list.find((a) => a.richMenuId === menuId)?.richMenuAliasId ?? null;
}

describe('When people get their roles', () => {
  it('then local mode set up three menus and linked the demo supervisor and coordinator to theirs', async () => {
    expect(await menuAliasOf(SUPERVISOR)).toBe('nithet-supervisor');
    expect(await menuAliasOf(COORDINATOR)).toBe('nithet-coordinator');
  });

  it('then a teacher gets the teacher menu on registering, and the coordinator menu when appointed', async () => {
    await followAndRegister(stack, TEACHER);
    expect(await menuAliasOf(TEACHER)).toBe('nithet-teacher');
    const res = await api(stack, SUPERVISOR, 'POST', '/api/networks/net-science1/coordinators', {
      memberId: memberDocId('demo-esa', TEACHER),
    });
    expect(res.status).toBe(200);
    expect(await menuAliasOf(TEACHER)).toBe('nithet-coordinator');
  });
});
