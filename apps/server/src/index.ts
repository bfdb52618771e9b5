export { buildServer, type ServerDependencies } from './app.js';
export { type RunningCollab, startCollab } from './collab-server.js';
export { type Config, ConfigError, loadConfig } from './config.js';
