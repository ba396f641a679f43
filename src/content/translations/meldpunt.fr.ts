/**
 * The built-in meldpunt's texts for the form (what happens next, the privacy
 * statement). They load with the form's words, not with the first render. The
 * privacy text's {monthsAfterClose} and {maxMonths} are filled in from the content's
 * `meldpunt.retention` (else BUILT_IN_RETENTION), the figures the receiver erases on.
 */
export const meldpuntTextsFr = {
  whatNext: "Dans les 24 heures, une personne du quartier prend contact, comme vous l’avez demandé. Elle écoute et cherche avec vous ce qui peut aider.",
  privacy: "La ville de Malines reçoit votre signalement. Seules les personnes du point de signalement et le partenaire local qui prend contact le voient. Vos données servent uniquement à prendre contact et à aider. Nous effaçons vos données {monthsAfterClose} après la clôture du signalement, et au plus tard {maxMonths} après son envoi.",
};
