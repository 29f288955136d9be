export * from './replay-engine';
export * from './replay-comparison';
export * from './replay-report';
export * from './replay-sources';
export * from './run-replay';
export * from './replay-segments';
