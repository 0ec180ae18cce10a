// Emulator lifecycle for TS tests and scripts: a typed re-export of the plain-JS core that jest's globalSetup also uses.
export {
  startFirestoreEmulator,
  clearFirestoreEmulator,
  stopGroup,
  DEFAULT_PROJECT_ID,
  type FirestoreEmulator,
} from '../../../scripts/jest/firestore-emulator';
