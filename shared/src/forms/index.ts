// The form engine: definitions, visibility, answer validation, versioning, templates and summaries.
export * from './definition';
export * from './edit-rules';
export * from './visibility';
export * from './validate-answers';
export { DEFAULT_MAX_LENGTH, isCalendarDate } from './check-answer';
export * from './messages-th';
export * from './versioning';
export * from './templates/index';
export * from './aggregate';
export * from './summary';
