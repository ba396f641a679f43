/**
 * What the work section of a report shows, read from the store: notes (decrypted: they
 * are personal data, read only on the report page whose every view is in the audit
 * log), the history, the e-mails about it and, for coordinators, how many e-mails
 * cannot be sent.
 * @param {{ store: import('../store/contract.mjs').Store, cipher: import('../crypto/field-cipher.mjs').FieldCipher }} deps
 * @param {import('../store/contract.mjs').ReportRow} report
 */
export async function loadWork({ store, cipher }, report) {
  const [notes, history, mail, failingMail, organisations] = await Promise.all([
    store.notes.list(report.reference),
    store.reports.history(report.reference),
    store.outbox.forReference(report.reference),
    store.outbox.failing(),
    store.organisations.list(),
  ]);
  return {
    report,
    organisations,
    notes: notes.map((note) => ({ id: note.id, at: note.at, author: note.author, text: cipher.decrypt(note.text, `note:${note.id}`) })),
    history,
    mail,
    failingMail,
  };
}
