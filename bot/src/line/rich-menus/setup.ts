// Idempotent rich menu setup through the Messaging API: one menu + alias per role, teacher as the default.
import { createHash } from 'node:crypto';
import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../../logger';
import { RICH_MENU_ROLES, aliasIdFor, toRichMenuRequest, type MenuSpec, type RichMenuRole } from './definitions';
import { isNotFound, moveLinkedUsers, type RelinkOptions } from './relink';
import type { MenuImage } from './render-image';

export { linkRichMenuForRoles, menuRoleFor, type LinkResult } from './link';

export interface RichMenuClients {
  api: messagingApi.MessagingApiClient;
  blob: messagingApi.MessagingApiBlobClient;
}

/** A menu ready to send: its request (name carries the content hash) and image. */
export interface PreparedMenu {
  role: RichMenuRole;
  hash: string;
  request: messagingApi.RichMenuRequest;
  image: MenuImage;
}

export interface MenuOutcome {
  role: RichMenuRole;
  richMenuId: string;
  status: 'created' | 'kept';
}

export interface SetupReport {
  menus: MenuOutcome[];
  defaultMenu: { richMenuId: string; changed: boolean };
  /** Superseded menus of ours that were deleted, and those kept because their users could not be moved yet. */
  deleted: string[];
  retained: string[];
}

const namePrefix = (role: RichMenuRole) => `${aliasIdFor(role)}#`;

/** Hashes the definition and the image bytes together, so a change to either makes a new menu. */
export function prepareMenu(spec: MenuSpec, image: MenuImage): PreparedMenu {
  const definition = JSON.stringify(toRichMenuRequest(spec, ''));
  const hash = createHash('sha256').update(definition).update(image.contentType).update(image.bytes).digest('hex').slice(0, 16);
  return { role: spec.role, hash, request: toRichMenuRequest(spec, `${namePrefix(spec.role)}${hash}`), image };
}

async function orUndefined<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

async function ensureMenu({ api, blob }: RichMenuClients, menu: PreparedMenu): Promise<MenuOutcome> {
  const aliasId = aliasIdFor(menu.role);
  const alias = await orUndefined(api.getRichMenuAlias(aliasId));
  const current = alias && (await orUndefined(api.getRichMenu(alias.richMenuId)));
  if (current && current.name === menu.request.name) return { role: menu.role, richMenuId: current.richMenuId, status: 'kept' };

  const { richMenuId } = await api.createRichMenu(menu.request);
  try {
    await blob.setRichMenuImage(richMenuId, new Blob([new Uint8Array(menu.image.bytes)], { type: menu.image.contentType }));
    if (alias) await api.updateRichMenuAlias(aliasId, { richMenuId });
    else await api.createRichMenuAlias({ richMenuAliasId: aliasId, richMenuId });
  } catch (e) {
    // A menu without image or alias is useless and would count against the 1,000-menu limit.
    await api.deleteRichMenu(richMenuId).catch(() => undefined);
    throw e;
  }
  return { role: menu.role, richMenuId, status: 'created' };
}

async function ensureDefault(api: messagingApi.MessagingApiClient, richMenuId: string): Promise<SetupReport['defaultMenu']> {
  const current = await orUndefined(api.getDefaultRichMenuId());
  if (current?.richMenuId === richMenuId) return { richMenuId, changed: false };
  await api.setDefaultRichMenu(richMenuId);
  return { richMenuId, changed: true };
}

/** Our menus (by name prefix) that no alias points at any more, including leftovers of an interrupted run. */
async function retireSuperseded(
  api: messagingApi.MessagingApiClient,
  outcomes: MenuOutcome[],
  relink: RelinkOptions,
): Promise<Pick<SetupReport, 'deleted' | 'retained'>> {
  const result = { deleted: [] as string[], retained: [] as string[] };
  const { richmenus } = await api.getRichMenuList();
  for (const outcome of outcomes) {
    const stale = richmenus.filter((m) => m.name.startsWith(namePrefix(outcome.role)) && m.richMenuId !== outcome.richMenuId);
    for (const old of stale) {
      const moved = await moveLinkedUsers(api, old.richMenuId, outcome.richMenuId, relink);
      if (moved === 'moved' || moved === 'unsupported') {
        await api.deleteRichMenu(old.richMenuId);
        result.deleted.push(old.richMenuId);
      } else result.retained.push(old.richMenuId);
    }
  }
  return result;
}

/**
 * Makes LINE hold exactly `menus`: unchanged menus are kept (no calls but reads), changed ones are created,
 * aliased and their predecessors retired. Throws on a LINE error; a re-run picks up where it stopped.
 */
export async function setupRichMenus(
  clients: RichMenuClients,
  menus: PreparedMenu[],
  options: { logger?: Logger; relink?: RelinkOptions } = {},
): Promise<SetupReport> {
  const missing = RICH_MENU_ROLES.filter((role) => !menus.some((m) => m.role === role));
  if (missing.length) throw new Error(`No rich menu for ${missing.join(', ')}`);
  const outcomes: MenuOutcome[] = [];
  for (const menu of menus) {
    const outcome = await ensureMenu(clients, menu);
    options.logger?.info({ richMenu: outcome }, 'rich menu ready');
    outcomes.push(outcome);
  }
  const teacher = outcomes.find((o) => o.role === 'teacher')!;
  const defaultMenu = await ensureDefault(clients.api, teacher.richMenuId);
  const retired = await retireSuperseded(clients.api, outcomes, options.relink ?? {});
  if (retired.retained.length)
    options.logger?.warn({ retained: retired.retained }, 'superseded rich menus kept: their users could not be moved yet');
  return { menus: outcomes, defaultMenu, ...retired };
}
