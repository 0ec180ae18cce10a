import { findRoute, matchRoute } from './match-route';

describe('matching routes to pages', () => {
  it('matches fixed routes exactly', () => {
    expect(matchRoute('/networks', '/networks')).toEqual({});
    expect(matchRoute('/networks', '/networks/manage')).toBeNull();
  });

  it('reads named segments, decoded', () => {
    expect(matchRoute('/supervisor/networks/:id', '/supervisor/networks/net-lead')).toEqual({ id: 'net-lead' });
    expect(matchRoute('/supervisor/networks/:id', '/supervisor/networks/a%20b')).toEqual({ id: 'a b' });
  });

  it('refuses an empty or broken segment', () => {
    expect(matchRoute('/supervisor/networks/:id', '/supervisor/networks/')).toBeNull();
    expect(matchRoute('/supervisor/networks/:id', '/supervisor/networks/%E0%A4')).toBeNull();
  });

  it('takes the first entry of the table that fits', () => {
    const table = [
      ['/networks/manage', 'list'],
      ['/networks/manage/:id', 'one'],
    ] as const;
    expect(findRoute(table, '/networks/manage/net-1')).toEqual({ value: 'one', params: { id: 'net-1' } });
    expect(findRoute(table, '/elsewhere')).toBeNull();
  });
});
