import { isValidJoinCode, normaliseJoinCode } from './join-code';

describe('join codes typed by people', () => {
  it('reads codes in any case, with spaces or dashes', () => {
    expect(normaliseJoinCode(' ab12-cd ')).toBe('AB12CD');
    expect(isValidJoinCode('lead 01')).toBe(true);
  });

  it('refuses codes the office never hands out', () => {
    expect(isValidJoinCode('AB1')).toBe(false);
    expect(isValidJoinCode('รหัสไทย1')).toBe(false);
    expect(isValidJoinCode('A'.repeat(13))).toBe(false);
  });
});
