// Public surface of the outbox rules: batching, backoff, the batch state machine, pacing, cost preview.
export * from './batching';
export * from './backoff';
export * from './batch-state';
export * from './monthly-limit';
export * from './token-bucket';
export * from './cost-preview';
export * from './quiet-hours';
