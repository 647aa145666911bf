import type { AnyNode } from 'acorn';
import { CPU_COST_CALLS } from '../known-packages.js';
import { numberValue } from './ast.js';
import type { Call, ModuleScan } from './module.js';

export const RANDOM_METHODS = new Set([
  'randomUUID',
  'getRandomValues',
  'randomBytes',
  'randomInt',
]);

/** A synchronous hash/KDF whose cost argument is over the threshold that fits in the CPU limit. */
export function checkCost(scan: ModuleScan, method: string, call: Call, node: AnyNode): void {
  const cost = CPU_COST_CALLS[method];
  const value = cost ? numberValue(call.arguments[cost.argument]) : null;
  if (!cost || value === null || value < cost.threshold) return;
  scan.report(
    'W601',
    node,
    `${method} with ${cost.unit} ${value} can exceed the ${scan.options.cpuMsPerRequest} ms CPU limit per request`,
  );
}
