/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentValidation } from './src/content/vite-content-validation.ts';
import { guideAbout } from './src/content/vite-guide-about.ts';

// Words rather than code: interface strings, glossaries and titles per language, and each
// guide's record and text per language, each a chunk loaded when needed. They are built into
// assets/data/ so that the service worker keeps only those a visitor has used.
const WORDS = /\/(locales|src\/content\/guides|src\/content\/icd10pcs\/data)\//;

export default defineConfig({
  plugins: [
    react(),
    contentValidation(),
    guideAbout(),
    VitePWA({
      // main.tsx registers the worker once the page has loaded; there is nothing to install.
      injectRegister: false,
      manifest: false,
      workbox: {
        // The app's code and styles are kept ahead; words (assets/data/) once they are used.
        // index.html is the root page, from which the app can draw any address (see below).
        globPatterns: ['index.html', 'favicon.svg', 'assets/*.{js,css}'],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        // A new build's worker takes over at once; pages always come from the network first,
        // so a deploy is seen on the next visit.
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Pages: the network first, so a deploy is never hidden; the copy kept from the
            // last visit when offline; else the app, which says what needs a connection.
            urlPattern: ({ request, url }) =>
              url.origin === self.location.origin &&
              (request.mode === 'navigate' || request.headers.get('accept') === 'text/html'),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'plainly-pages',
              expiration: { maxEntries: 500 },
              precacheFallback: { fallbackURL: '/index.html' },
            },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/assets/data/'),
            handler: 'CacheFirst',
            options: { cacheName: 'plainly-words', expiration: { maxEntries: 1000 } },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Source maps help users' bug reports without shipping anything from another origin.
    sourcemap: true,
    // The prerender step reads it to link each page to its own code and styles.
    manifest: true,
    cssCodeSplit: false,
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
