import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: a timeout here guards against a hang, not speed (speed is measured in bench/).
    // The project's shared 2-core machine runs the suite at load averages of 15–25, where tests
    // that run the model on worker threads took 60–100 s (.ci/run on a clean clone, 2026-11-30).
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
