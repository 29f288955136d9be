import { loadSettings, Settings } from '@chokepoint/config';
import { runId } from './test-infrastructure';

/**
 * Settings of one end-to-end scenario: its own topics and consumer group on the shared
 * infrastructure, short waits, metrics off unless the scenario serves them on a port of its own.
 */
export function scenarioSettings(name: string, extra: Record<string, string> = {}): Settings {
  const prefix = `e2e-${runId}-${name}`;
  return loadSettings({
    KAFKA_GROUP_ID: `${prefix}-screening`,
    KAFKA_FETCH_MAX_WAIT_MS: '100',
    KAFKA_SESSION_TIMEOUT_MS: '10000',
    TOPIC_DECLARATIONS: `${prefix}.declarations`,
    TOPIC_DEAD_LETTER: `${prefix}.dlq`,
    TOPIC_HOLDS: `${prefix}.holds`,
    TOPIC_CLEARANCES: `${prefix}.clearances`,
    OUTBOX_POLL_MS: '200',
    METRICS_PORT: '0',
    ...extra,
  });
}
