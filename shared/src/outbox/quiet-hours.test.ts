// Quiet hours in Asia/Bangkok (UTC+7): which moments wait, and until when.
import { quietHoursDelay } from './quiet-hours';

describe('quietHoursDelay', () => {
  it('When it is daytime in Bangkok, then nothing waits', () => {
    expect(quietHoursDelay(new Date('2026-11-02T03:00:00Z'))).toBeNull(); // 10:00
    expect(quietHoursDelay(new Date('2026-11-02T13:59:59Z'))).toBeNull(); // 20:59
  });
  it('When it is late evening, then the send waits for 07:00 the next day', () => {
    expect(quietHoursDelay(new Date('2026-11-02T14:00:00Z'))?.toISOString()).toBe('2026-11-03T00:00:00.000Z'); // 21:00
  });
  it('When it is after midnight, then the send waits for 07:00 the same day', () => {
    expect(quietHoursDelay(new Date('2026-11-02T20:30:00Z'))?.toISOString()).toBe('2026-11-03T00:00:00.000Z'); // 03:30
    expect(quietHoursDelay(new Date('2026-11-03T00:00:00Z'))).toBeNull(); // 07:00
  });
});
