import { PRIVACY_NOTICE_VERSION, type MemberView } from '@nithet/shared';
import { nameFromDisplayName, registrationDefaults } from './form-defaults';

const member = (over: Partial<MemberView> = {}): MemberView => ({
  id: 'area-1:U0123456789abcdef0123456789abcdef',
  displayName: 'ครูสมศรี ใจดี',
  status: 'following',
  roles: ['teacher'],
  registered: false,
  registeredAt: null,
  profileConfirmedAt: null,
  profile: null,
  consents: [],
  ...over,
});

describe('guessing the name from the LINE display name', () => {
  it('splits first name and last name on the space', () => {
    expect(nameFromDisplayName('สมศรี ใจดี')).toEqual({ firstName: 'สมศรี', lastName: 'ใจดี' });
  });

  it('takes a title written in front, reading นางสาว before นาง', () => {
    expect(nameFromDisplayName('นางสาวมาลี ศรีสุข')).toEqual({ title: 'นางสาว', firstName: 'มาลี', lastName: 'ศรีสุข' });
    expect(nameFromDisplayName('นาย สมชาย รักเรียน')).toEqual({ title: 'นาย', firstName: 'สมชาย', lastName: 'รักเรียน' });
  });

  it('drops the honorific ครู and emoji, which are not part of the official name', () => {
    expect(nameFromDisplayName('ครูแดง 🌸✨')).toEqual({ firstName: 'แดง', lastName: '' });
  });

  it('keeps a given name that only starts like a title', () => {
    expect(nameFromDisplayName('นาง')).toEqual({ firstName: 'นาง', lastName: '' });
  });

  it('keeps every later word in the last name', () => {
    expect(nameFromDisplayName('Somsri  Jaidee  Na Ayutthaya')).toEqual({ firstName: 'Somsri', lastName: 'Jaidee Na Ayutthaya' });
  });
});

describe('starting values of the form', () => {
  it('When the teacher is new, then the name comes from LINE and nothing is consented yet', () => {
    const d = registrationDefaults(member());
    expect(d).toMatchObject({ firstName: 'สมศรี', lastName: 'ใจดี', levels: [], subjects: [], noticeVersion: PRIVACY_NOTICE_VERSION });
    expect(d.consents).toEqual({ 'network-contact': false, 'publish-photos': false, 'share-with-parent-agency': false });
  });

  it('When editing, then the saved profile and the consents given under the current notice are shown', () => {
    const at = '2026-12-01T03:00:00.000Z';
    const d = registrationDefaults(
      member({
        registered: true,
        profile: {
          title: 'นาง',
          firstName: 'มาลี',
          lastName: 'ศรีสุข',
          schoolCode: '70100',
          position: 'teacher',
          subjects: ['ภาษาไทย'],
          levels: ['primary'],
        },
        consents: [
          { purpose: 'network-contact', granted: true, noticeVersion: PRIVACY_NOTICE_VERSION, at },
          { purpose: 'publish-photos', granted: true, noticeVersion: 'old-version', at },
        ],
      }),
    );
    expect(d).toMatchObject({ title: 'นาง', firstName: 'มาลี', schoolCode: '70100', phone: '' });
    expect(d.consents).toEqual({ 'network-contact': true, 'publish-photos': false, 'share-with-parent-agency': false });
  });
});
