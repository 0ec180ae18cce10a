// The form engine: definitions, visibility, answer validation, versioning, templates and summaries.
export * from './definition';
