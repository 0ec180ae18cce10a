import type { NetworkView } from '@nithet/shared';
import { networkFieldMessage, networkFieldOf, networkFormDefaults, splitSubjects } from './network-form-values';

const view: NetworkView = {
  id: 'net-science1',
  name: 'ชุมชนครูวิทยาศาสตร์',
  description: '',
  kind: 'teacher-community',
  level: 'office',
  joinPolicy: 'open',
  schoolCodes: ['1040010001'],
  status: 'active',
  levels: ['primary'],
  subjects: ['วิทยาศาสตร์'],
  joinCode: 'SCIENCE1',
};

describe('the network form', () => {
  it('starts empty and open for a new network, and from the network when editing', () => {
    expect(networkFormDefaults()).toMatchObject({ name: '', joinPolicy: 'open', levels: [] });
    expect(networkFormDefaults(view)).toMatchObject({ name: 'ชุมชนครูวิทยาศาสตร์', joinCode: 'SCIENCE1', kind: 'teacher-community' });
  });

  it('says in Thai what is wrong with a field', () => {
    expect(networkFieldMessage('name', { type: 'too_small' })).toBe('กรุณากรอกชื่อเครือข่าย');
    expect(networkFieldMessage('joinCode', { type: 'invalid_format' })).toContain('4–12');
    expect(networkFieldMessage('joinCode', { type: 'server', message: 'รหัสซ้ำ' })).toBe('รหัสซ้ำ');
    expect(networkFieldMessage('kind', undefined)).toBeUndefined();
  });

  it('places server paths on fields and splits subjects on commas', () => {
    expect(networkFieldOf('subjects.2')).toBe('subjects');
    expect(networkFieldOf('schoolCodes')).toBeNull();
    expect(splitSubjects('คณิตศาสตร์, วิทยาศาสตร์ ,,')).toEqual(['คณิตศาสตร์', 'วิทยาศาสตร์']);
  });
});
