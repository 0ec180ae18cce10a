// Builds the process's dependencies from configuration: the store, LINE adapters, clock and logger.
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  FORM_TEMPLATES,
  createRepositories,
  ensureBuiltInTemplates,
  newArea,
  systemClock,
  type Clock,
  type DocumentStore,
  type FileStore,
} from '@nithet/shared';
import type { Config } from './config';
import type { BotDeps } from './deps';
import { createLogger, type Logger } from './logger';
import { createLineMessenger } from './line/messenger';
import { createLoginVerifier } from './line/login-verifier';
import { createSqliteStore } from './store/sqlite/sqlite-store';
import { createRichMenuClients } from './line/rich-menus/clients';
import { linkRichMenuForRoles } from './line/rich-menus/link';
import { openFileStore } from './files/open-file-store';

/** The store settings only (backup and restore open a store without the LINE configuration). */
export type StoreConfig = Pick<Config, 'STORE' | 'DATA_DIR' | 'FIRESTORE_PROJECT_ID' | 'FIRESTORE_DATABASE_ID' | 'FIRESTORE_EMULATOR_HOST'>;

export async function openStore(config: StoreConfig): Promise<DocumentStore> {
  if (config.STORE === 'sqlite') return createSqliteStore({ file: join(config.DATA_DIR, 'nithet.sqlite') });
  // Loaded only when chosen, so a SQLite install never pays for firebase-admin at start-up.
  const { createFirestoreStore } = await import('./store/firestore/firestore-store');
  return createFirestoreStore({
    projectId: config.FIRESTORE_PROJECT_ID ?? '',
    ...(config.FIRESTORE_DATABASE_ID ? { databaseId: config.FIRESTORE_DATABASE_ID } : {}),
    ...(config.FIRESTORE_EMULATOR_HOST ? { emulatorHost: config.FIRESTORE_EMULATOR_HOST } : {}),
  });
}

export async function createServices(
  config: Config,
  overrides: { logger?: Logger; clock?: Clock; store?: DocumentStore; files?: FileStore } = {},
): Promise<BotDeps> {
  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL });
  const clock = overrides.clock ?? systemClock;
  const store = overrides.store ?? (await openStore(config));
  const menuClient = createRichMenuClients(config).api;
  return {
    config,
    logger,
    menus: { link: async (userId, roles) => void (await linkRichMenuForRoles(menuClient, userId, roles, { logger })) },
    clock,
    ids: { newId: () => randomUUID().replace(/-/g, '').slice(0, 20) },
    repos: createRepositories(store),
    files: overrides.files ?? (await openFileStore(config)),
    messenger: createLineMessenger({
      channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN,
      apiBaseUrl: config.LINE_API_BASE_URL,
      timeoutMs: config.LINE_API_TIMEOUT_MS,
    }),
    verifier: createLoginVerifier({
      apiBaseUrl: config.LINE_API_BASE_URL,
      loginChannelId: config.LINE_LOGIN_CHANNEL_ID,
      clock,
      timeoutMs: config.LINE_API_TIMEOUT_MS,
    }),
  };
}

/** The office this server serves exists from the first start on (create-if-absent: never overwritten). */
export async function ensureArea(deps: BotDeps): Promise<void> {
  const now = deps.clock.now().toISOString();
  const { AREA_ID, AREA_NAME } = deps.config;
  await deps.repos.areas.create(newArea({ id: AREA_ID, name: AREA_NAME, kind: 'primary', province: '' }, now));
  await ensureBuiltInTemplates(deps.repos, AREA_ID, FORM_TEMPLATES, now);
}
