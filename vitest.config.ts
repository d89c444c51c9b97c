import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One migrated template database for the run; every test file copies it (test/helpers/db.ts).
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
