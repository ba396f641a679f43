import { generateEmbed } from '../../dist/lib/embed/index.js';

/**
 * The page the layout-shift bench loads: a partner page with the embed code from
 * the project's generator (script tag, JSON-LD, the element with its fallback
 * content), followed by more page content so a shift below the widget would count.
 *
 * @param {{ scriptSrc: string }} options
 * @returns {string}
 */
export function embedPage({ scriptSrc }) {
  const { html } = generateEmbed({ scriptSrc, partner: 'stad-mechelen', lang: 'nl', headingLevel: 2 });
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Welzijn in Mechelen</title>
    <style>
      body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; }
      main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
    </style>
  </head>
  <body>
    <main>
      <h1>Welzijn in Mechelen</h1>
      <p>Op deze pagina vind je hulp als je je eenzaam voelt, of als je je zorgen maakt om iemand.</p>
${html}
      <h2>Meer over welzijn</h2>
      <p>Tekst van de partner onder de widget.</p>
    </main>
    <footer><p>Stad Mechelen</p></footer>
  </body>
</html>`;
}
