// `npm run staff -- list | grant | revoke`: the IT person appoints the office's supervisors and admins at the server
// (new members are always teachers), on the configured store; audited, and the person's LINE menu follows. EXIT below.
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import {
  changeStaffRole,
  createRepositories,
  isAppError,
  isOfficeStaff,
  matchingMembers,
  memberDocId,
  staffRoles,
  systemClock,
  toStaffPeople,
  allOfficeMembers,
  type Member,
  type Repositories,
  type StaffRole,
} from '@nithet/shared';
import { storeSettings } from '../backup/backup-cli';
import { openStore } from '../services';
import { createRichMenuClients } from '../line/rich-menus/clients';
import { linkRichMenuForRoles } from '../line/rich-menus/link';
import { STAFF_TEXT } from './staff-th';

/** 3 = nobody (or more than one person) matches; 4 = refused by a rule (last supervisor, not registered). */
export const EXIT = { ok: 0, failed: 1, usage: 2, notFound: 3, refused: 4 } as const;

type Flags = Record<string, string | boolean | undefined>;
const say = (text: string): void => void process.stdout.write(`${text}\n`);
const complain = (text: string): void => void process.stderr.write(`${text}\n`);

function parse(argv: string[]): { flags: Flags; args: string[] } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      store: { type: 'string' },
      'data-dir': { type: 'string' },
      project: { type: 'string' },
      database: { type: 'string' },
      area: { type: 'string' },
      staff: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  return { flags: values as Flags, args: positionals };
}

async function printPeople(repos: Repositories, members: readonly Member[]): Promise<void> {
  for (const p of await toStaffPeople(repos, members, null)) say(`  ${STAFF_TEXT.person(p.name, p.schoolName, p.roles, p.memberId)}`);
}

/** The registered member named by id (office:U…), LINE user id (U…), or part of their name. */
async function findOne(repos: Repositories, areaId: string, who: string): Promise<Member | number> {
  const id = /^U[0-9a-f]{32}$/.test(who) ? memberDocId(areaId, who) : who;
  const byId = await repos.members.get(id);
  if (byId && byId.areaId === areaId) return byId;
  const found = matchingMembers(await allOfficeMembers(repos, areaId), who);
  if (found.length !== 1) {
    complain(found.length ? STAFF_TEXT.ambiguous(who, found.length) : STAFF_TEXT.notFound(who));
    await printPeople(repos, found.slice(0, 20));
    return EXIT.notFound;
  }
  return found[0]!;
}

/** Links the menu of the person's roles, when the LINE token is configured; never fails the command. */
async function relinkMenu(env: NodeJS.ProcessEnv, member: Member): Promise<void> {
  const token = env.LINE_CHANNEL_ACCESS_TOKEN;
  if (!token) return say(STAFF_TEXT.menuSkipped);
  const base = env.LINE_API_BASE_URL || 'https://api.line.me';
  const { api } = createRichMenuClients({
    LINE_CHANNEL_ACCESS_TOKEN: token,
    LINE_API_BASE_URL: base,
    LINE_DATA_API_BASE_URL: env.LINE_DATA_API_BASE_URL || base,
  });
  const linked = await linkRichMenuForRoles(api, member.lineUserId, member.roles);
  say(linked.ok ? STAFF_TEXT.menuLinked(linked.role) : STAFF_TEXT.menuFailed(linked.error));
}

async function change(repos: Repositories, env: NodeJS.ProcessEnv, areaId: string, args: string[], grant: boolean): Promise<number> {
  const [who, role] = args;
  if (!who || !staffRoles.includes(role as StaffRole) || args.length !== 2) {
    complain(role === 'coordinator' ? STAFF_TEXT.coordinatorHint : STAFF_TEXT.usage);
    return EXIT.usage;
  }
  const target = await findOne(repos, areaId, who);
  if (typeof target === 'number') return target;
  const ids = { newId: () => randomUUID().replace(/-/g, '').slice(0, 20) };
  try {
    const deps = { repos, clock: systemClock, ids };
    const { member, changed } = await changeStaffRole(deps, { serverConsole: { areaId } }, target.id, role as StaffRole, grant);
    const [person] = await toStaffPeople(repos, [member], null);
    const name = person!.name;
    if (!changed) say(STAFF_TEXT.unchanged(name, member.roles));
    else say(`${(grant ? STAFF_TEXT.granted : STAFF_TEXT.revoked)(name, role as StaffRole, member.roles)}\n${STAFF_TEXT.audited}`);
    await relinkMenu(env, member); // also when unchanged: repairs a menu linked before setup:line ran
    return EXIT.ok;
  } catch (e) {
    if (!isAppError(e)) throw e;
    complain(STAFF_TEXT.refused(e.thai, e.message));
    return EXIT.refused;
  }
}

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed;
  let settings;
  try {
    parsed = parse(argv);
    settings = storeSettings(env, parsed.flags);
  } catch (e) {
    complain(`${e instanceof Error ? e.message : String(e)}\n${STAFF_TEXT.usage}`);
    return EXIT.usage;
  }
  const { flags, args } = parsed;
  const [command, ...rest] = args;
  const areaId = typeof flags.area === 'string' ? flags.area : env.AREA_ID || 'esa'; // the same default as `serve`
  if (command !== 'list' && command !== 'grant' && command !== 'revoke') {
    complain(STAFF_TEXT.usage);
    return EXIT.usage;
  }
  const store = await openStore(settings);
  const repos = createRepositories(store);
  try {
    if (!(await repos.areas.get(areaId))) {
      complain(STAFF_TEXT.noOffice(areaId, settings.STORE));
      return EXIT.usage;
    }
    if (command !== 'list') return await change(repos, env, areaId, rest, command === 'grant');
    const registered = (await allOfficeMembers(repos, areaId)).filter((m) => m.registeredAt);
    const shown = (rest.length ? matchingMembers(registered, rest.join(' ')) : registered).filter(
      (m) => !flags.staff || isOfficeStaff(m.roles) || m.roles.includes('coordinator'),
    );
    say(STAFF_TEXT.listHeading(registered.length, areaId));
    if (shown.length) await printPeople(repos, shown);
    else say(`  ${STAFF_TEXT.noOne}`);
    return EXIT.ok;
  } catch (e) {
    complain(STAFF_TEXT.failed(e instanceof Error ? e.message : String(e)));
    return EXIT.failed;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (e: unknown) => {
      complain(STAFF_TEXT.failed(e instanceof Error ? (e.stack ?? e.message) : String(e)));
      process.exit(EXIT.failed);
    },
  );
}
