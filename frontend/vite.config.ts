import { defineConfig } from 'vitest/config';

// Served by Quarkus (Quinoa) under /app/; in `quarkus dev` Quinoa proxies to this dev server.
export default defineConfig({
  base: '/app/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { port: 5173, strictPort: true },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
