/**
 * The built-in meldpunt's texts for the form (what happens next, the privacy
 * statement). They load with the form's words, not with the first render. The
 * privacy text's {monthsAfterClose} and {maxMonths} are filled in from the content's
 * `meldpunt.retention` (else BUILT_IN_RETENTION), the figures the receiver erases on.
 */
export const meldpuntTextsNl = {
  whatNext: "Binnen 24 uur neemt iemand uit je buurt contact op, zoals je vroeg. Die persoon luistert en zoekt samen met jou wat kan helpen.",
  privacy: "De stad Mechelen ontvangt je melding. Alleen de mensen van het meldpunt en de lokale partner die contact opneemt, zien ze. We gebruiken je gegevens alleen om contact op te nemen en te helpen. We wissen je gegevens {monthsAfterClose} nadat je melding is afgesloten, en ten laatste {maxMonths} nadat je ze stuurde.",
};
