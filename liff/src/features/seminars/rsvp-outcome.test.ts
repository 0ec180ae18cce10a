import type { RsvpResponse, SeminarView } from '@nithet/shared';
import { myAnswerText, rsvpOutcomeMessage } from './rsvp-outcome';

const seminar = { title: 'อบรม PLC' } as SeminarView;
const res = (status: RsvpResponse['rsvp']['status'], position: number | null, changed = true): RsvpResponse => ({
  rsvp: { status, position },
  changed,
  seminar,
});

describe('rsvpOutcomeMessage', () => {
  it('confirms going, not going, and the waiting-list place', () => {
    expect(rsvpOutcomeMessage(res('going', null))).toBe('ยืนยันเข้าร่วม “อบรม PLC” เรียบร้อยแล้วค่ะ');
    expect(rsvpOutcomeMessage(res('not-going', null))).toContain('ไม่เข้าร่วม');
    expect(rsvpOutcomeMessage(res('waitlisted', 3))).toContain('ลำดับที่ 3');
  });
  it('says nothing changed when the answer was the same', () => {
    expect(rsvpOutcomeMessage(res('going', null, false))).toContain('เหมือนเดิม');
  });
});

describe('myAnswerText', () => {
  it('shows no answer, the answer, and the waiting-list place', () => {
    expect(myAnswerText(null)).toBe('ยังไม่ได้ตอบ');
    expect(myAnswerText({ status: 'going', position: null })).toBe('เข้าร่วม');
    expect(myAnswerText({ status: 'waitlisted', position: 2 })).toBe('รอที่นั่ง · ลำดับที่ 2 ในรายชื่อรอ');
  });
});
