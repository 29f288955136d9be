import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings, SETTINGS_SCHEMA, SettingsError } from './settings';

describe('settings', () => {
  it('has a default for everything, with embedded infrastructure when nothing is set', () => {
    const settings = loadSettings({});
    expect(settings.kafka.brokers).toEqual([]);
    expect(settings.database.url).toBeUndefined();
    expect(settings.topics).toEqual({
      declarations: 'customs.declarations.v1',
      deadLetter: 'customs.declarations.dlq.v1',
      holds: 'screening.holds.v1',
      clearances: 'screening.clearances.v1',
    });
    expect(settings.ruleSets).toEqual({ file: undefined, referenceDataDir: '../shared/data', refreshSeconds: 30 });
    expect(settings.metrics.port).toBe(9464);
  });

  it('parses lists and numbers from the environment', () => {
    const settings = loadSettings({ KAFKA_BROKERS: 'k1:9092, k2:9092', METRICS_PORT: '0', BATCH_MAX_RECORDS: '200', DATABASE_URL: ' ' });
    expect(settings.kafka.brokers).toEqual(['k1:9092', 'k2:9092']);
    expect(settings.metrics.port).toBe(0);
    expect(settings.screening.batchMaxRecords).toBe(200);
    expect(settings.database.url).toBeUndefined();
  });

  it('stops start-up on an invalid value, naming the setting', () => {
    expect(() => loadSettings({ BATCH_MAX_RECORDS: 'many' })).toThrow(SettingsError);
    expect(() => loadSettings({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(() => loadSettings({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('is documented: the README lists every setting', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const missing = Object.keys(SETTINGS_SCHEMA.shape).filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
