// A school partnership as the teacher reads it: its type (คู่พัฒนา / พี่–น้อง) and both schools by name.
import type { NetworkView, PairingsResponse } from '@nithet/shared';

export type PairingType = 'paired' | 'sibling';
export type SchoolRole = 'big' | 'little';

export const isSchoolPairing = (network: Pick<NetworkView, 'kind'>): boolean => network.kind === 'school-partnership';

/** The pair's schools in order (a sibling pair lists the พี่ school first), named from the directory when known. */
export function pairingSchools(
  pairing: PairingsResponse['pairings'][number],
  names: ReadonlyMap<string, string>,
): { code: string; name: string; role: SchoolRole | null }[] {
  const sibling = pairing.type === 'sibling';
  return pairing.schoolCodes.map((code, i) => ({
    code,
    name: names.get(code) ?? code,
    role: sibling ? (i === 0 ? 'big' : 'little') : null,
  }));
}
