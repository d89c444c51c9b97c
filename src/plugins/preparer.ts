// Decorates the app with the Preparer that reads uploaded documents off the event loop, under a
// time limit, and stops its worker when the app closes.
import fp from 'fastify-plugin';
import { Preparer } from '../loader/preparer.js';

declare module 'fastify' {
  interface FastifyInstance {
    preparer: Preparer;
  }
}

export interface PreparerPluginOptions {
  /** Longest time one uploaded document may take to clean and recognise (EXTRACT_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

export default fp<PreparerPluginOptions>(
  async (app, options) => {
    const preparer = new Preparer(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
    app.decorate('preparer', preparer);
    app.addHook('onClose', () => preparer.close());
  },
  { name: 'preparer' },
);
