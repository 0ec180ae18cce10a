// The seminar card and RSVP texts: within LINE's limits, Thai dates in พ.ศ., the right buttons.
import type { Seminar } from '@nithet/shared';
import { validateMessages } from '../line/limits';
import { rsvpOutcomeText, seminarCard, seminarFollowUpMessage } from './seminar-replies';

const seminar = (over: Partial<Seminar> = {}): Seminar => ({
  id: 'sem-1',
  areaId: 'demo-esa',
  title: 'สัมมนาการจัดการเรียนรู้เชิงรุก',
  agenda: '',
  startsAt: '2027-01-15T02:00:00.000Z',
  endsAt: '2027-01-15T05:00:00.000Z',
  venue: 'ห้องประชุมสำนักงานเขต',
  audience: { networkIds: [], levels: [], schoolCodes: [] },
  capacity: 30,
  registrationDeadline: '2027-01-10T10:00:00.000Z',
  reminderOffsetsMinutes: [],
  status: 'announced',
  createdBy: 'x',
  version: 1,
  announcedAt: null,
  cancelledAt: null,
  goingCount: 28,
  waitlistCount: 0,
  ticketSeq: 0,
  requireEvaluation: true,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

describe('seminarCard', () => {
  it('When built, then LINE accepts it and it shows the Thai date, seats and both RSVP buttons with the details link', () => {
    const card = seminarCard(seminar({ onlineUrl: 'https://meet.example.org/x' }), 'https://liff.line.me/1-abc');
    expect(validateMessages([card])).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('15 มกราคม 2570 เวลา 09.00 น.');
    expect(json).toContain('เหลือที่นั่ง 2 ที่');
    expect(json).toContain('action=rsvp&s=sem-1&v=going');
    expect(json).toContain('action=rsvp&s=sem-1&v=not-going');
    expect(json).toContain('https://liff.line.me/1-abc/seminars/sem-1');
  });

  it('When full or unlimited, then it says so, and a very long title still fits', () => {
    expect(JSON.stringify(seminarCard(seminar({ goingCount: 30 }), 'https://liff.line.me/1'))).toContain('ที่นั่งเต็มแล้ว');
    const open = seminarCard(seminar({ capacity: null, title: 'ก'.repeat(200), venue: 'ข'.repeat(300) }), 'https://liff.line.me/1');
    expect(validateMessages([open])).toEqual([]);
    expect(JSON.stringify(open)).toContain('ไม่จำกัดจำนวนที่นั่ง');
  });
});

describe('rsvpOutcomeText', () => {
  const base = { seminar: seminar(), position: null, changed: true };
  const rsvp = (status: 'going' | 'not-going' | 'waitlisted') => ({
    id: 'r',
    areaId: 'demo-esa',
    seminarId: 'sem-1',
    memberId: 'm',
    status,
    ticket: null,
    promotedAt: null,
    checkedInAt: null,
    checkedInBy: null,
    checkInMethod: null,
    createdAt: '',
    updatedAt: '',
  });
  it('When answered, then each outcome has its Thai sentence', () => {
    expect(rsvpOutcomeText({ ...base, rsvp: rsvp('going') })).toContain('ลงทะเบียนเข้าร่วม');
    expect(rsvpOutcomeText({ ...base, rsvp: rsvp('waitlisted'), position: 3 })).toContain('รายชื่อสำรองลำดับที่ 3');
    expect(rsvpOutcomeText({ ...base, rsvp: rsvp('not-going') })).toContain('ไม่เข้าร่วม');
    expect(rsvpOutcomeText({ ...base, changed: false, rsvp: rsvp('going') })).toContain('ไว้แล้ว');
  });
});

describe('The follow-up card after the session', () => {
  it('When an evaluation is asked for, then one button opens the evaluation page; without one, it offers the certificate', () => {
    const long = seminar({ title: 'ก'.repeat(200) });
    const withEvaluation = seminarFollowUpMessage(long, 'https://liff.line.me/1234567890-AbcdEfgh');
    expect(validateMessages([withEvaluation])).toEqual([]);
    expect(JSON.stringify(withEvaluation)).toContain('/seminars/sem-1/evaluate');
    expect(JSON.stringify(withEvaluation)).toContain('ตอบแบบประเมิน');
    expect(JSON.stringify(seminarFollowUpMessage(seminar({ requireEvaluation: false }), 'https://liff.line.me/x'))).toContain('รับเกียรติบัตร');
  });
});
