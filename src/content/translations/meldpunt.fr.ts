/**
 * The built-in meldpunt's texts for the form (what happens next, the privacy
 * statement). They load with the form's words, not with the first render. The
 * privacy text's {monthsAfterClose} and {maxMonths} are filled in from the content's
 * `meldpunt.retention` (else BUILT_IN_RETENTION), the figures the receiver erases on.
 */
export const meldpuntTextsFr = {
  whatNext: "Dans les 24\u202fheures, une personne du quartier prend contact avec vous, comme vous l’avez demandé. Elle vous écoute et cherche avec vous ce qui peut aider.",
  privacy: "La Ville de Malines reçoit votre demande. Seuls l’équipe du point de contact solitude et le partenaire local qui prend contact la voient. Vos données servent uniquement à prendre contact et à aider. Nous effaçons vos données {monthsAfterClose} après la clôture de la demande, et au plus tard {maxMonths} après son envoi.",
};
