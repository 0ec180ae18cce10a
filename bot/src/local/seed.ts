// Seeds the demo office once (create-if-absent everywhere), so a restart never duplicates or overwrites.
import {
  FORM_TEMPLATES,
  PRIVACY_NOTICE_VERSION,
  ensureBuiltInTemplates,
  joinCodeDocId,
  newArea,
  newNetwork,
  membershipDocId,
  memberDocId,
  schoolDocId,
  type Clock,
  type Member,
  type Repositories,
} from '@nithet/shared';
import { DEMO_AREA, DEMO_NETWORKS, DEMO_PEOPLE, DEMO_SCHOOLS } from './demo-data';

export async function seedDemoOffice(deps: { repos: Repositories; clock: Clock }): Promise<{ created: boolean }> {
  const now = deps.clock.now().toISOString();
  const { repos } = deps;
  const created = await repos.areas.create(newArea({ ...DEMO_AREA, kind: 'primary' }, now));
  for (const s of DEMO_SCHOOLS) {
    await repos.schools.create({ id: schoolDocId(DEMO_AREA.id, s.code), areaId: DEMO_AREA.id, ...s, createdAt: now, updatedAt: now });
  }
  await ensureBuiltInTemplates(repos, DEMO_AREA.id, FORM_TEMPLATES, now);
  for (const n of DEMO_NETWORKS) {
    const id = `net-${n.code.toLowerCase()}`;
    await repos.networks.create(
      newNetwork(
        {
          id,
          areaId: DEMO_AREA.id,
          name: n.name,
          kind: n.kind,
          level: n.level,
          joinCode: n.code,
          joinPolicy: n.joinPolicy,
          levels: n.levels,
          schoolCodes: n.schoolCodes ?? [],
          ...(n.partnershipType ? { partnershipType: n.partnershipType } : {}),
        },
        now,
      ),
    );
    await repos.store.create('joinCodes', joinCodeDocId(DEMO_AREA.id, n.code), { networkId: id, areaId: DEMO_AREA.id });
  }
  for (const p of DEMO_PEOPLE) {
    if (!p.registered) continue;
    const r = p.registered;
    const member: Member = {
      id: memberDocId(DEMO_AREA.id, p.userId),
      areaId: DEMO_AREA.id,
      lineUserId: p.userId,
      displayName: p.displayName,
      status: 'following',
      roles: r.roles,
      profile: {
        title: r.title,
        firstName: r.firstName,
        lastName: r.lastName,
        schoolCode: r.schoolCode,
        position: r.roles.includes('supervisor') ? 'supervisor' : 'teacher',
        subjects: ['วิทยาศาสตร์'],
        levels: ['primary'],
      },
      registeredAt: now,
      profileConfirmedAt: now,
      consents: (['network-contact', 'publish-photos', 'share-with-parent-agency'] as const).map((purpose) => ({
        purpose,
        granted: true,
        noticeVersion: PRIVACY_NOTICE_VERSION,
        at: now,
      })),
      followedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await repos.members.create(member);
    if (r.roles.includes('coordinator')) {
      const networkId = `net-${DEMO_NETWORKS[0]!.code.toLowerCase()}`;
      await repos.memberships.create({
        id: membershipDocId(networkId, member.id),
        areaId: DEMO_AREA.id,
        networkId,
        memberId: member.id,
        role: 'coordinator',
        status: 'active',
        joinedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return { created };
}
