import { safeNextRoute, withNext } from './next-route';

describe('going back after a detour', () => {
  it('keeps a path inside the app with its query', () => {
    expect(safeNextRoute('/join?code=AB12')).toBe('/join?code=AB12');
    expect(safeNextRoute('/networks')).toBe('/networks');
  });

  it('refuses other sites, schemes and odd paths', () => {
    for (const bad of ['https://evil.example/x', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'join', '', null, undefined]) {
      expect(safeNextRoute(bad)).toBeNull();
    }
    expect(safeNextRoute('/join\n?code=1')).toBeNull();
    expect(safeNextRoute(`/${'a'.repeat(400)}`)).toBeNull();
  });

  it('never carries the simulator identity onwards', () => {
    expect(safeNextRoute('/join?mockIdToken=t&mockUserId=U1')).toBeNull();
  });

  it('builds a route that carries where to go next', () => {
    const route = withNext('/register', '/join?code=AB12');
    expect(route).toBe('/register?next=%2Fjoin%3Fcode%3DAB12');
    expect(safeNextRoute(new URLSearchParams(route.split('?')[1]).get('next'))).toBe('/join?code=AB12');
  });
});
