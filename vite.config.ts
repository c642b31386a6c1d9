import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the build must work under any sub-path a speaker's host puts it on.
  base: './',
  server: { port: 5173 },
  preview: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
