// Every table of the office database; drizzle-kit generates migrations from this module.
export * from './audit';
export * from './barriers';
export * from './calendar';
export * from './cases';
export * from './consultations';
export * from './documents';
export * from './network';
export * from './partners';
export * from './people';
export * from './report-snapshots';
export * from './search';
export * from './settings';
export * from './users';
