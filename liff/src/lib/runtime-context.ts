// What the app learnt at start-up (office name, local mock mode), for any feature to read.
import { createContext, useContext } from 'react';

export interface Runtime {
  areaName: string;
  mock: boolean;
  /** Base of deep links into the app (LIFF URL), so links work when scanned by a phone camera. */
  liffUrl: string;
}

export const RuntimeContext = createContext<Runtime>({ areaName: '', mock: false, liffUrl: '' });

export const useRuntime = (): Runtime => useContext(RuntimeContext);
