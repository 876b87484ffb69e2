import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Image builds and podman runs: npm run test:container (tests/container/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/container/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The e2e tests bind 127.0.0.1 servers and a real discord.js client; forks isolate them.
    pool: 'forks',
  },
});
