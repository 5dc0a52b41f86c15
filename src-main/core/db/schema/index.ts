// Every table of the office database; drizzle-kit generates migrations from this module.
export * from './audit';
export * from './settings';
export * from './users';
