export * from './client.js';
export * from './demo-users.js';
export * as schema from './schema.js';
export * from './schema.js';
