import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The container tests (npm run test:container, after scripts/test-container.sh has built the image).
 * Plain `npm test` leaves them out: they need root, podman and minutes.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/container/**/*.test.ts'],
    // One podman at a time: the files share the engine, the host network and the base image.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
