import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { buildTargets } from './scripts/browser-support/browser-targets.js';

/** Where the dev server finds the Fastify API. */
const API_TARGET = 'http://127.0.0.1:8080';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // the PC reports it at each sync (the region's overview shows which PCs run an old release)
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  plugins: [
    preact(),
    VitePWA({
      registerType: 'prompt',
      // src/web/sw/register-sw.ts registers with workbox-window
      injectRegister: false,
      strategies: 'generateSW',
      manifest: {
        name: 'Сопка',
        short_name: 'Сопка',
        description: 'Консультационный центр для НКО Камчатки: организации, проекты, обучение',
        lang: 'ru',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b3d91',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // the first install controls the open page at once; an update waits for «Обновить»
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // package.json `browserslist`: the same browsers the API lint checks against
    target: buildTargets(import.meta.dirname),
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/size.mjs walks the entry's static imports in .vite/manifest.json
    manifest: true,
  },
  server: {
    proxy: { '/api': API_TARGET },
  },
});
