import type { Runtime, ServiceKind } from '../model/index.js';

/** Repository name of an image without registry, tag or digest: `docker.io/library/postgres:16` → `postgres`. */
export function imageName(image: string): string {
  const withoutDigest = image.split('@')[0]!;
  const parts = withoutDigest.split('/');
  const last = parts.pop()!.split(':')[0]!;
  return [...parts.filter((p) => !p.includes('.') && !p.includes(':') && p !== 'library'), last]
    .join('/')
    .toLowerCase();
}

const SERVICE_KINDS: [RegExp, ServiceKind][] = [
  [/(^|\/)(postgres|postgis|timescaledb[\w-]*|pgvector|supabase\/postgres)$/, 'postgres'],
  // Oracle's own images: mysql/mysql-server, container-registry.oracle.com/mysql/community-server.
  [/(^|\/)(mysql|mariadb|percona[\w-]*)$|^mysql\/[\w-]+-server$/, 'mysql'],
  // Redis with modules (redislabs/redismod, rejson, redisearch) is still Redis to the app.
  [/(^|\/)(redis|redis-stack[\w-]*|redismod|rejson|redisearch|valkey|keydb|dragonfly)$/, 'redis'],
  [/(^|\/)(mongo|mongodb[\w-]*)$/, 'mongo'],
  [/(^|\/)rabbitmq$/, 'rabbitmq'],
  [/(^|\/)nats(-streaming)?$/, 'nats'],
  [/(^|\/)(kafka|cp-kafka|redpanda)$/, 'kafka'],
  [/(^|\/)memcached$/, 'memcached'],
  [/(^|\/)(minio|localstack|s3[\w-]*)$/, 's3'],
  [/(^|\/)(elasticsearch|opensearch)$/, 'elasticsearch'],
  [/(^|\/)(nginx|nginx-unprivileged|openresty|caddy|httpd|traefik|haproxy|envoy)$/, 'nginx'],
  [/(^|\/)(mailhog|mailpit|maildev|mailcatcher|inbucket|smtp4dev|mailcrab)$/, 'mail'],
  [
    /(^|\/)(adminer|pgadmin\d*|mongo-express|redis-commander|redisinsight|phpmyadmin|kafka-ui|kafdrop|dbgate|cloudbeaver)$/,
    'admin',
  ],
];

/** Where web server images serve files from. */
export const STATIC_ROOTS =
  /^\/(?:usr\/share\/nginx\/html|var\/www(?:\/html)?|usr\/local\/apache2\/htdocs|srv|usr\/share\/caddy)\/?$/;

export function serviceKind(image: string): ServiceKind {
  const name = imageName(image);
  return SERVICE_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'unknown';
}

const RUNTIMES: [RegExp, Runtime][] = [
  [/(^|\/)(node|nodejs\d*[\w-]*)$/, 'node'],
  [/(^|\/)bun$/, 'bun'],
  [/(^|\/)deno$/, 'deno'],
  [/(^|\/)(python|python\d[\w.-]*|pypy)$/, 'python'],
  [/(^|\/)(golang|go)$/, 'go'],
  [/(^|\/)(ruby|jruby)$/, 'ruby'],
  [/(^|\/)(openjdk|eclipse-temurin|amazoncorretto|java\d*[\w-]*|maven|gradle)$/, 'java'],
  [/(^|\/)php$/, 'php'],
  [/(^|\/)rust$/, 'rust'],
  [/(^|\/)(nginx|httpd|caddy)$/, 'static'],
];

/** The language runtime an image provides, or null for OS/scratch/distroless-static images. */
export function imageRuntime(image: string): Runtime | null {
  const name = imageName(image);
  return RUNTIMES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
