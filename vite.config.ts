/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentValidation } from './src/content/vite-content-validation.ts';

export default defineConfig({
  plugins: [react(), contentValidation()],
  build: {
    target: 'es2022',
    // Source maps help users' bug reports without shipping anything from another origin.
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
  },
});
