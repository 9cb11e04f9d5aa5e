/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentValidation } from './src/content/vite-content-validation.ts';
import { guideAbout } from './src/content/vite-guide-about.ts';

// Words rather than code: interface strings, glossaries and titles per language, and each
// guide's record and text per language, each a chunk loaded when needed, in assets/data/.
const WORDS = /\/(locales|src\/content\/guides)\//;

export default defineConfig({
  plugins: [react(), contentValidation(), guideAbout()],
  build: {
    target: 'es2022',
    // Source maps help users' bug reports without shipping anything from another origin.
    sourcemap: true,
    // The prerender step reads it to link each page to its own code and styles.
    manifest: true,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId && WORDS.test(chunk.facadeModuleId)
            ? 'assets/data/[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
  },
});
