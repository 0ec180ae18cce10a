// The record form's rules as a coordinator meets them: Thai messages before sending, participants counted once.
import type { ActivityOptionsResponse, NetworkActivityView } from '@nithet/shared';
import { bangkokToday, checkLink, checkValues, emptyValues, participantTotal, toInput, valuesOf } from './activity-form';
import { asJpegName, scaledSize } from './downscale';
import { formatBytes, toSend, type QueuedFile } from './upload-queue';

const person = (memberId: string) => ({ memberId, name: memberId, schoolName: '' });
const options: ActivityOptionsResponse = {
  network: { id: 'net-1', name: 'เครือข่ายครูแกนนำ' },
  members: ['m1', 'm2', 'm3'].map(person),
  seminars: [{ id: 'sem-1', title: 'สัมมนา', startsAt: '2027-01-15T02:00:00.000Z', checkedIn: ['m1', 'x9'].map(person) }],
  planActivities: [],
};

describe('Recording an activity', () => {
  it('When it is 23:30 UTC, then "today" is already the next day in Bangkok and later dates are refused in Thai', () => {
    expect(bangkokToday(new Date('2027-01-14T23:30:00Z'))).toBe('2027-01-15');
    const v = { ...emptyValues('2027-01-15'), title: 'PLC', date: '2027-01-16' };
    expect(checkValues(v, '2027-01-15')).toEqual({ date: expect.stringContaining('ไม่เกินวันนี้') });
    expect(checkValues({ ...v, title: ' ', date: '2027-01-15', outsideCount: '-1' }, '2027-01-15')).toEqual({
      title: 'กรุณากรอกชื่อกิจกรรม',
      'participants.outsideCount': expect.stringContaining('ตัวเลข'),
    });
  });

  it('When a seminar and picked members overlap, then each person counts once, plus those outside the system', () => {
    const v = { ...emptyValues('2027-01-15'), seminarId: 'sem-1', picked: ['m1', 'm2'], outsideCount: '5' };
    expect(participantTotal(v, options)).toBe(3 + 5);
    expect(toInput(v, [{ title: 'คู่มือ', url: ' https://example.org/a ' }])).toMatchObject({
      planActivityId: null,
      participants: { seminarId: 'sem-1', memberIds: ['m1', 'm2'], outsideCount: 5 },
      knowledgeLinks: [{ title: 'คู่มือ', url: 'https://example.org/a', description: '' }],
    });
  });

  it('When a saved record is opened again, then the seminar attendees are not shown as picked by hand', () => {
    const saved = {
      title: 'PLC',
      kind: 'plc-cycle',
      date: '2027-01-15',
      planActivityId: null,
      notes: '',
      participants: { memberIds: ['m1', 'x9', 'm3'], seminarId: 'sem-1', outsideCount: 2, count: 5 },
    } as unknown as NetworkActivityView;
    expect(valuesOf(saved, options)).toMatchObject({ seminarId: 'sem-1', picked: ['m3'], outsideCount: '2' });
  });

  it('When a link is not a web address, then it is refused before sending', () => {
    expect(checkLink({ title: 'x', url: 'javascript:alert(1)' })).toEqual({ url: expect.stringContaining('https://') });
    expect(checkLink({ title: '', url: 'https://www.obec.go.th' })).toEqual({ title: expect.any(String) });
  });
});

describe('Photos and files before upload', () => {
  it('When a 4000×3000 phone photo is picked, then it is drawn at 1600×1200; small ones keep their size', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(asJpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg');
  });

  it('When a save runs, then only files never sent or failed go; sizes read as KB and MB', () => {
    const f = (id: string, status: QueuedFile['status']): QueuedFile => ({
      id,
      kind: 'evidence',
      name: id,
      title: id,
      size: 1,
      isImage: true,
      status,
      progress: 0,
      error: null,
    });
    expect(toSend([f('a', 'waiting'), f('b', 'failed'), f('c', 'uploading'), f('d', 'preparing')]).map((x) => x.id)).toEqual(['a', 'b']);
    expect(formatBytes(300 * 1024)).toBe('300 KB');
    expect(formatBytes(2.45 * 1024 * 1024)).toBe('2.5 MB');
  });
});
