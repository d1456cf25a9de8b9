// The package's entry (index.js) has the types of the module it wraps.
export * from './abridge.js';
export { default } from './abridge.js';
