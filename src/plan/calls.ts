import type { AppModel, Binding, BuiltService, CodeChange, ReportRow } from '../model/index.js';
import { bindingName } from './naming.js';
import { findInSources, hitRef, type SourceFile } from './sources.js';

export interface ServiceCalls {
  bindings: Binding[];
  /** Hostname → binding, applied by the shim's fetch wrapper (any port: compose DNS names the service). */
  hosts: Record<string, string>;
  /** Env vars that held another service's URL: kept (the shim routes them). */
  rows: ReportRow[];
  codeChanges: CodeChange[];
}

/** HTTP clients that do not go through globalThis.fetch, so the shim cannot route their calls. */
const NON_FETCH_CLIENT = /\b(?:axios|got|superagent|needle|request|https?\.(?:get|request))\b/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Internal hostnames this app calls another built service by (`http://api:3000`) → service bindings.
 * Plain `fetch` calls are routed by the shim; other HTTP clients need the listed change.
 */
export function planServiceCalls(
  app: AppModel,
  others: { service: BuiltService; worker: string }[],
  sources: SourceFile[],
): ServiceCalls {
  const calls: ServiceCalls = { bindings: [], hosts: {}, rows: [], codeChanges: [] };
  for (const { service, worker } of others) {
    const pattern = new RegExp(`https?://(${service.hostnames.map(escape).join('|')})(?::(\\d+))?`);
    const inEnv = app.env.find((e) => e.value !== null && pattern.test(e.value));
    const inCode = findInSources(sources, pattern);
    const firstCall = inCode[0];
    if (!inEnv && !firstCall) continue;
    const binding = bindingName(service.name);
    const source = inEnv?.source ?? (firstCall ? hitRef(firstCall) : service.source);
    const reason = `calls compose service \`${service.name}\` by its internal hostname`;
    calls.bindings.push({ type: 'service', binding, service: worker, reason, source });
    for (const host of service.hostnames) calls.hosts[host] = binding;
    calls.rows.push({
      key: inEnv ? `ENV ${inEnv.name}` : `http://${service.name}`,
      source,
      outcome: 'converted',
      became: `service binding ${binding} → Worker ${worker}`,
      why: `${reason}; plain fetch() calls are routed by the shim`,
    });
    for (const hit of inCode.filter((h) => NON_FETCH_CLIENT.test(h.text))) {
      calls.codeChanges.push({
        file: hit.file,
        line: hit.line,
        change: `call env.${binding}.fetch(request) instead of ${hit.match[0]} (this client is not fetch, so the shim cannot route it)`,
        why: reason,
      });
    }
  }
  return calls;
}
