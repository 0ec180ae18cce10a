// Links a person's rich menu from their roles (supervisor > coordinator > teacher); never throws to the caller.
import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../../logger';
import { aliasIdFor, type RichMenuRole } from './definitions';

export type LinkResult = { ok: true; role: RichMenuRole; richMenuId: string } | { ok: false; role: RichMenuRole; error: string };

export type RichMenuLinkClient = Pick<messagingApi.MessagingApiClient, 'getRichMenuAlias' | 'linkRichMenuIdToUser'>;

/** The menu for a set of member roles; an office admin works like a supervisor, no role at all like a teacher. */
export function menuRoleFor(roles: readonly string[]): RichMenuRole {
  if (roles.includes('supervisor') || roles.includes('admin')) return 'supervisor';
  if (roles.includes('coordinator')) return 'coordinator';
  return 'teacher';
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`LINE API timed out after ${ms} ms`)), ms).unref();
  });
}

/**
 * Resolves the role's alias (`nithet-<role>`) and links that menu to the person. A failure is logged and
 * returned, never thrown: a missing menu must not fail a registration or a role change.
 */
export async function linkRichMenuForRoles(
  client: RichMenuLinkClient,
  userId: string,
  roles: readonly string[],
  options: { logger?: Logger; timeoutMs?: number } = {},
): Promise<LinkResult> {
  const role = menuRoleFor(roles);
  const limit = options.timeoutMs ?? 8000;
  try {
    const { richMenuId } = await Promise.race([client.getRichMenuAlias(aliasIdFor(role)), timeout(limit)]);
    await Promise.race([client.linkRichMenuIdToUser(userId, richMenuId), timeout(limit)]);
    return { ok: true, role, richMenuId };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    // The user id is pseudonymous; the error is LINE's, with no token in it.
    options.logger?.warn({ userId, role, err: error }, 'could not link the rich menu');
    return { ok: false, role, error };
  }
}
