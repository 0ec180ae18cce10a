// The monthly quota check shown before a send.
import { monthlyQuotaCheck } from './message-quota';

describe('monthlyQuotaCheck', () => {
  it('When both limits exist, then the lower one applies and the send that passes it is flagged', () => {
    expect(monthlyQuotaCheck({ officeLimit: 1000, line: { limit: 5000, used: 900 }, cost: 150 })).toEqual({
      limit: 1000,
      used: 900,
      afterSending: 1050,
      exceeds: true,
      source: 'office',
    });
    expect(monthlyQuotaCheck({ officeLimit: 9000, line: { limit: 5000, used: 900 }, cost: 150 })).toMatchObject({
      limit: 5000,
      exceeds: false,
      source: 'line',
    });
  });

  it('When LINE says unlimited and the office sets none, then nothing is exceeded', () => {
    expect(monthlyQuotaCheck({ officeLimit: null, line: { limit: null, used: 10 }, cost: 1e6 })).toMatchObject({
      exceeds: false,
      source: 'none',
    });
  });

  it('When LINE does not answer, then the office budget still bounds one send, and the count is unknown', () => {
    expect(monthlyQuotaCheck({ officeLimit: 100, line: null, cost: 101 })).toMatchObject({ used: null, exceeds: true, source: 'office' });
    expect(monthlyQuotaCheck({ officeLimit: null, line: null, cost: 101 })).toMatchObject({
      limit: null,
      exceeds: false,
      source: 'unknown',
    });
  });
});
