import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_URL, readConfig, serverEnvironment } from './config.ts';
import { CliError } from './errors.ts';

describe('readConfig', () => {
  it('defaults the server and allows colour', () => {
    expect(readConfig({})).toEqual({
      serverUrl: DEFAULT_SERVER_URL,
      colourAllowed: true,
      configDir: null,
      envToken: null,
    });
  });

  it('takes PSOAS_URL and honours NO_COLOR unless it is empty', () => {
    const config = readConfig({ PSOAS_URL: 'http://coach:9000/', NO_COLOR: '1' });
    expect(config).toMatchObject({ serverUrl: 'http://coach:9000', colourAllowed: false });
    expect(readConfig({ NO_COLOR: '' }).colourAllowed).toBe(true);
  });

  it('fails fast as a usage error on a bad PSOAS_URL', () => {
    try {
      readConfig({ PSOAS_URL: 'coach:9000' });
      expect.unreachable();
    } catch (error) {
      expect(error instanceof CliError && error.failure.kind).toBe('usage');
    }
  });
});

describe('readConfig for accounts', () => {
  it('finds the config directory and takes PSOAS_TOKEN, trimmed', () => {
    const config = readConfig({ HOME: '/home/ana', PSOAS_TOKEN: ' pat_abc \n' });
    expect(config.configDir).toBe('/home/ana/.config/psoas');
    expect(config.envToken).toBe('pat_abc');
    expect(readConfig({ PSOAS_TOKEN: '' }).envToken).toBeNull();
  });

  it('refuses a PSOAS_TOKEN that cannot be a token, without repeating it', () => {
    try {
      readConfig({ PSOAS_TOKEN: 'two words' });
      expect.unreachable();
    } catch (error) {
      expect(error instanceof CliError && error.failure.kind).toBe('usage');
      expect(error instanceof Error && error.message).not.toContain('two words');
      const failure = error instanceof CliError ? error.failure : null;
      expect(failure?.kind === 'usage' && failure.message).not.toContain('two words');
    }
  });
});

describe('serverEnvironment', () => {
  it('lays the flags over the environment and leaves unset flags alone', () => {
    const env = serverEnvironment({ PORT: '9000', HOST: undefined }, { HOST: 'h', PATH: '/bin' });
    expect(env).toEqual({ PORT: '9000', HOST: 'h', PATH: '/bin' });
  });
});
