// Certificates: released to an attendee who checked in (and evaluated, when the seminar asks for it), numbered once.
import type { Clock } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { memberDisplayName, type Member } from '../../domain/member';
import { rsvpDocId, type Seminar } from '../../domain/seminar';
import { buddhistYear, formatCertificateNumber } from '../../domain/certificate-number';
import { certificateCounterId, type Certificate } from '../../domain/certificate';
import { serialised } from '../../serialised';

export type CertificateBlock = 'not-checked-in' | 'evaluation-required';

/** Why the certificate is not released yet, or null when it may be. */
export async function certificateBlock(repos: Repositories, seminar: Seminar, memberId: string): Promise<CertificateBlock | null> {
  const id = rsvpDocId(seminar.id, memberId);
  const [rsvp, evaluation] = await Promise.all([repos.rsvps.get(id), seminar.requireEvaluation ? repos.seminarEvaluations.get(id) : null]);
  if (!rsvp?.checkedInAt) return 'not-checked-in';
  if (seminar.requireEvaluation && !evaluation) return 'evaluation-required';
  return null;
}

/**
 * The attendee's certificate, issued on first call: the running number comes from the office's counter for the
 * Buddhist year of issue, in the same transaction that creates the certificate, so numbers never repeat or skip.
 */
export async function issueCertificate(
  deps: { repos: Repositories; clock: Clock; newPublicId: () => string },
  seminar: Seminar,
  member: Member,
): Promise<Certificate | null> {
  const id = rsvpDocId(seminar.id, member.id);
  const existing = await deps.repos.certificates.get(id);
  if (existing) return existing;
  if ((await certificateBlock(deps.repos, seminar, member.id)) !== null) return null;
  // Issues in this process queue per office: they would only abort each other on the numbering counter.
  return serialised(`certificates:${seminar.areaId}`, () =>
    deps.repos.store.runTransaction(async (tx) => {
      const certificates = deps.repos.certificates.inTx(tx);
      const counters = deps.repos.certificateCounters.inTx(tx);
      const again = await certificates.get(id);
      if (again) return again;
      const now = deps.clock.now();
      const beYear = buddhistYear(now);
      const counterId = certificateCounterId(seminar.areaId, beYear);
      const counter = (await counters.get(counterId)) ?? { id: counterId, areaId: seminar.areaId, beYear, last: 0 };
      const seq = counter.last + 1;
      const at = now.toISOString();
      const certificate: Certificate = {
        id,
        publicId: deps.newPublicId(),
        areaId: seminar.areaId,
        seminarId: seminar.id,
        memberId: member.id,
        seq,
        beYear,
        number: formatCertificateNumber(seq, beYear),
        recipientName: memberDisplayName(member),
        seminarTitle: seminar.title,
        seminarStartsAt: seminar.startsAt,
        issuedAt: at,
        createdAt: at,
        updatedAt: at,
      };
      counters.put({ ...counter, last: seq });
      certificates.create(certificate);
      return certificate;
    }),
  );
}

/** A certificate by the id in its public link (null when unknown). */
export async function certificateByPublicId(repos: Repositories, publicId: string): Promise<Certificate | null> {
  const { items } = await repos.certificates.list({ where: [{ field: 'publicId', op: '==', value: publicId }], limit: 1 });
  return items[0] ?? null;
}
