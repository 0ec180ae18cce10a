// The record form's values, their checks (Thai, before anything is sent) and the request body they become.
import {
  planActivityKinds,
  type ActivityOptionsResponse,
  type NetworkActivityInput,
  type NetworkActivityView,
  type PlanActivityKind,
} from '@nithet/shared';
import { th } from '../../i18n/th-staff';

const t = th.networkLog.form.errors;

export interface ActivityFormValues {
  title: string;
  kind: PlanActivityKind;
  date: string;
  planActivityId: string;
  notes: string;
  /** '' = participants not taken from a seminar. */
  seminarId: string;
  /** Members picked by hand (besides the seminar's checked-in attendees). */
  picked: string[];
  outsideCount: string;
}

export interface LinkDraft {
  title: string;
  url: string;
}

/** Today in Bangkok as YYYY-MM-DD (what a date input shows and the server compares with). */
export const bangkokToday = (now: Date): string => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

export const emptyValues = (today: string): ActivityFormValues => ({
  title: '',
  kind: planActivityKinds[0],
  date: today,
  planActivityId: '',
  notes: '',
  seminarId: '',
  picked: [],
  outsideCount: '0',
});

const checkedInOf = (options: ActivityOptionsResponse | null, seminarId: string): Set<string> =>
  new Set(options?.seminars.find((s) => s.id === seminarId)?.checkedIn.map((p) => p.memberId) ?? []);

/** A saved record back in the form: those who came from its seminar are not "picked". */
export function valuesOf(a: NetworkActivityView, options: ActivityOptionsResponse | null): ActivityFormValues {
  const fromSeminar = checkedInOf(options, a.participants.seminarId ?? '');
  return {
    title: a.title,
    kind: a.kind,
    date: a.date,
    planActivityId: a.planActivityId ?? '',
    notes: a.notes,
    seminarId: a.participants.seminarId ?? '',
    picked: a.participants.memberIds.filter((id) => !fromSeminar.has(id)),
    outsideCount: String(a.participants.outsideCount),
  };
}

/** Everyone counted: the seminar's attendees, the picked members (once each) and those outside the system. */
export function participantTotal(v: ActivityFormValues, options: ActivityOptionsResponse | null): number {
  const ids = new Set([...checkedInOf(options, v.seminarId), ...v.picked]);
  const outside = Number(v.outsideCount);
  return ids.size + (Number.isInteger(outside) && outside > 0 ? outside : 0);
}

/** Thai messages by field; empty when the form can be sent. */
export function checkValues(v: ActivityFormValues, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.title.trim()) errors.title = t.title;
  else if (v.title.trim().length > 200) errors.title = t.titleLong;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) errors.date = t.date;
  else if (v.date > today) errors.date = t.dateFuture;
  const outside = Number(v.outsideCount === '' ? '0' : v.outsideCount);
  if (!Number.isInteger(outside) || outside < 0 || outside > 100000) errors['participants.outsideCount'] = t.outsideCount;
  if (v.notes.length > 5000) errors.notes = t.notesLong;
  return errors;
}

export function checkLink(l: LinkDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!l.title.trim()) errors.title = t.linkTitle;
  if (!/^https?:\/\/[^\s/]+\.[^\s/]+/i.test(l.url.trim())) errors.url = t.linkUrl;
  return errors;
}

export function toInput(v: ActivityFormValues, links: readonly LinkDraft[]): NetworkActivityInput {
  return {
    title: v.title.trim(),
    kind: v.kind,
    date: v.date,
    planActivityId: v.planActivityId || null,
    notes: v.notes.trim(),
    participants: { seminarId: v.seminarId || null, memberIds: v.picked, outsideCount: Number(v.outsideCount || '0') },
    knowledgeLinks: links.map((l) => ({ title: l.title.trim(), url: l.url.trim(), description: '' })),
  };
}
