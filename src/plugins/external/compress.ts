// Response compression (@fastify/compress) for JSON, CSV, the OpenAPI document and Swagger UI's
// assets. Measured sizes and costs: docs/decisions/011-compression.md.
import compress from '@fastify/compress';
import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    await app.register(compress, {
      // Below about 1 KB the headers and the CPU cost more than the bytes saved.
      threshold: 1024,
      // brotli first: at @fastify/compress's quality 4 it is both smaller and cheaper than gzip here.
      encodings: ['br', 'gzip', 'deflate'],
    });
  },
  { name: 'compress' },
);
