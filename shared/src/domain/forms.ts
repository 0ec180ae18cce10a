// Keys of the older form labels in i18n/labels-th.ts; the form engine itself (definitions, answers, summaries) lives in ../forms/.
export const formKinds = ['needs-survey', 'evaluation', 'report'] as const;
export type FormKind = (typeof formKinds)[number];

export const questionTypes = ['short-text', 'long-text', 'single-choice', 'multi-choice', 'rating', 'number', 'date'] as const;
