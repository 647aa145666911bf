import { relative } from 'node:path';
import type { AnyNode, CallExpression, Node } from 'acorn';
import { ancestor } from 'acorn-walk';
import type { Diagnostic } from '../model/index.js';
import type { Wrangler } from '../toolchain/wrangler.js';
import { LineIndex, parseJs } from '../util/parse-js.js';
import { finding } from './rules.js';
import { readScannable } from './sources.js';

/**
 * W706: a Redis key written and read back in the same function. Where the plan moved Redis to KV, such a
 * read can return the old value: KV is eventually consistent, a write may take 60 s or more to be
 * visible in other locations (https://developers.cloudflare.com/kv/concepts/how-kv-works/#consistency).
 */
const WRITES = new Set([
  'set',
  'setex',
  'psetex',
  'setnx',
  'hset',
  'hmset',
  'hsetnx',
  'incr',
  'incrby',
  'decr',
  'decrby',
  'append',
  'lpush',
  'rpush',
  'sadd',
  'zadd',
  'del',
]);
const READS = new Set([
  'get',
  'getex',
  'mget',
  'hget',
  'hgetall',
  'hmget',
  'exists',
  'lrange',
  'smembers',
  'sismember',
  'zrange',
]);
/** `new Redis()`, `new IORedis()`, `new Redis.Cluster()`, `createClient()`, `redis.createClient()`. */
const CLIENT_CONSTRUCTORS = /^(?:Redis|IORedis|Cluster|Valkey)$/;
/** A client made in another module is known by its name (`redis`, `this.redisClient`). */
const CLIENT_NAME = /redis/i;

interface KeyCall {
  client: string;
  method: string;
  key: string;
  start: number;
}

function text(code: string, node: Node): string {
  return code.slice(node.start, node.end).replace(/\s+/g, '');
}

function calleeName(node: AnyNode): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && node.property.type === 'Identifier') {
    return node.property.name;
  }
  return null;
}

/** The source text of every expression a Redis client is assigned to (`redis`, `this.cache`). */
function redisClients(program: Node, code: string): Set<string> {
  const clients = new Set<string>();
  const isClient = (init: AnyNode | null | undefined): boolean => {
    if (!init) return false;
    if (init.type === 'AwaitExpression') return isClient(init.argument);
    if (init.type === 'NewExpression')
      return CLIENT_CONSTRUCTORS.test(calleeName(init.callee) ?? '');
    if (init.type === 'CallExpression') return calleeName(init.callee) === 'createClient';
    return false;
  };
  ancestor(program as AnyNode, {
    VariableDeclarator(node) {
      if (node.id.type === 'Identifier' && isClient(node.init)) clients.add(node.id.name);
    },
    AssignmentExpression(node) {
      if (isClient(node.right)) clients.add(text(code, node.left));
    },
  });
  return clients;
}

/** Per function (the innermost around each call), the key calls on Redis clients in source order. */
function keyCallsByFunction(program: Node, code: string, clients: Set<string>) {
  const byFunction = new Map<Node, KeyCall[]>();
  ancestor(program as AnyNode, {
    CallExpression(node: CallExpression, _state: unknown, ancestors: AnyNode[]) {
      const callee = node.callee;
      if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
      const method = callee.property.name.toLowerCase();
      const key = node.arguments[0];
      const client = text(code, callee.object);
      const known = clients.has(client) || CLIENT_NAME.test(client);
      if (!key || !known || !(WRITES.has(method) || READS.has(method))) return;
      const scope =
        [...ancestors]
          .reverse()
          .find((a) =>
            ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(
              a.type,
            ),
          ) ?? program;
      const calls = byFunction.get(scope) ?? [];
      calls.push({ client, method, key: text(code, key), start: node.start });
      byFunction.set(scope, calls);
    },
  });
  return byFunction;
}

/** Reads of a key the same function wrote earlier on the same client. */
export function readsAfterWrites(code: string): { write: KeyCall; read: KeyCall }[] {
  const program = parseJs(code);
  if (!program) return [];
  const clients = redisClients(program, code);
  const found: { write: KeyCall; read: KeyCall }[] = [];
  for (const calls of keyCallsByFunction(program, code, clients).values()) {
    calls.sort((a, b) => a.start - b.start);
    for (const [i, read] of calls.entries()) {
      if (!READS.has(read.method)) continue;
      const write = calls
        .slice(0, i)
        .reverse()
        .find((c) => WRITES.has(c.method) && c.client === read.client && c.key === read.key);
      if (write) found.push({ write, read });
    }
  }
  return found;
}

const FIX =
  'Use the value you just wrote instead of reading it back; if other requests must see it at once, keep this key in a Durable Object (strongly consistent) or D1, or use the Cache API for data read in the same location.';

/** W706 for every read-after-write of a Redis key in the app's files, when the plan put that data in KV. */
export async function kvReadAfterWrite(
  files: string[],
  root: string,
  kvBinding: string,
  wrangler: Wrangler,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const path of files) {
    const source = await readScannable(path, wrangler).catch(() => null);
    if (!source || !/redis|createClient/i.test(source.original)) continue;
    const lines = new LineIndex(source.code);
    for (const { write, read } of readsAfterWrites(source.code)) {
      const at = (call: KeyCall) => {
        const { line, column } = lines.position(call.start);
        return source.originalLine(line, column);
      };
      diagnostics.push(
        finding(
          'W706',
          `${read.client}.${read.method}(${read.key}) reads the key ${read.client}.${write.method}() wrote on line ${at(write)}; on KV (binding ${kvBinding}) the read can return the old value for up to 60 s`,
          { file: relative(root, path), line: at(read) },
          { fix: FIX },
        ),
      );
    }
  }
  return diagnostics;
}
