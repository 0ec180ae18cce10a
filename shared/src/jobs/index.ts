// Public surface of the scheduling rules: cron on the Bangkok clock, the run record and claims, usefulness.
export * from './bangkok-time';
export * from './cron';
export * from './job-run';
export * from './usefulness';
