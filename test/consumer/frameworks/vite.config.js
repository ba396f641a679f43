// The partner's Vite config for the three framework pages (one build, one page each).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [
    // Vue: leave <eenzaamheid-hulp> to the browser instead of resolving it as a Vue component.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'eenzaamheid-hulp' } } }),
    svelte(),
  ],
  // React 19: the automatic JSX runtime (what @vitejs/plugin-react sets up).
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    rolldownOptions: {
      input: ['react-client.html', 'react-ssr.html', 'vue.html', 'svelte.html'],
    },
  },
});
