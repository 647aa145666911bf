import { describe, expect, it } from 'vitest';
import { probePath } from '../../src/plan/probe-path.js';

const controller = (path: string, text: string) => ({ path, text });
const products = controller(
  'src/products.controller.ts',
  "@Controller('products')\nexport class Products {\n  @Get(':id')\n  one() {}\n  @Get()\n  all() {}\n}\n",
);

describe('the smoke check path of an app without HEALTHCHECK', () => {
  it('Nest without a route at /: its first GET route without parameters, with where it is declared', () => {
    expect(probePath('nestjs', [products])).toMatchObject({
      path: '/products',
      row: { key: 'GET /products', source: 'src/products.controller.ts:5' },
    });
  });

  it('a health route first, after the global prefix; { path } controllers count', () => {
    const health = controller(
      'src/health.controller.ts',
      "@Controller({ path: 'health', version: '1' })\nexport class Health {\n  @Get()\n  check() {}\n}\n",
    );
    const main = controller('src/main.ts', "app.setGlobalPrefix('api');\n");
    expect(probePath('nestjs', [main, products, health])?.path).toBe('/api/health');
  });

  it('URI versioning puts v<version> before a versioned controller; options may span lines', () => {
    const users = controller(
      'src/users.controller.ts',
      "@Controller({\n  path: 'users',\n  version: '1',\n})\nexport class Users {\n  @Get('me')\n  me() {}\n}\n",
    );
    const main = controller(
      'src/main.ts',
      "app.setGlobalPrefix('api');\napp.enableVersioning({ type: VersioningType.URI });\n",
    );
    expect(probePath('nestjs', [main, users])).toMatchObject({
      path: '/api/v1/users/me',
      row: { source: 'src/users.controller.ts:6' },
    });
  });

  it('keeps / when the prefix is not a literal (read from config, or with exclude)', () => {
    for (const call of [
      "app.setGlobalPrefix(config.getOrThrow('app.apiPrefix'));",
      "app.setGlobalPrefix('api', { exclude: ['/'] });",
    ])
      expect(probePath('nestjs', [controller('src/main.ts', call), products])).toBeNull();
  });

  it('keeps / when the app has a route there, when no route is read, and for other frameworks', () => {
    const root = controller(
      'src/app.controller.ts',
      '@Controller()\nclass App {\n  @Get()\n  hi() {}\n}\n',
    );
    expect(probePath('nestjs', [products, root])).toBeNull();
    expect(probePath('nestjs', [])).toBeNull();
    expect(probePath('express', [products])).toBeNull();
  });
});
