import { API_PATHS, FORM_PATHS, liffConfigSchema } from '@nithet/shared';
import { LIFF_CONFIG_PATH, asBootConfig } from './boot-config';
import { PAGE_ROUTES } from './route-table';

describe("start-up's own reading of the runtime config (no zod on the start-up path)", () => {
  const good = { liffId: '1234-abcd', mock: true, liffUrl: 'http://localhost:3000/liff', areaName: 'สพป.ทดสอบ เขต 1' };

  it('asks the same path as the shared contract', () => {
    expect(LIFF_CONFIG_PATH).toBe(API_PATHS.liffConfig);
  });

  it('accepts exactly what the shared schema accepts', () => {
    const cases: unknown[] = [
      good,
      { ...good, mock: false },
      { ...good, liffId: '' },
      { ...good, mock: 'true' },
      { ...good, areaName: undefined },
      { ...good, liffUrl: 3 },
      null,
      'config',
      [],
    ];
    for (const c of cases) expect(asBootConfig(c) !== null).toBe(liffConfigSchema.safeParse(c).success);
    expect(asBootConfig(good)).toEqual(liffConfigSchema.parse(good));
  });

  it("starts the form page's first GET on the path the page itself reads", () => {
    const form = PAGE_ROUTES.find((r) => r.page === 'FormPage');
    expect(form?.early?.replace(':roundId', 'rnd-1')).toBe(FORM_PATHS.one('rnd-1'));
  });
});
