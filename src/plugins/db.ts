// Decorates the app with its database and closes it when the app closes.
import fp from 'fastify-plugin';
import { openDb, type Db } from '../db/client.js';
import { registerSqlFunctions } from '../db/functions.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export interface DbPluginOptions {
  /** An open database (the app takes ownership and closes it), or a path to open and migrate. */
  db: Db | string;
}

export default fp<DbPluginOptions>(
  async (app, options) => {
    const db = typeof options.db === 'string' ? openDb(options.db) : options.db;
    registerSqlFunctions(db);
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      if (db.$client.open) db.$client.close();
    });
  },
  { name: 'db' },
);
