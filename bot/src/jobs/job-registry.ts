// The registry of scheduled jobs: every job of the product is listed here.
import type { BotDeps } from '../deps';
import { outboxJob } from './outbox-job';
import { purgeProcessedEventsJob } from './purge-expired';
import type { ScheduledJob } from './scheduled-job';
import { seminarRemindersJob } from './seminar-reminders';
import { formRoundsJob } from './form-rounds-job';

export interface RegistryOptions {
  /**
   * Include the outbox job (default true). The self-hosted server and local mode send through the outbox
   * loop instead, so they leave it out: two dispatchers in one process would each pace at LINE's full rate.
   */
  outbox?: boolean;
}

export function scheduledJobs(deps: BotDeps, options: RegistryOptions = {}): ScheduledJob[] {
  return [
    ...(options.outbox === false ? [] : [outboxJob(deps)]),
    purgeProcessedEventsJob(deps.repos.store),
    seminarRemindersJob(deps),
    formRoundsJob(deps),
  ];
}
