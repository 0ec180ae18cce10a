// API authentication: the LIFF ID token is verified server-side; the client never names its own user.
import type { RequestHandler } from 'express';
import { AppError, assertSupervisor, loadActor, memberDocId } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { verifyCaller } from '../http/verified-caller';

export function requireLineUser(deps: BotDeps): RequestHandler {
  return async (req, _res, next) => {
    try {
      const verified = await verifyCaller(deps, req);
      const areaId = deps.config.AREA_ID;
      req.auth = {
        lineUserId: verified.userId,
        areaId,
        memberId: memberDocId(areaId, verified.userId),
        ...(verified.name ? { name: verified.name } : {}),
      };
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** After requireLineUser: loads the Member and their Actor (roles, office, coordinated networks). */
export function requireMember(deps: BotDeps): RequestHandler {
  return async (req, _res, next) => {
    try {
      const member = await deps.repos.members.get(req.auth!.memberId);
      if (!member) throw new AppError('member/not-found', 'Verified user has no member record');
      req.member = member;
      req.actor = await loadActor(deps.repos, member);
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** After requireMember: only supervisors and admins of the office. */
export const requireSupervisor: RequestHandler = (req, _res, next) => {
  try {
    assertSupervisor(req.actor!);
    next();
  } catch (e) {
    next(e);
  }
};

/** After requireMember: supervisors, admins and coordinators (the people who run rounds and seminars). */
export const requireStaff: RequestHandler = (req, _res, next) => {
  const a = req.actor!;
  if (a.roles.includes('supervisor') || a.roles.includes('admin') || a.coordinatorOf.length > 0) return next();
  next(new AppError('auth/forbidden', `Member ${a.memberId} is not staff`));
};
