// Vite build of the web UI: ui/ → dist/ui, served by `storyline serve` with a strict CSP (the built
// index.html holds no inline script or style: one module script and one stylesheet from 'self').
// Run from the repository root: `vite build --config ui/vite.config.ts`.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'ui',
  base: '/',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/ui',
    emptyOutDir: true,
    // No inlined assets: data: URLs would need a looser CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    target: 'es2022',
  },
  // `npx vite --config ui/vite.config.ts` serves the UI with hot reload; the API comes from a
  // `storyline serve` on its default address.
  server: { proxy: { '/api': 'http://127.0.0.1:4700' } },
});
