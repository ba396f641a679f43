/**
 * The built-in meldpunt's texts for the form (what happens next, the privacy
 * statement). They load with the form's words, not with the first render.
 */
export const meldpuntTextsFr = {
  whatNext: "Dans les 24 heures, une personne du quartier prend contact, comme vous l’avez demandé. Elle écoute et cherche avec vous ce qui peut aider.",
  privacy: "La ville de Malines reçoit votre signalement. Seules les personnes du point de signalement et le partenaire local qui prend contact le voient. Vos données servent uniquement à prendre contact et à aider. Nous gardons le signalement jusqu’à 12 mois après sa clôture. La personne signalée ne sait pas qui a fait le signalement.",
};
