// Public surface of the form-round use cases.
export * from './form-templates';
export * from './form-rounds';
export * from './fill-round';
export * from './round-progress';
export * from './round-progress-totals';
export * from './round-stats';
