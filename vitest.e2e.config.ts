import { defineConfig } from 'vitest/config';

// End-to-end tests: serve the built app (dist/, made by `npm run build`) and drive it in Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
