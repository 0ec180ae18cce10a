// The Form 3 report's use cases and rules.
export * from './report-rules';
export * from './report-workflow';
export * from './report-queries';
