// Public surface of the network development log (step 4) and the per-network knowledge library.
export * from './contracts';
export * from './file-checks';
export * from './network-access';
export * from './views';
export * from './library';
export * from './record-activity';
export * from './activity-evidence';
export * from './activity-queries';
export * from './forget-participant';
