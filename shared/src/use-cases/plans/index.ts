// The yearly plan (step 2): its activities and the view beside the needs.
export * from './manage-plan';
export * from './plan-view';
