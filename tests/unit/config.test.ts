import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('configuration', () => {
  it('has defaults that run the embedded database on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: undefined, port: 3000, publicUrl: 'http://localhost:3000', logLevel: 'info' });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/spur',
      PORT: '8080',
      PUBLIC_URL: 'https://spur.example.se/',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/spur',
      port: 8080,
      publicUrl: 'https://spur.example.se',
      logLevel: 'warn',
    });
  });

  it('names every bad value at once, with what it should be', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toContain('PORT must be a port number 0–65535 (got "eighty")');
      expect(problems.join('\n')).toContain('DATABASE_URL must start with postgres://');
      expect(problems.join('\n')).toContain('LOG_LEVEL must be one of');
    }
  });

  it('reads the trusted proxies as a list, and refuses anything but addresses and ranges', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must be a comma-separated list/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });
});
