// Picks the FileStore from configuration, the way openStore picks the document store.
import type { FileStore } from '@nithet/shared';
import type { Config } from '../config';
import { createDiskFileStore } from './disk-file-store';

export async function openFileStore(
  config: Pick<Config, 'FILE_STORE' | 'FILES_DIR' | 'FILE_BUCKET' | 'FIRESTORE_PROJECT_ID'>,
): Promise<FileStore> {
  if (config.FILE_STORE === 'disk') return createDiskFileStore({ dir: config.FILES_DIR });
  // Loaded only when chosen, so a disk install never loads the Cloud Storage client.
  const { createGcsFileStore } = await import('./gcs-file-store');
  return createGcsFileStore({
    bucket: config.FILE_BUCKET ?? '',
    ...(config.FIRESTORE_PROJECT_ID ? { projectId: config.FIRESTORE_PROJECT_ID } : {}),
  });
}
