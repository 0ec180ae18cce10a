// Scheduled jobs: the registry, the exactly-once runner over jobRuns, and node-cron registration.
export { scheduledJobs, type RegistryOptions } from './job-registry';
export { createJobRunner, type JobRunner, type RunnerDeps, type SlotReport, type SlotOutcome } from './job-runner';
export { startScheduler, type Scheduler } from './cron-scheduler';
export { purgeExpired, purgeProcessedEventsJob, type PurgeOptions, type PurgeResult } from './purge-expired';
export { outboxJob } from './outbox-job';
export {
  seminarRemindersJob,
  seminarReminderId,
  seminarReminderKey,
  SEMINAR_REMINDERS_COLLECTION,
  type SeminarReminderRecord,
  type SeminarRemindersOptions,
} from './seminar-reminders';
export { claimJobRun, getJobRun } from './job-runs-store';
export type { JobContext, JobResult, ScheduledJob } from './scheduled-job';
export { formRoundsJob, FORM_ROUND_REMINDERS_COLLECTION } from './form-rounds-job';
