// The dependencies every handler and route receives: built once per process, passed explicitly.
import type { Clock, FileStore, IdGenerator, Repositories } from '@nithet/shared';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Messenger } from './line/messenger';
import type { IdTokenVerifier } from './line/login-verifier';

export interface BotDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  ids: IdGenerator;
  repos: Repositories;
  /** Evidence photos and library documents (disk or Cloud Storage, per FILE_STORE). */
  files: FileStore;
  messenger: Messenger;
  verifier: IdTokenVerifier;
  /** Links the rich menu that fits a person's roles (never throws; failures are logged). */
  menus: { link(userId: string, roles: readonly string[]): Promise<void> };
}
