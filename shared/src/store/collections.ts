// Collection names, in one place for both adapters, the indexes file and the rules.
export const COLLECTIONS = {
  areas: 'areas',
  schools: 'schools',
  members: 'members',
  networks: 'networks',
  joinCodes: 'joinCodes',
  memberships: 'memberships',
  seminars: 'seminars',
  rsvps: 'rsvps',
  formTemplates: 'formTemplates',
  formResponses: 'formResponses',
  plans: 'plans',
  planActivities: 'planActivities',
  reports: 'reports',
  outbox: 'outbox',
  processedEvents: 'processedEvents',
  rosterEntries: 'rosterEntries',
} as const;
