import { z } from 'zod';

export const Health = z
  .object({ status: z.literal('ok') })
  .meta({ id: 'Health', description: 'The process is alive.' });

export const Readiness = z
  .object({
    status: z.literal('ready'),
    migrations: z.object({
      applied: z.number().int().describe('Migrations recorded in the database.'),
      shipped: z.number().int().describe('Migrations shipped with this build.'),
    }),
    documents: z.number().int().min(1).describe('Documents loaded.'),
  })
  .meta({ id: 'Readiness', description: 'The database is open, fully migrated and holds documents.' });
export type Readiness = z.output<typeof Readiness>;
