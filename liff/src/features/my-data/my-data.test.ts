import type { ConsentRecord } from '@nithet/shared';
import { consentHistory, currentConsents, withdrawsContact } from './consent-state';
import { exportFileName } from './my-data-file';

const rec = (purpose: ConsentRecord['purpose'], granted: boolean, at: string): ConsentRecord => ({
  purpose,
  granted,
  noticeVersion: '2026-11',
  at,
});

describe('my consents', () => {
  it('the latest record per purpose is what holds now', () => {
    const history = [
      rec('network-contact', true, '2026-11-01T00:00:00.000Z'),
      rec('publish-photos', true, '2026-11-01T00:00:00.000Z'),
      rec('publish-photos', false, '2026-11-20T00:00:00.000Z'),
    ];
    expect(currentConsents(history)).toEqual({ 'network-contact': true, 'publish-photos': false, 'share-with-parent-agency': false });
    expect(consentHistory(history)[0]?.at).toBe('2026-11-20T00:00:00.000Z');
  });

  it('When network contact is withdrawn, then the page warns that messages stop', () => {
    const on = { 'network-contact': true, 'publish-photos': false, 'share-with-parent-agency': false };
    expect(withdrawsContact(on, { ...on, 'network-contact': false })).toBe(true);
    expect(withdrawsContact(on, { ...on, 'publish-photos': true })).toBe(false);
  });
});

describe('the downloaded file', () => {
  it('has a Thai name and the Bangkok date in the Buddhist era', () => {
    expect(exportFileName('csv', new Date('2026-11-23T18:30:00Z'))).toBe('ข้อมูลของฉัน-นิเทศ-2569-11-24.csv');
    expect(exportFileName('json', new Date('2027-01-01T03:00:00Z'))).toBe('ข้อมูลของฉัน-นิเทศ-2570-01-01.json');
  });
});
