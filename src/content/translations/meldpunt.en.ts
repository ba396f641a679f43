/**
 * The built-in meldpunt's texts for the form (what happens next, the privacy
 * statement). They load with the form's words, not with the first render. The
 * privacy text's {monthsAfterClose} and {maxMonths} are filled in from the content's
 * `meldpunt.retention` (else BUILT_IN_RETENTION), the figures the receiver erases on.
 */
export const meldpuntTextsEn = {
  whatNext: "Someone from the neighbourhood will get in touch within 24 hours, as you asked. They will listen, and work out with you what could help.",
  privacy: "The City of Mechelen receives your request. Only the loneliness contact point’s staff and the local partner who gets in touch can see it. We use your details only to contact you and to help. We delete your details {monthsAfterClose} after your request is closed, and no later than {maxMonths} after you sent it.",
};
