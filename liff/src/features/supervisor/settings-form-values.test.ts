// Office settings: what the form shows for saved settings, and what it sends back.
import { settingsFormSchema, settingsFormValuesOf, toSettingsRequest } from './settings-form-values';

const saved = {
  profileStaleDays: 180,
  monthlyMessageQuota: null,
  certificateSignerName: null,
  certificateSignerTitle: null,
  quietStartHour: 21,
  quietEndHour: 7,
};

describe('office settings form', () => {
  it('When opened and saved unchanged, then blanks go back as null (no budget, the default signer title)', () => {
    const values = settingsFormValuesOf(saved);
    expect(values).toMatchObject({ monthlyMessageQuota: '', quietStartHour: '21', certificateSignerName: '' });
    expect(toSettingsRequest(settingsFormSchema.parse(values))).toEqual(saved);
  });

  it('When filled, then numbers and names are sent as such; out-of-range values are refused on their fields', () => {
    const filled = { ...settingsFormValuesOf(saved), monthlyMessageQuota: ' 15000 ', certificateSignerName: 'นายสมชาย รักการศึกษา' };
    expect(toSettingsRequest(settingsFormSchema.parse(filled))).toMatchObject({
      monthlyMessageQuota: 15000,
      certificateSignerName: 'นายสมชาย รักการศึกษา',
    });
    const bad = settingsFormSchema.safeParse({ ...filled, quietEndHour: '24', profileStaleDays: '3', monthlyMessageQuota: '-1' });
    expect(bad.success ? [] : [...new Set(bad.error.issues.map((i) => i.path.join('.')))].sort()).toEqual([
      'monthlyMessageQuota',
      'profileStaleDays',
      'quietEndHour',
    ]);
  });
});
