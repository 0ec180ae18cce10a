// Where files go in each install: on disk beside the SQLite data, or in the Firebase project's Cloud Storage bucket.
import { join } from 'node:path';
import { loadConfig } from '../config';
import { openFileStore } from './open-file-store';

const line = {
  LINE_CHANNEL_SECRET: '0123456789abcdef0123456789abcdef',
  LINE_CHANNEL_ACCESS_TOKEN: 'token-token-token',
  LINE_LOGIN_CHANNEL_ID: '1650000000',
  LIFF_ID: '1650000000-AbCdEfGh',
};

describe('Choosing the file store', () => {
  it('When the install is self-hosted on SQLite, then files live on disk under DATA_DIR/files unless FILES_DIR says otherwise', async () => {
    const c = loadConfig({ ...line, DATA_DIR: '/srv/nithet' });
    expect(c).toMatchObject({ FILE_STORE: 'disk', FILES_DIR: join('/srv/nithet', 'files') });
    expect((await openFileStore(c)).kind).toBe('disk');
    expect(loadConfig({ ...line, FILES_DIR: '/mnt/evidence' }).FILES_DIR).toBe('/mnt/evidence');
  });

  it('When the install runs on Firestore, then files go to Cloud Storage: the bucket Cloud Functions names, else the project default', async () => {
    const firebase = { ...line, STORE: 'firestore', FIRESTORE_PROJECT_ID: 'esa-demo' };
    expect(loadConfig(firebase)).toMatchObject({ FILE_STORE: 'gcs', FILE_BUCKET: 'esa-demo.firebasestorage.app' });
    const fromFunctions = loadConfig({
      ...firebase,
      FIREBASE_CONFIG: JSON.stringify({ projectId: 'esa-demo', storageBucket: 'esa-demo.appspot.com' }),
    });
    expect(fromFunctions.FILE_BUCKET).toBe('esa-demo.appspot.com');
    expect((await openFileStore(fromFunctions)).kind).toBe('gcs');
    expect(loadConfig({ ...firebase, FILE_STORE: 'disk' }).FILE_STORE).toBe('disk');
  });

  it('When Cloud Storage is chosen without any bucket to use, then start-up names the missing variable', () => {
    expect(() => loadConfig({ ...line, FILE_STORE: 'gcs' })).toThrow(/FILE_BUCKET is required when FILE_STORE=gcs/);
  });
});
