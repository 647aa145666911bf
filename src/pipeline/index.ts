/**
 * Stages composed for the hosts (src/cli, src/action): deploy, cleanup and monitor, each with the report
 * stage on GitHub. Stages never import each other back up the stack; this layer wires them.
 */
export { deploy, type DeployOptions } from './deploy.js';
export { cleanup, type CleanupOptions } from './cleanup.js';
export { monitor, type MonitorOptions } from './monitor.js';
