import { posix } from 'node:path';
import type { ProxyRoute } from '../model/index.js';
import { sourceRef } from '../model/index.js';
import { lineAt } from './text.js';

/** Where web servers read their configuration inside their images. */
export const PROXY_CONFIG_DIR =
  /^\/(?:etc\/(?:nginx|caddy|traefik)|usr\/local\/etc\/haproxy)(?:\/|$)/;
/** Files to try when a whole directory of configuration is mounted or copied. */
export const PROXY_CONFIG_FILES = ['default.conf', 'nginx.conf', 'app.conf', 'Caddyfile'];

const NGINX_LOCATION = /\blocation\s+(?:(?:=|~\*?|\^~)\s+)?([^\s{]+)\s*\{/g;
const NGINX_UPSTREAM = /\bupstream\s+([\w.-]+)\s*\{([^}]*)\}/g;
const NGINX_PROXY_PASS = /\b(?:proxy_pass|grpc_pass|uwsgi_pass|fastcgi_pass)\s+([^;\s]+)\s*;/;
/** `rewrite ^/api/(.*) /$1 break;`: the prefix goes before the request is passed on. */
const NGINX_STRIP_REWRITE = /\brewrite\s+\^?(\/[\w.-]+(?:\/[\w.-]+)*)\/\(\.\*\)\$?\s+\/\$1\b/;
const CADDY_BLOCK = /^\s*(handle_path|handle|route)\s+(\S+)\s*\{\s*$/;
const CADDY_PROXY = /^\s*reverse_proxy\s+(.+?)\s*\{?\s*$/;

/** Maps a hostname to the compose service it reaches (its name or a network alias), or null. */
export type ServiceOfHost = (host: string) => string | null;

/** The routes of an nginx or Caddy config, each with the `file:line` of its rule. */
export function proxyRoutes(text: string, file: string, services: ServiceOfHost): ProxyRoute[] {
  const serviceOf = (upstream: string) =>
    services(
      upstream
        .replace(/^[a-z]+:\/\//, '')
        .split(/[/:]/)[0]!
        .trim(),
    );
  return posix.basename(file).toLowerCase().startsWith('caddyfile')
    ? caddyRoutes(text, file, serviceOf)
    : nginxRoutes(text, file, serviceOf);
}

/** `location /api/ { proxy_pass http://api:3000; }`, with `upstream` blocks resolved to their first server. */
function nginxRoutes(
  raw: string,
  file: string,
  serviceOf: (upstream: string) => string | null,
): ProxyRoute[] {
  const text = raw.replace(/#[^\n]*/g, (comment) => ' '.repeat(comment.length));
  const upstreams = new Map<string, string>();
  for (const match of text.matchAll(NGINX_UPSTREAM)) {
    const server = /\bserver\s+([^;\s]+)/.exec(match[2] ?? '')?.[1];
    if (server) upstreams.set(match[1]!, server);
  }
  const routes: ProxyRoute[] = [];
  for (const match of text.matchAll(NGINX_LOCATION)) {
    const body = blockBody(text, match.index + match[0].length);
    const pass = NGINX_PROXY_PASS.exec(body)?.[1];
    if (!pass) continue;
    const name = pass.replace(/^[a-z]+:\/\//, '').split(/[/:]/)[0]!;
    const target = upstreams.get(name) ?? pass;
    const strips = nginxStrips(match[0], match[1]!, pass, body);
    routes.push({
      path: match[1]!,
      upstream: pass,
      service: serviceOf(target),
      ...(strips ? { strips } : {}),
      source: sourceRef(file, lineAt(text, match.index)),
    });
  }
  return routes;
}

/**
 * The prefix nginx removes: a `rewrite` to `/$1`, or a `proxy_pass` URI of `/`, which replaces the
 * matched prefix location (https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass).
 */
function nginxStrips(
  location: string,
  path: string,
  pass: string,
  body: string,
): string | undefined {
  const rewritten = NGINX_STRIP_REWRITE.exec(body)?.[1];
  if (rewritten) return rewritten;
  const prefix = !/location\s+(?:=|~)/.test(location);
  const uri = /^[a-z]+:\/\/[^/]+(\/.*)?$/.exec(pass)?.[1];
  return prefix && uri === '/' && path !== '/' ? path.replace(/\/$/, '') : undefined;
}

/** The text of a `{ … }` block that opens just before `start`, without its nested closing brace. */
function blockBody(text: string, start: number): string {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/** `reverse_proxy /api/* api:3000`, or `handle /api/* { reverse_proxy api:3000 }`. */
function caddyRoutes(
  text: string,
  file: string,
  serviceOf: (upstream: string) => string | null,
): ProxyRoute[] {
  const routes: ProxyRoute[] = [];
  const blocks: ({ directive: string; path: string } | null)[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const code = line.replace(/(^|\s)#.*$/, '');
    const block = CADDY_BLOCK.exec(code);
    const proxy = CADDY_PROXY.exec(code);
    if (proxy) {
      const args = proxy[1]!.split(/\s+/);
      const matcher = args[0]!.startsWith('/') || args[0] === '*' ? args.shift()! : null;
      const upstream = args[0];
      if (upstream) {
        const enclosing = blocks.findLast((b) => b !== null);
        // https://caddyserver.com/docs/caddyfile/directives/handle_path: strips the matched prefix.
        const strips =
          !matcher && enclosing?.directive === 'handle_path'
            ? enclosing.path.replace(/\/?\*$/, '')
            : '';
        routes.push({
          path: matcher ?? enclosing?.path ?? '/',
          upstream,
          service: serviceOf(upstream),
          ...(strips ? { strips } : {}),
          source: sourceRef(file, index + 1),
        });
      }
    }
    if (code.trim().endsWith('{'))
      blocks.push(block ? { directive: block[1]!, path: block[2]! } : null);
    else if (code.trim() === '}') blocks.pop();
  });
  return routes;
}
