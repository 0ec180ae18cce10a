// The reminder to those going: Thai lead phrase for the time left, พ.ศ. date, venue, and LINE's limits.
import type { Seminar } from '@nithet/shared';
import { validateMessages } from '../line/limits';
import { reminderLead, seminarReminderMessage } from './seminar-replies';

const seminar: Seminar = {
  id: 'sem-1',
  areaId: 'esa',
  title: 'สัมมนาการจัดการเรียนรู้เชิงรุก'.repeat(6),
  agenda: '',
  startsAt: '2026-11-10T02:00:00.000Z',
  endsAt: '2026-11-10T05:00:00.000Z',
  venue: 'ห้องประชุมสำนักงานเขต'.repeat(10),
  onlineUrl: 'https://meet.example.org/abc',
  audience: { networkIds: [], levels: [], schoolCodes: [] },
  capacity: 10,
  registrationDeadline: null,
  reminderOffsetsMinutes: [4320, 1440, 60],
  status: 'announced',
  createdBy: 'm-1',
  version: 1,
  announcedAt: '2026-11-01T02:00:00.000Z',
  cancelledAt: null,
  goingCount: 1,
  waitlistCount: 0,
  ticketSeq: 0,
  requireEvaluation: true,
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
};

describe('Seminar reminder message', () => {
  it('When the reminder is 3 days, 1 day, 1 hour or 25 minutes before, then the lead says so in Thai', () => {
    expect([4320, 1440, 60, 25].map(reminderLead)).toEqual(['อีก 3 วัน', 'พรุ่งนี้', 'อีก 1 ชั่วโมง', 'อีก 25 นาที']);
  });

  it('When built for a long title and venue, then it names the seminar, the พ.ศ. date, the venue and link, and passes LINE limits', () => {
    const msg = seminarReminderMessage(seminar, 1440);
    expect(validateMessages([msg])).toEqual([]);
    const text = (msg as { text: string }).text;
    expect(text).toContain('แจ้งเตือนค่ะ พรุ่งนี้ จะถึง "สัมมนาการจัดการเรียนรู้เชิงรุก');
    expect(text).toContain('วันที่: วันอังคารที่ 10 พฤศจิกายน 2569 เวลา 09.00 น.');
    expect(text).toContain('สถานที่: ห้องประชุมสำนักงานเขต');
    expect(text).toContain('https://meet.example.org/abc');
  });
});
