// Starts the same local stack as `npm start` (bot + API + local LINE platform + SQLite) in a temp dir.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalStack, type LocalStack } from '../../src/local/local-stack';
import { createLogger } from '../../src/logger';

export const ROOT_DIR = resolve(__dirname, '../../..');

export async function startTestStack(
  dataDir = mkdtempSync(join(tmpdir(), 'nithet-test-')),
  options: { richMenus?: boolean } = {},
): Promise<LocalStack & { dataDir: string }> {
  const stack = await startLocalStack({
    rootDir: ROOT_DIR,
    dataDir,
    logger: createLogger({ level: 'silent' }),
    richMenus: options.richMenus ?? false,
    outboxLoop: false,
    scheduler: false,
  });
  return { ...stack, dataDir };
}

export const TEACHER = 'U00000000000000000000000000007001';
export const TEACHER_2 = 'U00000000000000000000000000007002';
export const SUPERVISOR = 'U00000000000000000000000000005001';

/** The texts (and Flex alt texts) of what the bot sent to a chat, oldest first. */
export function textsTo(stack: LocalStack, chatId: string): string[] {
  return stack.platform.messagesTo(chatId).map((m) => String(m.message.text ?? m.message.altText ?? m.message.type));
}
