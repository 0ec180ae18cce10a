// A form's draft on this phone, and which copy to start from when the form opens: this phone's, the server's draft, or the submitted answers.
import { z } from 'zod';
import { answersSchema, type Answers } from '@nithet/shared';

export interface LocalDraft {
  answers: Answers;
  /** When the answers last changed (this phone's clock). */
  changedAt: string;
  /** The server's time of the last draft it confirmed from this phone (server clock), null before the first. */
  syncedAt: string | null;
  /** Changed since the server last confirmed it. */
  dirty: boolean;
  /** The section on screen, so reopening lands where the person stopped. */
  sectionId?: string | undefined;
}

const localDraftSchema = z.object({
  answers: answersSchema,
  changedAt: z.iso.datetime(),
  syncedAt: z.iso.datetime().nullable(),
  dirty: z.boolean(),
  sectionId: z.string().max(40).optional(),
});

export const draftStorageKey = (owner: string, roundId: string): string => `nithet.forms.${owner}.draft.${roundId}`;

/** The stored draft, or null when there is none or it is garbled (a broken draft must not break the form). */
export function parseLocalDraft(json: unknown): LocalDraft | null {
  const parsed = localDraftSchema.safeParse(json);
  return parsed.success ? (parsed.data as LocalDraft) : null;
}

/** The draft after the person changed an answer or moved to another section. */
export function editDraft(prev: LocalDraft | null, answers: Answers, now: Date, sectionId?: string): LocalDraft {
  const changed = !prev || !sameAnswers(prev.answers, answers);
  return {
    answers,
    changedAt: changed || !prev ? now.toISOString() : prev.changedAt,
    syncedAt: prev?.syncedAt ?? null,
    dirty: changed || (prev?.dirty ?? true),
    sectionId: sectionId ?? prev?.sectionId,
  };
}

/** The draft once the server confirmed `sent` at `savedAt`; still dirty when the person changed it while the request was on its way. */
export function markSynced(draft: LocalDraft | null, sent: Answers, savedAt: string): LocalDraft | null {
  if (!draft) return null;
  return { ...draft, syncedAt: savedAt, dirty: !sameAnswers(draft.answers, sent) };
}

/** A copy the server holds, with the server's time. */
export interface ServerCopy {
  answers: Answers;
  at: string;
}

export type StartFrom = 'local' | 'draft' | 'response' | 'prefill';

export interface StartingPoint {
  answers: Answers;
  from: StartFrom;
  /** This phone holds edits the server has not got yet: send the draft. */
  upload: boolean;
}

/**
 * The newer copy wins. Server copies compare by the server's clock; this phone's edits win over a server copy the phone
 * had already seen (its `syncedAt`), and only against a copy made elsewhere (another phone) do the two clocks meet.
 */
export function startingPoint(input: {
  local: LocalDraft | null;
  draft: ServerCopy | null;
  response: ServerCopy | null;
  prefill: Answers;
}): StartingPoint {
  const { local, draft, response } = input;
  const server: { copy: ServerCopy; from: StartFrom } | null =
    draft && (!response || Date.parse(draft.at) > Date.parse(response.at))
      ? { copy: draft, from: 'draft' }
      : response
        ? { copy: response, from: 'response' }
        : null;
  const fromLocal = (upload: boolean): StartingPoint => ({ answers: local!.answers, from: 'local', upload });
  if (!server) return local ? fromLocal(true) : { answers: input.prefill, from: 'prefill', upload: false };
  const fromServer: StartingPoint = { answers: server.copy.answers, from: server.from, upload: false };
  if (!local || !local.dirty) return fromServer;
  const serverAt = Date.parse(server.copy.at);
  if (local.syncedAt !== null && serverAt <= Date.parse(local.syncedAt)) return fromLocal(true);
  return Date.parse(local.changedAt) > serverAt ? fromLocal(true) : fromServer;
}

/** Same answers whatever the order of their keys (a grid's items, an object rebuilt). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
