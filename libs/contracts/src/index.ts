export * from './export-declaration';
export * from './screening-decision';
export * from './validation';
