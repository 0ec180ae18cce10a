// Public surface of the seminar use cases.
export * from './seminar-input';
export * from './seminar-policy';
export * from './audience';
export * from './rsvp';
export * from './manage-seminar';
export * from './seminar-queries';
export * from './check-in';
export * from './certificates';
export * from './evaluate-seminar';
export * from './attendance';
export * from './forget-attendee';
