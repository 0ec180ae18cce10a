// Start-up configuration: every missing or bad variable is named at once, secrets never printed.
import { ConfigError, loadConfig, redactedConfig, signingSecret } from './config';

const good = {
  LINE_CHANNEL_SECRET: '0123456789abcdef0123456789abcdef',
  LINE_CHANNEL_ACCESS_TOKEN: 'token-token-token',
  LINE_LOGIN_CHANNEL_ID: '1650000000',
  LIFF_ID: '1650000000-AbCdEfGh',
};

describe('loadConfig', () => {
  it('When only the LINE variables are given, then defaults make a SQLite server on port 3000', () => {
    const c = loadConfig(good);
    expect(c).toMatchObject({
      PORT: 3000,
      STORE: 'sqlite',
      LINE_API_BASE_URL: 'https://api.line.me',
      LIFF_URL: 'https://liff.line.me/1650000000-AbCdEfGh',
    });
  });

  it('When several variables are missing or bad, then the error names each of them', () => {
    try {
      loadConfig({ LIFF_ID: 'nope', PORT: 'abc', STORE: 'firestore' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as ConfigError).message;
      for (const key of [
        'LINE_CHANNEL_SECRET is missing',
        'LINE_CHANNEL_ACCESS_TOKEN is missing',
        'LINE_LOGIN_CHANNEL_ID is missing',
        'LIFF_ID',
        'PORT',
        'FIRESTORE_PROJECT_ID',
      ]) {
        expect(text).toContain(key);
      }
    }
  });

  it('When the config is logged, then secrets are redacted', () => {
    const shown = JSON.stringify(redactedConfig(loadConfig(good)));
    expect(shown).not.toContain(good.LINE_CHANNEL_SECRET);
    expect(shown).not.toContain(good.LINE_CHANNEL_ACCESS_TOKEN);
  });
});

describe('APP_SECRET: the key for what the product signs itself', () => {
  const appSecret = 'app-secret-app-secret-app-secret-0001';

  it('When it is set, then tickets and links are keyed with it, so a rotated LINE channel secret voids none of them', () => {
    const before = loadConfig({ ...good, APP_SECRET: appSecret });
    const rotated = loadConfig({ ...good, LINE_CHANNEL_SECRET: 'fedcba9876543210fedcba9876543210', APP_SECRET: appSecret });
    expect(signingSecret(before)).toBe(appSecret);
    expect(signingSecret(rotated)).toBe(signingSecret(before));
    expect(JSON.stringify(redactedConfig(before))).not.toContain(appSecret);
  });

  it('When it is unset or empty, then the channel secret keys them as before (installs from before keep working)', () => {
    expect(signingSecret(loadConfig(good))).toBe(good.LINE_CHANNEL_SECRET);
    expect(signingSecret(loadConfig({ ...good, APP_SECRET: '' }))).toBe(good.LINE_CHANNEL_SECRET);
  });

  it('When it is too short to be a key, then start-up names it', () => {
    expect(() => loadConfig({ ...good, APP_SECRET: 'short' })).toThrow(/APP_SECRET/);
  });
});
