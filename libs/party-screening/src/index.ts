export * from './listed-entity';
export * from './countries';
export * from './list-source';
export * from './loaders/ofac-csv';
export * from './loaders/un-xml';
export * from './loaders/bis-dpl';
export * from './normalise';
