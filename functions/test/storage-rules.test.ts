// storage.rules as firebase deploy uploads it: every path of the bucket denied to clients (the Admin SDK of the functions
// bypasses rules). No Storage emulator runs here (it needs firebase-tools and Java), so the file itself is checked.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const firebase = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as { storage?: { rules?: string } };
const code = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\/.*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('storage.rules', () => {
  it('When firebase deploy runs, then it uploads storage.rules with the Storage product', () => {
    expect(firebase.storage?.rules).toBe('storage.rules');
  });

  it('When a client reads or writes any object of any bucket, then the one rule denies it', () => {
    expect(code('storage.rules')).toBe(
      "rules_version = '2'; service firebase.storage { match /b/{bucket}/o { match /{allPaths=**} { allow read, write: if false; } } }",
    );
  });
});
