// Start-up configuration: every missing or bad variable is named at once, secrets never printed.
import { ConfigError, loadConfig, redactedConfig } from './config';

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
