// npm warns EBADENGINE on Node 20 for two packages that declare Node >= 22 (README, "Run it").
// The warning is harmless as long as what our dependencies call of them works here; this checks it.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Resolved from the packages that depend on them, as they load them.
const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));
const fromStatic = createRequire(createRequire(import.meta.url).resolve('@fastify/swagger-ui'));

describe('dependencies declaring a newer Node than the one we run on', () => {
  it('cookie (light-my-request, behind app.inject) sets and reads cookies', () => {
    const injector = createRequire(fromFastify.resolve('light-my-request'));
    const cookie = injector('cookie') as typeof import('cookie');
    expect(cookie.stringifySetCookie({ name: 'session', value: 'a b', httpOnly: true })).toBe(
      'session=a%20b; HttpOnly',
    );
    expect(cookie.parseCookie('a=1; b=2')).toEqual({ a: '1', b: '2' });
  });

  it('content-disposition (@fastify/static, behind Swagger UI) names a download', () => {
    const server = createRequire(fromStatic.resolve('@fastify/static'));
    const { create } = server('content-disposition') as { create: (name: string) => string };
    expect(create('résumé.pdf')).toBe(`attachment; filename="r?sum?.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`);
  });
});
