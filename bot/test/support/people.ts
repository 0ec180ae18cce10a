// Test helpers for people in the demo office: register a teacher, call the API as someone.
import { PRIVACY_NOTICE_VERSION, type RegistrationInput } from '@nithet/shared';
import type { LocalStack } from '../../src/local/local-stack';

export const COORDINATOR = 'U00000000000000000000000000005002';
export const TEACHER_3 = 'U00000000000000000000000000007003';

export const registration = (overrides: Partial<RegistrationInput> = {}): RegistrationInput => ({
  title: 'นางสาว',
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  schoolCode: '1040010002',
  position: 'teacher',
  subjects: ['วิทยาศาสตร์'],
  levels: ['primary'],
  consents: { 'network-contact': true, 'publish-photos': false, 'share-with-parent-agency': false },
  noticeVersion: PRIVACY_NOTICE_VERSION,
  ...overrides,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies are asserted field by field in tests
type JsonBody = any;

/** Calls the API as a LINE user, with a freshly minted LIFF ID token. */
export async function api(
  stack: LocalStack,
  userId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: JsonBody }> {
  const res = await fetch(`${stack.botUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${stack.platform.mintIdToken(userId)}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // file downloads stay text
  }
  return { status: res.status, body: parsed };
}

/** Follows the account and registers through the API, as a teacher would. */
export async function followAndRegister(stack: LocalStack, userId: string, overrides: Partial<RegistrationInput> = {}): Promise<void> {
  await stack.platform.sendEvent(userId, { type: 'follow' });
  const res = await api(stack, userId, 'PUT', '/api/me/registration', registration(overrides));
  if (res.status !== 200) throw new Error(`registration failed: ${JSON.stringify(res.body)}`);
}

/** The last message the bot sent to a chat, as JSON text (for contains-checks on Flex too). */
export const lastTo = (stack: LocalStack, chatId: string, opts: { includeUndelivered?: boolean } = {}): string =>
  JSON.stringify(stack.platform.messagesTo(chatId, opts).at(-1)?.message ?? null);
