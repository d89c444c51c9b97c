import { z } from 'zod';

// Everything the process reads from its environment, typed once. Empty variables count as unset,
// so `PORT= npm start` falls back to the default instead of failing on ''.
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DB_PATH: z.string().min(1).default('data/parley.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  INGEST_TOKEN: z.string().min(1).optional(),
  /** Longest time (ms) one uploaded or loaded document may take to read before it is refused. */
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Comma-separated origins (scheme://host[:port]) a browser may write from; reads are open to all. */
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(/^https?:\/\/[^/\s]+$/, 'expected origins such as https://dashboard.example, comma-separated'),
      ),
    )
    .default([]),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return result.data;
}
