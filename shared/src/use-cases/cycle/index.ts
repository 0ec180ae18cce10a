// A cycle's figures (dashboard, Form 3 report), its recommendations and the roll-over into the next year.
export * from './cycle-figures';
export * from './compute-cycle-figures';
export * from './load-cycle-data';
export * from './cycle-rounds';
export * from './needs-ranking';
export * from './needs-breakdown';
export * from './recommendations';
export * from './start-next-cycle';
