// The lists school and network questions pick from, fetched only when the form has such a question.
import { useCallback } from 'react';
import type { FormDefinition } from '@nithet/shared';
import { useQuery } from '../../../lib/use-query';
import { getNetworkChoices, getSchoolChoices } from '../api/get-choices';
import type { Lookups } from './question-field';

const has = (def: FormDefinition, kind: 'school' | 'network') => def.sections.some((s) => s.questions.some((q) => q.kind === kind));

export function useChoices(def: FormDefinition, owner: string): Lookups {
  const schools = has(def, 'school');
  const networks = has(def, 'network');
  const loadSchools = useCallback((signal: AbortSignal) => (schools ? getSchoolChoices(signal) : Promise.resolve([])), [schools]);
  const loadNetworks = useCallback(
    (signal: AbortSignal) => (networks ? getNetworkChoices(owner, signal) : Promise.resolve([])),
    [networks, owner],
  );
  return { schools: useQuery(loadSchools), networks: useQuery(loadNetworks) };
}
