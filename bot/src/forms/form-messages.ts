// The messages about forms: the round's card (one button to the form) and the summary of my answers after I submit.
import {
  OTHER_PREFIX,
  allQuestions,
  formatThaiCalendarDate,
  formatThaiDateTime,
  scaleOf,
  type AnswerValue,
  type Answers,
  type FormDefinition,
  type FormRound,
  type Question,
} from '@nithet/shared';
import type { messagingApi } from '@line/bot-sdk';
import { formsTh } from './forms-th';
import { oneButtonCard } from '../replies/one-button-card';

type Message = messagingApi.Message;

export function roundCard(round: FormRound, liffUrl: string): Message {
  return oneButtonCard({
    altText: formsTh.cardAlt(round.title),
    heading: formsTh.cardHeading,
    title: round.title,
    lines: [formsTh.closes(formatThaiDateTime(round.closesAt))],
    ...(round.anonymous ? { note: formsTh.anonymous } : {}),
    button: { label: formsTh.answerButton, uri: `${liffUrl}/forms/${encodeURIComponent(round.id)}` },
  });
}

const choiceLabel = (q: Question, v: string) =>
  v.startsWith(OTHER_PREFIX) ? v.slice(OTHER_PREFIX.length) : (q.options?.find((o) => o.value === v)?.label ?? v);

/** One answer as a person reads it: labels for choices, the scale's words for ratings, พ.ศ. for dates. */
export function formatAnswer(q: Question, v: AnswerValue): string {
  if (Array.isArray(v)) return v.map((x) => choiceLabel(q, x)).join(', ');
  if (typeof v === 'object')
    return (q.items ?? [])
      .filter((i) => v[i.id] !== undefined)
      .map((i) => `${i.label}: ${v[i.id]}`)
      .join('; ');
  if (q.kind === 'single-choice') return choiceLabel(q, String(v));
  if (q.kind === 'rating') return `${v} จาก ${scaleOf(q).max}`;
  if (q.kind === 'date') return formatThaiCalendarDate(String(v));
  return String(v);
}

/** "Your answers": question by question, in LINE's 5,000-character text limit. */
export function answersSummaryText(round: FormRound, def: FormDefinition, answers: Answers, edited: boolean): string {
  const lines = allQuestions(def)
    .filter((q) => answers[q.id] !== undefined)
    .map((q) => `• ${q.label}\n  ${formatAnswer(q, answers[q.id]!)}`);
  const head = edited ? formsTh.summaryEdited(round.title) : formsTh.summaryHead(round.title);
  const tail = formsTh.summaryTail(formatThaiDateTime(round.closesAt));
  const body = [head, ...lines].join('\n');
  const room = 5000 - tail.length - 2;
  return `${body.length > room ? `${body.slice(0, room - 1)}…` : body}\n\n${tail}`;
}
