// Consent state from the history: the latest record per purpose is what holds now.
import { consentPurposes, type ConsentPurpose, type ConsentRecord } from '@nithet/shared';

export type ConsentChoices = Record<ConsentPurpose, boolean>;

export function currentConsents(history: readonly ConsentRecord[]): ConsentChoices {
  const now = Object.fromEntries(consentPurposes.map((p) => [p, false])) as ConsentChoices;
  for (const c of [...history].sort((a, b) => a.at.localeCompare(b.at))) now[c.purpose] = c.granted;
  return now;
}

/** Newest first, for the history list. */
export function consentHistory(history: readonly ConsentRecord[]): ConsentRecord[] {
  return [...history].sort((a, b) => b.at.localeCompare(a.at));
}

/** Withdrawing network contact stops every message: the page says so before saving. */
export const withdrawsContact = (before: ConsentChoices, after: ConsentChoices): boolean =>
  before['network-contact'] && !after['network-contact'];
