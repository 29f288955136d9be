export * from './settings';
export * from './logger';
export * from './clock';
export * from './child-service';
