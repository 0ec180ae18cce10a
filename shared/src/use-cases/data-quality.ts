// The data-quality board (work standard: accurate, complete, current): figures, people lists, nudges.
export * from './data-quality/rules';
export * from './data-quality/figures';
export * from './data-quality/people-view';
export type { QualityFigure, DataQualityFigures } from './data-quality/figures-types';
export * from './data-quality/validation-failures';
export * from './data-quality/load-figures';
export * from './data-quality/nudge-targets';
export * from './data-quality/board';
