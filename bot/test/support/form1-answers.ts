// Complete Form 1 (needs survey) answers for tests and journeys that seed a round's results through the API.
import { FORM1_NEEDS_SURVEY } from '@nithet/shared';

/** The values of Form 1's need topics, in the form's order. */
export const FORM1_TOPICS = FORM1_NEEDS_SURVEY.sections
  .flatMap((s) => s.questions)
  .find((q) => q.id === 'topics')!
  .options!.map((o) => o.value);

/** An agency partner's complete answer choosing these topics (each rated 4, every other topic 2). */
export function agencyForm1Answers(topics: string[]) {
  return {
    position: 'agency-partner',
    'work-level': 'agency',
    organisation: 'สำนักงานสาธารณสุขอำเภอ',
    'network-role': 'member',
    'network-kinds': ['teacher-community'],
    topics,
    'topic-needs': Object.fromEntries(FORM1_TOPICS.map((t) => [t, topics.includes(t) ? 4 : 2])),
    formats: ['workshop'],
    months: ['january'],
    'current-problems': 'ต้องการแนวทางการจัดการเรียนรู้เชิงรุก',
  };
}
