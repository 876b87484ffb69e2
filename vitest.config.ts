import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The e2e tests bind 127.0.0.1 servers and a real discord.js client; forks isolate them.
    pool: 'forks',
  },
});
