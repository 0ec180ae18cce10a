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
  formProgressSchema,
  formResponseSchema,
  formRoundSchema,
  formStatsSchema,
  formTemplateSchema,
  formWaitingSchema,
} from '../domain/form-rounds';
import { auditEntrySchema } from '../domain/audit';
import { libraryItemSchema, networkActivitySchema } from '../domain/network-activity';
import { planActivitySchema, planSchema, recommendationSchema } from '../domain/plan';
import { reportSchema } from '../domain/report';
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
    formProgress: createRepository(store, COLLECTIONS.formProgress, formProgressSchema),
    formWaiting: createRepository(store, COLLECTIONS.formWaiting, formWaitingSchema),
    auditLog: createRepository(store, COLLECTIONS.auditLog, auditEntrySchema),
    plans: createRepository(store, COLLECTIONS.plans, planSchema),
    planActivities: createRepository(store, COLLECTIONS.planActivities, planActivitySchema),
    recommendations: createRepository(store, COLLECTIONS.recommendations, recommendationSchema),
    networkActivities: createRepository(store, COLLECTIONS.networkActivities, networkActivitySchema),
    libraryItems: createRepository(store, COLLECTIONS.libraryItems, libraryItemSchema),
    reports: createRepository(store, COLLECTIONS.reports, reportSchema),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
