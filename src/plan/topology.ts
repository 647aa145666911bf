import type {
  AppModel,
  BackingService,
  BuiltService,
  DevTool,
  Diagnostic,
  ProxyRoute,
  ReportRow,
} from '../model/index.js';
import { planDiagnostic } from './rules.js';

/** Backing services that are routing or development tools, not state: they get no binding. */
export const NOT_STATE_KINDS = new Set<BackingService['kind']>(['nginx', 'mail', 'admin']);

/** Development tools compose runs beside the app, and what replaces each in production. */
const TOOL_KINDS: Record<DevTool['kind'], { name: string; fix: string }> = {
  mail: {
    name: 'a mail catcher',
    fix: 'Send mail through a provider’s HTTP API (or Cloudflare Email Service) in production.',
  },
  admin: {
    name: 'an admin UI',
    fix: 'Use the Cloudflare dashboard or wrangler (d1 execute, kv key list) to inspect data.',
  },
  test: {
    name: 'a browser test runner',
    fix: 'Run the tests in CI against the preview URL the action comments.',
  },
};

/** How a compose file's services map onto Cloudflare. */
export interface Topology {
  /** Built services that run the app's own code: each one a Worker (besides the app's). */
  workers: BuiltService[];
  /** The static frontend whose build the app's Worker serves as assets, if any. */
  frontend: BuiltService | null;
  /** Paths a proxy sends to the app: the Worker runs first for them when it also serves assets. */
  appPaths: string[];
}

/**
 * Only services that run the app's own code become Workers. Reverse proxies become routing (their
 * path rules are reported), a web server serving a static build becomes the app's assets, copies of
 * a service are the same Worker, and development tools are dropped.
 */
export function topologyOf(app: AppModel): Topology {
  const own = app.builtServices.filter((s) => s.name !== app.composeService && !s.copyOf);
  const frontend = own.find((s) => s.role === 'static') ?? null;
  const appPaths = allRoutes(app)
    .filter((r) => r.service !== null && appHosts(app).has(r.service))
    .flatMap((r) => workerFirstPatterns(r.path));
  return {
    workers: own.filter((s) => (s.role ?? 'app') === 'app'),
    frontend: app.staticSite ? null : frontend,
    appPaths: [...new Set(appPaths)],
  };
}

/**
 * `run_worker_first` patterns for a proxy path: `/api/` → `/api/*`, `/health` → `/health` and
 * `/health/*`. The root and regular expressions give none (the SPA fallback still sends requests
 * that are not page navigations to the Worker).
 */
function workerFirstPatterns(path: string): string[] {
  const prefix = path.replace(/\*+$/, '');
  if (prefix === '/' || !/^\/[\w\-./]*$/.test(prefix)) return [];
  return prefix.endsWith('/') ? [`${prefix}*`] : [prefix, `${prefix}/*`];
}

function allRoutes(app: AppModel): ProxyRoute[] {
  return [...app.services, ...app.builtServices].flatMap((s) => s.routes ?? []);
}

/** The names the app's own service is reached by. */
function appHosts(app: AppModel): Set<string> {
  return new Set(app.composeService ? [app.composeService] : []);
}

/**
 * Report rows and notes for what did not become a Worker, for the app's Worker (`main`); `workers`
 * maps each built service that became a Worker to its name.
 */
