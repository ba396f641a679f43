/**
 * The page the layout-shift bench loads: a partner page that embeds the widget with
 * plain, semantic fallback content inside the element (shown until the widget's
 * language pack arrives, and to readers without JavaScript).
 *
 * For now the fallback is written by hand here; it is meant to be replaced by the
 * project's embed-code generator. Keep the signature: `embedPage({ scriptSrc })`
 * returns the full HTML of a page whose widget script is `scriptSrc`.
 *
 * @param {{ scriptSrc: string }} options
 * @returns {string}
 */
export function embedPage({ scriptSrc }) {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Welzijn in Mechelen</title>
    <script type="module" src="${escapeAttribute(scriptSrc)}"></script>
    <style>
      body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; }
      main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
    </style>
  </head>
  <body>
    <main>
      <h1>Welzijn in Mechelen</h1>
      <p>Op deze pagina vind je hulp als je je eenzaam voelt, of als je je zorgen maakt om iemand.</p>
      <eenzaamheid-hulp>
        <section>
          <h2>Voel je je eenzaam? Je staat er niet alleen voor.</h2>
          <p>Hier vind je mensen om mee te praten en plekken in Mechelen om anderen te ontmoeten. Je kan ook iemand melden die er alleen voor staat.</p>
        </section>
        <section>
          <h3>Dringend hulp nodig?</h3>
          <p>Deze lijnen helpen je meteen. Je kan ze altijd bellen.</p>
          <ul>
            <li><a href="tel:112">Noodnummer: 112</a> — bij levensgevaar: ziekenwagen, brandweer, politie.</li>
            <li><a href="tel:1813">Zelfmoordlijn: 1813</a> — als je aan zelfmoord denkt, of als je je zorgen maakt om iemand.</li>
            <li><a href="tel:106">Tele-Onthaal: 106</a> — voor iedereen die wil praten.</li>
          </ul>
          <p>Het meldpunt is geen hulpdienst voor noodgevallen. Is er gevaar? Bel 112.</p>
        </section>
        <section>
          <h3>Om mee te praten</h3>
          <ul>
            <li><a href="tel:102">Awel: 102</a> — voor kinderen en jongeren die willen praten.</li>
            <li><a href="tel:1712">1712</a> — bij geweld, misbruik en kindermishandeling.</li>
          </ul>
          <h3>In Mechelen</h3>
          <ul>
            <li>Zorgzame buurt Heembeemd — voor bewoners van Heembeemd en mantelzorgers.</li>
            <li>10-daagse van de geestelijke gezondheid — voor iedereen.</li>
            <li>Ouderenweek — voor ouderen.</li>
            <li>De wegwijzers — voor iedereen.</li>
            <li>Buurtengagementsnetwerken — voor buren die elkaar willen ontmoeten.</li>
            <li>Gevelbanken en picknicktafels — voor iedereen in de buurt.</li>
            <li>Jeugddienst: traject „kindvriendelijk label” — voor kinderen en jongeren.</li>
            <li>Overkop (Sociale Preventie) — voor jongeren van 12 tot 25 jaar.</li>
            <li>Samana — voor mensen met een chronische ziekte en hun mantelzorgers.</li>
          </ul>
        </section>
        <section>
          <h3>Iemand melden bij het meldpunt</h3>
          <p>Staat iemand er alleen voor, of jijzelf? Meld het. Iemand uit de buurt neemt binnen 24 uur contact op.</p>
          <p><a href="https://www.mechelen.be/eenzaamheid-praat-erover">Meer uitleg op de website van de stad Mechelen</a></p>
        </section>
      </eenzaamheid-hulp>
      <h2>Meer over welzijn</h2>
      <p>De stad Mechelen werkt samen met verenigingen en buurten aan plekken waar mensen elkaar ontmoeten.</p>
    </main>
  </body>
</html>
`;
}

function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
