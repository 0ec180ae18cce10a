// Starting values of the registration form: the saved profile when editing, else a guess from the LINE display name.
import type { Control } from 'react-hook-form';
import {
  PRIVACY_NOTICE_VERSION,
  consentPurposes,
  titles,
  type MemberView,
  type Registration,
  type RegistrationInput,
} from '@nithet/shared';

type Title = (typeof titles)[number];
/** What the inputs hold (zod input); the submit handler receives the parsed `Registration`. */
export type RegistrationFormValues = RegistrationInput;
export type RegistrationControl = Control<RegistrationFormValues, unknown, Registration>;

const MAX_NAME = 80;
// Longest first, so "นางสาว" is not read as "นาง" + "สาว…".
const titlePrefixes = [...titles].filter((t) => t !== 'อื่น ๆ').sort((a, b) => b.length - a.length);
/** Honorifics people put in LINE names that are not a title on official records. */
const honorifics = ['ครู'];

export interface NameGuess {
  title?: Title;
  firstName: string;
  lastName: string;
}

/** "นางสาวสมศรี ใจดี" → นางสาว / สมศรี / ใจดี; "ครูแดง 🌸" → แดง. Only a guess: the person checks it. */
export function nameFromDisplayName(displayName: string): NameGuess {
  // Keep letters, Thai marks, digits and name punctuation; drop emoji and decorations.
  let rest = displayName
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\s.'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let title: Title | undefined;
  for (const t of titlePrefixes) {
    // At least two letters must remain, so a given name that merely starts like a title is kept whole.
    if (rest.startsWith(t) && rest.slice(t.length).trim().length >= 2) {
      title = t;
      rest = rest.slice(t.length).trim();
      break;
    }
  }
  for (const h of honorifics) {
    if (rest.startsWith(h) && rest.slice(h.length).trim().length >= 2) rest = rest.slice(h.length).trim();
  }
  const [first = '', ...others] = rest.split(' ');
  const guess: NameGuess = { firstName: first.slice(0, MAX_NAME), lastName: others.join(' ').slice(0, MAX_NAME) };
  if (title) guess.title = title;
  return guess;
}

/** Consent choices are prefilled only if given under the notice shown now; otherwise the person decides afresh. */
function currentConsents(member: MemberView): RegistrationInput['consents'] {
  const granted = Object.fromEntries(consentPurposes.map((p) => [p, false])) as Record<(typeof consentPurposes)[number], boolean>;
  const latest = [...member.consents].sort((a, b) => a.at.localeCompare(b.at));
  for (const c of latest) {
    if (c.noticeVersion === PRIVACY_NOTICE_VERSION) granted[c.purpose] = c.granted;
  }
  // The schema wants literal true for network-contact; an unticked box starts as false and fails until ticked.
  return granted as unknown as RegistrationInput['consents'];
}

export function registrationDefaults(member: MemberView): Partial<RegistrationFormValues> {
  const base = { consents: currentConsents(member), noticeVersion: PRIVACY_NOTICE_VERSION };
  const p = member.profile;
  if (p) {
    return {
      ...base,
      title: p.title,
      firstName: p.firstName,
      lastName: p.lastName,
      schoolCode: p.schoolCode,
      position: p.position,
      subjects: p.subjects,
      levels: p.levels,
      phone: p.phone ?? '',
    };
  }
  const name = nameFromDisplayName(member.displayName);
  return { ...base, ...name, subjects: [], levels: [], phone: '' };
}
