/**
 * The bench's HTML pages, written into the temp folder the bench serves at `/`.
 * `/dist/` is the built widget, `/bench/` the probes in bench/, `/tmp/` the esbuild
 * outputs and the generated content file.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { embedPage } from './embed-page.mjs';

export const WIDGET_SRC = '/dist/eenzaamheid-hulp.js';

const page = ({ lang = 'nl', title, head = '', body }) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
${head}
  </head>
  <body>
    <main>
      <h1>${title}</h1>
${body}
    </main>
  </body>
</html>
`;

/** mark.js runs first (module scripts run in document order), then the element's script. */
const firstRenderPage = ({ lang, tag, src }) =>
  page({
    lang,
    title: `First render: &lt;${tag}&gt; (${lang})`,
    head: `    <script type="module" src="/bench/mark.js"></script>\n    <script type="module" src="${src}"></script>`,
    body: `      <${tag}></${tag}>`,
  });

/** Pages for the phone profile: no bench script in the page (mark.js is an init script there). */
const phonePage = ({ lang, tag, src }) =>
  page({
    lang,
    title: `Hulp bij eenzaamheid (${lang})`,
    head: `    <script type="module" src="${src}"></script>`,
    body: `      <p>Een pagina van een partner.</p>\n      <${tag}></${tag}>\n      <p>Tekst van de partner onder de widget.</p>`,
  });

/** The generator's page without its scripts: the fallback HTML as a static page. */
const withoutScripts = (html) =>
  html.replace(/\s*<script type="module"[^>]*><\/script>/g, '').replace(/\s*<link rel="modulepreload"[^>]*>/g, '');

export const PAGES = {
  phoneTwoLine: '/phone-two-line.html',
  phoneBare: '/phone-bare-lit.html',
  phoneEmbed: '/phone-embed.html',
  phoneStatic: '/phone-static.html',
  firstNl: '/first-render-nl.html',
  firstFr: '/first-render-fr.html',
  firstBare: '/first-render-bare-lit.html',
  embed: '/embed.html',
  finder: '/finder-1000.html',
  memory: '/memory.html',
};

export const CONTENT_PATH = '/content-1000.json';

export async function writePages(dir, { contentJson }) {
  const files = {
    [PAGES.firstNl]: firstRenderPage({ lang: 'nl', tag: 'eenzaamheid-hulp', src: WIDGET_SRC }),
    [PAGES.firstFr]: firstRenderPage({ lang: 'fr', tag: 'eenzaamheid-hulp', src: WIDGET_SRC }),
    [PAGES.firstBare]: firstRenderPage({ lang: 'nl', tag: 'bare-lit', src: '/bare-lit.js' }),
    [PAGES.embed]: embedPage({ scriptSrc: WIDGET_SRC }),
    [PAGES.phoneTwoLine]: phonePage({ lang: 'nl', tag: 'eenzaamheid-hulp', src: WIDGET_SRC }),
    [PAGES.phoneBare]: phonePage({ lang: 'nl', tag: 'bare-lit', src: '/bare-lit.js' }),
    [PAGES.phoneEmbed]: embedPage({ scriptSrc: WIDGET_SRC }),
    [PAGES.phoneStatic]: withoutScripts(embedPage({ scriptSrc: WIDGET_SRC })),
    [PAGES.finder]: page({
      title: 'Finder over 1,000 resources',
      head: `    <script type="module" src="/bench/mark.js"></script>\n    <script type="module" src="/bench/update-probe.js"></script>\n    <script type="module" src="${WIDGET_SRC}"></script>`,
      body: `      <eenzaamheid-hulp content-src="${CONTENT_PATH}"></eenzaamheid-hulp>`,
    }),
    [PAGES.memory]: page({
      title: 'Connect and disconnect',
      head: `    <script type="module" src="${WIDGET_SRC}"></script>`,
      body: '      <div id="stage"></div>',
    }),
    [CONTENT_PATH]: contentJson,
  };
  for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path.slice(1)), text);
}
