import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('fills defaults', () => {
    expect(loadConfig({})).toEqual({
      PORT: 3000,
      HOST: '0.0.0.0',
      DB_PATH: 'data/parley.db',
      LOG_LEVEL: 'info',
      SEEDS_DIR: 'seeds',
      EXTRACT_TIMEOUT_MS: 10_000,
      CORS_ORIGINS: [],
    });
  });

  it('reads and types the environment, treating empty variables as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DB_PATH: '/tmp/x.db',
      LOG_LEVEL: 'debug',
      SEEDS_DIR: '',
      INGEST_TOKEN: 's3cret',
      EXTRACT_TIMEOUT_MS: '2500',
    });
    expect(config).toEqual({
      PORT: 8080,
      HOST: '127.0.0.1',
      DB_PATH: '/tmp/x.db',
      LOG_LEVEL: 'debug',
      SEEDS_DIR: 'seeds',
      INGEST_TOKEN: 's3cret',
      EXTRACT_TIMEOUT_MS: 2500,
      CORS_ORIGINS: [],
    });
  });

  it('refuses invalid values, naming them', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ EXTRACT_TIMEOUT_MS: '5' })).toThrow(/EXTRACT_TIMEOUT_MS/);
  });
});
