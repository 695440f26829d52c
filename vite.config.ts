import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Where the dev server finds the Fastify API. */
const API_TARGET = 'http://127.0.0.1:8080';

export default defineConfig({
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
    target: ['chrome109', 'firefox115'],
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/size.mjs walks the entry's static imports in .vite/manifest.json
    manifest: true,
  },
  server: {
    proxy: { '/api': API_TARGET },
  },
});
