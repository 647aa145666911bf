import { describe, expect, it } from 'vitest';
import { probePath } from '../../src/plan/probe-path.js';

const file = (path: string, ...lines: string[]) => ({ path, text: `${lines.join('\n')}\n` });

describe('the smoke check path of an Express, Koa, Hono or Fastify app without HEALTHCHECK', () => {
  it('Express: routes only under mounted routers give the first plain GET, prefix joined', () => {
    // TarotDeckService's shape: app.use('/card', cardRouter); app.use('/deck', deckRouter).
    const main = file(
      'src/main.ts',
      "import express, { json } from 'express';",
      "import cardRouter from './routes/card';",
      "import deckRouter from './routes/deckRouter';",
      'const app = express();',
      'app.use(json());',
      "app.use('/card', cardRouter);",
      "app.use('/deck', deckRouter);",
      "app.listen(8080, '0.0.0.0');",
    );
    const card = file(
      'src/routes/card.ts',
      "import { Router } from 'express';",
      'const cardRouter = Router();',
      "cardRouter.get('/:cardId', (req, res) => res.json({}));",
      'export default cardRouter;',
    );
    const deck = file(
      'src/routes/deckRouter.ts',
      "import { Router } from 'express';",
      'const deckRouter = Router();',
      "deckRouter.get('/', (req, res) => res.json([]));",
      'export default deckRouter;',
    );
    expect(probePath('express', [main, card, deck])).toMatchObject({
      path: '/deck',
      row: { key: 'GET /deck', source: 'src/routes/deckRouter.ts:3' },
    });
  });

  it('Express: a health route on a required router wins; / declared on the app keeps /', () => {
    const app = file(
      'app.js',
      "const express = require('express');",
      'const app = express();',
      "app.get('/users', list);",
      "app.use('/api', require('./routes/health'));",
      'module.exports = app;',
    );
    const www = file(
      'bin/www.js',
      "const app = require('../app');",
      'http.createServer(app).listen(3000);',
    );
    const health = file(
      'routes/health.js',
      "const router = require('express').Router();",
      "router.get('/health', (req, res) => res.send('ok'));",
      'module.exports = router;',
    );
    expect(probePath('express', [www, app, health])?.path).toBe('/api/health');
    const root = file(
      'server.js',
      'const app = express();',
      "app.get('/', home);",
      "app.get('/about', about);",
      'app.listen(3000);',
    );
    expect(probePath('express', [root])).toBeNull();
  });

  it('Hono: a health route on the served app, found through the import graph (a tsconfig alias)', () => {
    // ymkz/example-hono-node's shape: `~/presentation` exports the app, src/index.ts serves it.
    const index = {
      ...file(
        'src/index.ts',
        "import { serve } from '@hono/node-server';",
        "import { app } from '~/presentation';",
        'serve({ fetch: app.fetch, port: 4000 });',
      ),
      imports: { '~/presentation': 'src/presentation/index.ts' },
    };
    const presentation = file(
      'src/presentation/index.ts',
      "import { OpenAPIHono } from '@hono/zod-openapi';",
      'const app = new OpenAPIHono({ defaultHook: validationHook });',
      'app.openapi(getUserListRoute, getUserListHandler);',
      "app.get('/healthz', (ctx) => ctx.text('OK'));",
      'export { app };',
    );
    expect(probePath('hono', [index, presentation])).toMatchObject({
      path: '/healthz',
      row: { source: 'src/presentation/index.ts:4' },
    });
  });

  it('Hono: app.route joins the sub-app prefix and basePath; the entry’s default export is served (Bun)', () => {
    const main = file(
      'src/index.ts',
      "import books from './books';",
      "const app = new Hono().basePath('/api');",
      "app.route('/books', books);",
      'export default app;',
    );
    const books = file(
      'src/books.ts',
      'const books = new Hono();',
      "books.get('/', (c) => c.json([]));",
      'export default books;',
    );
    expect(probePath('hono', [main, books])?.path).toBe('/api/books');
  });

  it('Koa: koa-router prefix (option and .prefix) and nested router.use', () => {
    const server = file(
      'src/server.js',
      "const Koa = require('koa');",
      "const router = require('./router');",
      'const app = new Koa();',
      'app.use(router.routes()).use(router.allowedMethods());',
      'app.listen(3000);',
    );
    const router = file(
      'src/router.js',
      "const Router = require('@koa/router');",
      "const users = require('./users');",
      "const router = new Router({ prefix: '/v1' });",
      "router.use('/users', users.routes());",
      'module.exports = router;',
    );
    const users = file(
      'src/users.js',
      'const users = new Router();',
      "users.prefix('/all');",
      "users.get('/', list);",
      'module.exports = users;',
    );
    expect(probePath('koa', [server, router, users])?.path).toBe('/v1/users/all');
  });

  it('Fastify: register(plugin, { prefix }) joins the prefix; the plugin instance is its parameter', () => {
    const app = file(
      'src/app.ts',
      "import Fastify from 'fastify';",
      "import routes from './routes/status';",
      'const server = Fastify({ logger: true });',
      "server.get('/items', list);",
      "server.register(routes, { prefix: '/v2' });",
      'await server.listen({ port: 3000 });',
    );
    const status = file(
      'src/routes/status.ts',
      'export default async function (fastify: FastifyInstance) {',
      "  fastify.get('/ping', async () => 'pong');",
      '}',
    );
    expect(probePath('fastify', [app, status])?.path).toBe('/v2/ping');
  });

  it('does not guess when the mount is not plain: a prefix from config, an unresolved router, an inline plugin', () => {
    const express = (mountLine: string) =>
      file(
        'server.js',
        'const app = express();',
        mountLine,
        "app.get('/', home);",
        'app.listen(3000);',
      );
    const health = file(
      'routes.js',
      'const router = express.Router();',
      "router.get('/health', ok);",
      'module.exports = router;',
    );
    // With the mount unread, only the app's own `/` is left: `/` stays.
    expect(
      probePath('express', [express("app.use(config.prefix, require('./routes'));"), health]),
    ).toBeNull();
    expect(
      probePath('express', [express("app.use('/api', require('some-package'));"), health]),
    ).toBeNull();
    const fastify = file(
      'server.js',
      'const fastify = Fastify();',
      "fastify.get('/', home);",
      "fastify.register(async (fastify) => { fastify.get('/health', ok); }, { prefix: '/api' });",
      'fastify.register(routes, { prefix: process.env.PREFIX });',
      'fastify.listen({ port: 3000 });',
      'async function routes(fastify) { fastify.get("/status", ok); }',
    );
    expect(probePath('fastify', [fastify])).toBeNull();
  });

  it('static files or a catch-all at the root count as `/`; `/` is preferred to /health, /health to /ping', () => {
    const withRoot = (line: string) =>
      file(
        'server.js',
        'const app = express();',
        line,
        "app.get('/api/items', list);",
        'app.listen(3000);',
      );
    for (const line of [
      "app.use(express.static('public'));",
      "app.get('*', (req, res) => res.sendFile('index.html'));",
    ])
      expect(probePath('express', [withRoot(line)])).toBeNull();
    const fastify = file(
      'server.js',
      "import fastifyStatic from '@fastify/static';",
      'const app = Fastify();',
      "app.register(fastifyStatic, { root: 'public' });",
      "app.get('/api/items', list);",
      'app.listen({ port: 3000 });',
    );
    expect(probePath('fastify', [fastify])).toBeNull();
    const both = file(
      'server.js',
      'const app = express();',
      "app.get('/ping', pong);",
      "app.get('/health', ok);",
      'app.listen(3000);',
    );
    expect(probePath('express', [both])?.path).toBe('/health');
    // api-aulas' shape: its /health queries the database, which the local boot does not have.
    const rootToo = file(
      'server.ts',
      'const server = fastify();',
      "server.get('/', async () => ({ status: 'ok' }));",
      "server.get('/health', async () => db.select());",
      'server.listen({ port: 8080 });',
    );
    expect(probePath('fastify', [rootToo])).toBeNull();
  });

  it("paths given as an array, and Hono’s on('GET', …), are routes too", () => {
    const koa = file(
      'src/app.js',
      'const app = new Koa();',
      'const router = new Router();',
      "router.get(['/products/all', '/healthz'], ok);",
      "router.get('/products', list);",
      'app.use(router.routes());',
      'app.listen(4000);',
    );
    expect(probePath('koa', [koa])?.path).toBe('/healthz');
    const hono = file(
      'src/index.ts',
      'const app = new Hono();',
      "app.on('GET', ['/about', '/health'], ok);",
      "server.on('error', fail);",
      "app.get('/:slug', go);",
      'export default app;',
    );
    expect(probePath('hono', [hono])?.path).toBe('/health');
  });

  it('reads only the app that is served: a router never mounted, or an app never served, does not count', () => {
    const server = file(
      'server.js',
      'const app = express();',
      'const admin = express();',
      'const unused = express.Router();',
      "admin.get('/health', ok);",
      "unused.get('/ping', ok);",
      "app.get('/', home);",
      'app.listen(3000);',
    );
    expect(probePath('express', [server])).toBeNull();
  });
});
