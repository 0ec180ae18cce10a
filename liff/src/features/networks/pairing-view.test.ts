import type { NetworkView } from '@nithet/shared';
import { isSchoolPairing, pairingSchools } from './pairing-view';

const network = (name: string): NetworkView => ({
  id: 'net-1',
  name,
  description: '',
  kind: 'school-partnership',
  level: 'school',
  joinPolicy: 'approval',
  status: 'active',
  levels: [],
  subjects: [],
  schoolCodes: ['1040010001', '1040010002'],
});
const names = new Map([['1040010001', 'โรงเรียนบ้านศิลา']]);

describe('a school partnership on my networks', () => {
  it('When a network is a school partnership, then it counts as a pairing', () => {
    expect(isSchoolPairing(network('x'))).toBe(true);
  });

  it('When the pair is พี่–น้อง, then the first school is the พี่ school; unknown codes stay as codes', () => {
    const pairing = { network: network('โรงเรียนพี่ ก – โรงเรียนน้อง ข'), type: 'sibling' as const, schoolCodes: ['1040010001', '1040010002'] };
    expect(pairingSchools(pairing, names)).toEqual([
      { code: '1040010001', name: 'โรงเรียนบ้านศิลา', role: 'big' },
      { code: '1040010002', name: '1040010002', role: 'little' },
    ]);
    const paired = { ...pairing, network: network('โรงเรียนคู่พัฒนา ก – ข'), type: 'paired' as const };
    expect(pairingSchools(paired, names).map((s) => s.role)).toEqual([null, null]);
  });
});
