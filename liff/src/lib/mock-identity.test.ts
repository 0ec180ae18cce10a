import { readMockIdentity, withoutMockIdentity } from './mock-identity';

const storage = (value: string | null) => ({ getItem: () => value });

describe('the simulator identity in local mode', () => {
  it('reads the identity the simulator put in the URL', () => {
    const url = new URL('http://localhost/liff/register?mockIdToken=t1&mockUserId=U1&mockName=%E0%B8%84%E0%B8%A3%E0%B8%B9');
    expect(readMockIdentity(url, storage(null))).toEqual({ idToken: 't1', userId: 'U1', displayName: 'ครู' });
  });

  it('When the page is reloaded without the query, then the stored identity is used', () => {
    const stored = JSON.stringify({ idToken: 't2', userId: 'U2', displayName: 'สมศรี' });
    expect(readMockIdentity(new URL('http://localhost/liff/register'), storage(stored))).toEqual({
      idToken: 't2',
      userId: 'U2',
      displayName: 'สมศรี',
    });
  });

  it('When there is no identity anywhere (or it is garbled), then there is none', () => {
    expect(readMockIdentity(new URL('http://localhost/liff/'), storage(null))).toBeNull();
    expect(readMockIdentity(new URL('http://localhost/liff/'), storage('{not json'))).toBeNull();
    expect(readMockIdentity(new URL('http://localhost/liff/'), undefined)).toBeNull();
  });

  it('strips only the identity from the URL', () => {
    const url = new URL('http://localhost/liff/register?mockIdToken=t&mockUserId=U&mockName=x&network=n1#top');
    expect(withoutMockIdentity(url).href).toBe('http://localhost/liff/register?network=n1#top');
  });
});
