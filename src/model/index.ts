/** The one typed model every stage reads and writes. */
export * from './diagnostic.js';
export * from './app.js';
export * from './plan.js';
export * from './check.js';
export * from './provision.js';
export * from './deploy.js';
export * from './monitor.js';
