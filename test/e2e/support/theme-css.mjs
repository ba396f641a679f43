/**
 * The CSS of the host themes in `test/e2e/pages/themes/`, each from where that theme's
 * CSS is published (see the README, "CMS themes"):
 *
 * - Bootstrap: `bootstrap/dist/css/bootstrap.min.css` from the bootstrap npm package.
 * - Tailwind: Tailwind CSS 4 itself (`tailwindcss` npm package) compiles
 *   `@import "tailwindcss"` for the classes the page uses: its preflight (the base layer)
 *   plus those utilities, the same CSS a Tailwind site ships.
 * - WordPress block theme: WordPress's own global-styles engine
 *   (`@wordpress/global-styles-engine` npm package, the code the block editor uses to
 *   turn theme.json into CSS) run on Twenty Twenty-Five's theme.json layout, spacing,
 *   typography and link settings (values below). The theme's own theme.json and
 *   style.css are not published on npm or in Debian, so the values are copied by hand.
 * - Drupal Olivero: not published on npm or in Debian: `olivero-model.css` beside the
 *   pages is a hand-written model of Olivero's content layout and link styles, not
 *   Olivero's CSS (see that file).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pages = fileURLToPath(new URL('../pages/themes/', import.meta.url));

/**
 * Twenty Twenty-Five 1.x theme.json, the settings that shape a page's content column
 * (contentSize 645px, wideSize 1340px, root padding spacing-50, blockGap 1.2rem,
 * links in currentColor, body text "large"), as in the theme's theme.json.
 */
const TWENTY_TWENTY_FIVE = {
  version: 3,
  settings: {
    appearanceTools: true,
    useRootPaddingAwareAlignments: true,
    layout: { contentSize: '645px', wideSize: '1340px' },
    spacing: {
      spacingSizes: {
        theme: [
          { name: 'Small', size: '30px', slug: '40' },
          { name: 'Regular', size: 'clamp(30px, 5vw, 50px)', slug: '50' },
          { name: 'Large', size: 'clamp(30px, 7vw, 70px)', slug: '60' },
        ],
      },
    },
    typography: {
      fontSizes: { theme: [{ name: 'Large', size: '1.38rem', slug: 'large' }, { name: 'Extra Extra Large', size: '2.15rem', slug: 'xx-large' }] },
      fontFamilies: { theme: [{ name: 'Manrope', slug: 'manrope', fontFamily: 'Manrope, sans-serif' }] },
    },
    color: { palette: { theme: [{ name: 'Base', slug: 'base', color: '#FFFFFF' }, { name: 'Contrast', slug: 'contrast', color: '#111111' }] } },
  },
  styles: {
    color: { background: 'var:preset|color|base', text: 'var:preset|color|contrast' },
    spacing: { blockGap: '1.2rem', padding: { left: 'var:preset|spacing|50', right: 'var:preset|spacing|50' } },
    typography: { fontFamily: 'var:preset|font-family|manrope', fontSize: 'var:preset|font-size|large', fontWeight: '300', letterSpacing: '-0.1px', lineHeight: '1.4' },
    elements: {
      link: { color: { text: 'currentColor' }, ':hover': { typography: { textDecoration: 'none' } } },
      h1: { typography: { fontSize: 'var:preset|font-size|xx-large' } },
    },
  },
};

async function wordpress() {
  // The CommonJS build: the ES build imports JSON without import attributes, which Node 20 refuses.
  const { generateGlobalStyles } = require('@wordpress/global-styles-engine');
  const [styles] = generateGlobalStyles(TWENTY_TWENTY_FIVE, [], { hasBlockGapSupport: true });
  return styles.map((style) => style.css ?? '').join('\n');
}

async function bootstrap() {
  return readFile(require.resolve('bootstrap/dist/css/bootstrap.min.css'), 'utf8');
}

/** Tailwind's compiler on `@import "tailwindcss"`, resolving its own stylesheets from the package. */
async function tailwind(candidates) {
  const { compile } = await import('tailwindcss');
  const root = dirname(require.resolve('tailwindcss/package.json'));
  const compiler = await compile('@import "tailwindcss";', {
    base: root,
    async loadStylesheet(id) {
      const file = id === 'tailwindcss' ? join(root, 'index.css') : join(root, id.replace(/^tailwindcss\//, ''));
      return { path: file, base: dirname(file), content: await readFile(file, 'utf8') };
    },
  });
  return compiler.build(candidates);
}

/** Every class name used in a page (Tailwind's "candidates"). */
async function classesOf(page) {
  const html = await readFile(join(pages, page), 'utf8');
  return [...new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/)))];
}

export const THEMES = {
  wordpress: { page: 'wordpress-twentytwentyfive.html', label: 'WordPress, Twenty Twenty-Five (block theme)', css: wordpress },
  bootstrap: { page: 'bootstrap.html', label: 'Bootstrap 5', css: bootstrap },
  tailwind: { page: 'tailwind.html', label: "Tailwind CSS 4 (preflight)", css: async () => tailwind(await classesOf('tailwind.html')) },
  olivero: { page: 'drupal-olivero.html', label: 'Drupal, Olivero (model)', css: () => readFile(join(pages, 'olivero-model.css'), 'utf8') },
};
