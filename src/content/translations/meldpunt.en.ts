/**
 * The built-in meldpunt's texts for the form (what happens next, the privacy
 * statement). They load with the form's words, not with the first render.
 */
export const meldpuntTextsEn = {
  whatNext: "Within 24 hours someone from the neighbourhood gets in touch, the way you asked. They listen and look with you for what can help.",
  privacy: "The City of Mechelen receives your report. Only the reporting point’s staff and the local partner who makes contact see it. Your details are used only to make contact and help. We keep the report for up to 12 months after it is closed. The person you report about is not told who made the report.",
};
