/**
 * The built-in meldpunt's texts for the form (what happens next, the privacy
 * statement). They load with the form's words, not with the first render. The
 * privacy text's {monthsAfterClose} and {maxMonths} are filled in from the content's
 * `meldpunt.retention` (else BUILT_IN_RETENTION), the figures the receiver erases on.
 */
export const meldpuntTextsEn = {
  whatNext: "Within 24 hours someone from the neighbourhood gets in touch, the way you asked. They listen and look with you for what can help.",
  privacy: "The City of Mechelen receives your report. Only the reporting point’s staff and the local partner who makes contact see it. Your details are used only to make contact and help. We erase your details {monthsAfterClose} after the report is closed, and at the latest {maxMonths} after you sent it.",
};
