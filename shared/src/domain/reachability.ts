// Whether the office may push to a member: following the account and consenting to network contact.
import type { Member } from './member';

export function hasContactConsent(member: Pick<Member, 'consents'>): boolean {
  const last = [...member.consents].reverse().find((c) => c.purpose === 'network-contact');
  return last?.granted === true;
}

/** Pushes cost money and need consent; replies (answers to what the person just did) are always fine. */
export function canReceivePush(member: Pick<Member, 'status' | 'consents'>): boolean {
  return member.status === 'following' && hasContactConsent(member);
}