export function topologyReport(
  app: AppModel,
  main: string,
  workers: Map<string, string>,
  frontend: BuiltService | null,
): { rows: ReportRow[]; diagnostics: Diagnostic[] } {
  const rows: ReportRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const whereTo = (route: ProxyRoute): Pick<ReportRow, 'outcome' | 'became'> => {
    if (route.service === null)
      return { outcome: 'manual', became: `${route.upstream}, unchanged` };
    if (appHosts(app).has(route.service)) return { outcome: 'converted', became: `Worker ${main}` };
    if (route.service === frontend?.name)
      return { outcome: 'converted', became: `static assets of Worker ${main}` };
    const worker = workers.get(route.service);
    return worker
      ? { outcome: 'converted', became: `Worker ${worker}: route \`<your domain>${route.path}*\`` }
      : { outcome: 'manual', became: `${route.service}, which is not deployed` };
  };
  const proxies: (BackingService | BuiltService)[] = [
    ...app.services.filter((s) => s.kind === 'nginx'),
    ...app.builtServices.filter((s) => s.role === 'proxy'),
  ];
  for (const proxy of proxies) {
    const label = 'image' in proxy ? (proxy.image ?? 'nginx') : `built from ${proxy.context}`;
    rows.push({
      key: `services.${proxy.name} (${label})`,
      source: proxy.source,
      outcome: 'dropped',
      became: 'routing',
      why: 'a reverse proxy: Cloudflare routes requests to Workers, so no Worker runs it',
    });
    for (const route of proxy.routes ?? []) {
      const to = whereTo(route);
      // A Worker's route passes the whole path on: what the proxy removed, the app now receives.
      const strips = route.strips && to.outcome === 'converted' ? route.strips : null;
      rows.push({
        key: `${proxy.name}: ${route.path} → ${route.upstream}`,
        source: route.source,
        ...(strips
          ? { outcome: 'manual', became: `${to.became}, with ${strips} in the path` }
          : to),
        why: strips
          ? `a path rule of the proxy, which removes ${strips} before forwarding; a Worker receives the whole path, so serve the app's routes under ${strips} (e.g. app.use('${strips}', router))`
          : 'a path rule of the proxy',
      });
    }
    diagnostics.push(
      planDiagnostic('P048', {
        message: `reverse proxy \`${proxy.name}\` becomes routing, not a Worker${proxy.routes?.length ? `: ${proxy.routes.map((r) => `${r.path} → ${whereTo(r).became}`).join('; ')}` : ''}`,
        fix: 'Give each Worker its route (or custom domain) for these paths; the app Worker already serves its own.',
        source: proxy.source,
      }),
    );
  }
  const tools = [
    ...app.services
      .filter((s) => s.kind === 'mail' || s.kind === 'admin')
      .map((s) => ({ ...s, label: s.image ?? s.kind, kind: s.kind as 'mail' | 'admin' })),
    ...app.builtServices
      .filter((s) => s.role === 'tool')
      .map((s) => ({
        ...s,
        label: `${s.tool?.name ?? 'a tool'}, built from ${s.context}`,
        kind: s.tool?.kind ?? 'mail',
      })),
  ];
  for (const service of tools) {
    const what = TOOL_KINDS[service.kind];
    rows.push({
      key: `services.${service.name} (${service.label})`,
      source: service.source,
      outcome: 'dropped',
      became: 'nothing',
      why: `${what.name} for development: no Workers equivalent is needed`,
    });
    diagnostics.push(
      planDiagnostic('P049', {
        message: `\`${service.name}\` is ${what.name} for development; it is not deployed`,
        fix: what.fix,
        source: service.source,
      }),
    );
  }
  for (const site of app.builtServices.filter(
    (s) => s.role === 'static' && !s.copyOf && s !== frontend,
  )) {
    rows.push({
      key: `services.${site.name} (static build served by a web server)`,
      source: site.source,
      outcome: 'manual',
      became: 'a separate assets-only Worker',
      why: `the app Worker already serves ${frontend ? frontend.name : 'its own static files'}`,
    });
  }
  if (app.replicas) {
    rows.push({
      key: `replicas: ${app.replicas.count}`,
      source: app.replicas.source,
      outcome: 'dropped',
      became: 'one Worker',
      why: 'Workers run as many instances as the requests need: no replica count to set',
    });
  }
  for (const copy of app.builtServices.filter((s) => s.copyOf)) {
    rows.push({
      key: `services.${copy.name}`,
      source: copy.source,
      outcome: 'dropped',
      became: `the same Worker as ${copy.copyOf!}`,
      why: 'same build and command: one Worker serves every copy, and it scales with the requests',
    });
  }
  return { rows, diagnostics };
}
