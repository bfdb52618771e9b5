export * from './access.js';
export * from './catalog.js';
export * from './errors.js';
export * from './inputs.js';
export * from './locale.js';
export * from './org-number.js';
export * from './primitives.js';
export * from './status.js';
