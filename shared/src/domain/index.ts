// Domain schemas and types.
export * from './common';
export * from './area';
export * from './school';
export * from './member';
export * from './network';
export * from './seminar';
export * from './forms';
export * from './plan';
export * from './messaging';
export * from './privacy-notice';
export * from './seminar-evaluation';
export * from './certificate';
export * from './certificate-number';
export * from './message-quota';
export * from './form-rounds';
export * from './audit';
