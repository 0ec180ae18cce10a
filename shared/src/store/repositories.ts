// The repositories of every aggregate, built once over whichever document store is configured.
import type { DocumentStore } from '../ports/document-store';
import { areaSchema } from '../domain/area';
import { schoolSchema } from '../domain/school';
import { memberSchema } from '../domain/member';
import { membershipSchema, networkSchema } from '../domain/network';
import { rsvpSchema, seminarSchema } from '../domain/seminar';
import { seminarEvaluationSchema } from '../domain/seminar-evaluation';
import { certificateCounterSchema, certificateSchema } from '../domain/certificate';
import {
  formDraftSchema,
  formParticipationSchema,
  formResponseSchema,
  formRoundSchema,
  formStatsSchema,
  formTemplateSchema,
} from '../domain/form-rounds';
import { auditEntrySchema } from '../domain/audit';
import { COLLECTIONS } from './collections';
import { createRepository } from './repository';

export function createRepositories(store: DocumentStore) {
  return {
    store,
    areas: createRepository(store, COLLECTIONS.areas, areaSchema),
    schools: createRepository(store, COLLECTIONS.schools, schoolSchema),
    members: createRepository(store, COLLECTIONS.members, memberSchema),
    networks: createRepository(store, COLLECTIONS.networks, networkSchema),
    memberships: createRepository(store, COLLECTIONS.memberships, membershipSchema),
    seminars: createRepository(store, COLLECTIONS.seminars, seminarSchema),
    rsvps: createRepository(store, COLLECTIONS.rsvps, rsvpSchema),
    seminarEvaluations: createRepository(store, COLLECTIONS.seminarEvaluations, seminarEvaluationSchema),
    certificates: createRepository(store, COLLECTIONS.certificates, certificateSchema),
    certificateCounters: createRepository(store, COLLECTIONS.counters, certificateCounterSchema),
    formTemplates: createRepository(store, COLLECTIONS.formTemplates, formTemplateSchema),
    formRounds: createRepository(store, COLLECTIONS.formRounds, formRoundSchema),
    formResponses: createRepository(store, COLLECTIONS.formResponses, formResponseSchema),
    formParticipation: createRepository(store, COLLECTIONS.formParticipation, formParticipationSchema),
    formDrafts: createRepository(store, COLLECTIONS.formDrafts, formDraftSchema),
    formStats: createRepository(store, COLLECTIONS.formStats, formStatsSchema),
    auditLog: createRepository(store, COLLECTIONS.auditLog, auditEntrySchema),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
