// What the app learnt at start-up (office name, local mock mode), for any feature to read.
import { createContext, useContext } from 'react';

export interface Runtime {
  areaName: string;
  mock: boolean;
}

export const RuntimeContext = createContext<Runtime>({ areaName: '', mock: false });

export const useRuntime = (): Runtime => useContext(RuntimeContext);
