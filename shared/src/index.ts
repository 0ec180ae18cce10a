// Public surface of @nithet/shared: browser-safe contracts, domain rules, use cases and ports.
export * from './errors';
export * from './dates';
export * from './ports/clock';
export * from './ports/document-store';
export * from './domain/index';
export * from './i18n/labels-th';
export * from './api/contracts';
export * from './text-search';
export * from './store/collections';
export * from './store/repository';
export * from './store/repositories';
export * from './use-cases/record-follow';
export * from './use-cases/register-member';
