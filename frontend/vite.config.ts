import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Every *.html at the top of frontend/ is one page of the app (console = index.html, agent desktop, wallboard,
// reports...), so a new area adds its HTML file and nothing here.
const root = fileURLToPath(new URL('.', import.meta.url));
const pages = Object.fromEntries(
  readdirSync(root).filter((f) => f.endsWith('.html')).map((f) => [f.slice(0, -'.html'.length), root + f]),
);

// Served by Quarkus (Quinoa) under /app/; in `quarkus dev` Quinoa proxies to this dev server.
export default defineConfig({
  base: '/app/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, rollupOptions: { input: pages } },
  server: { port: 5173, strictPort: true },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
