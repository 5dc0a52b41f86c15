// Every table of the office database; drizzle-kit generates migrations from this module.
export * from './audit';
export * from './cases';
export * from './documents';
export * from './network';
export * from './partners';
export * from './people';
export * from './settings';
export * from './users';
