export { buildServer, type ServerDependencies } from './app.js';
export { type RunningCollab, startCollab } from './collab-server.js';
export { type Config, ConfigError, loadConfig } from './config.js';
export type { ReceivedDelivery } from './demo-host/byradesk-webhooks.js';
export type { DeliveredMail } from './mail/index.js';
export { demoFolder, productStaticFolders, type StaticFolder } from './static-folders.js';
