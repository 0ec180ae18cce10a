// Public surface of the school and member directory: columns, row checks, the import plan, contracts.
export * from './columns';
export * from './cell-values';
export * from './messages-th';
export * from './table';
export * from './roster';
export * from './school-rows';
export * from './member-rows';
export * from './plan';
export * from './preview';
export * from './export-rows';
export * from './contracts';
export * from './link-roster';
