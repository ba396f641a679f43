/**
 * The built-in meldpunt's texts for the form (what happens next, the privacy
 * statement). They load with the form's words, not with the first render.
 */
export const meldpuntTextsNl = {
  whatNext: "Binnen 24 uur neemt iemand uit je buurt contact op, zoals je vroeg. Die persoon luistert en zoekt samen met jou wat kan helpen.",
  privacy: "De stad Mechelen ontvangt je melding. Alleen de mensen van het meldpunt en de lokale partner die contact opneemt, zien ze. We gebruiken je gegevens alleen om contact op te nemen en te helpen. We bewaren je melding tot 12 maanden nadat ze is afgesloten. De persoon over wie je meldt, hoort niet wie de melding deed.",
};
