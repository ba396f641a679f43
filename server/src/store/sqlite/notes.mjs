/**
 * Notes on a report: personal data. The text arrives encrypted when a key is set; the
 * notes are deleted when the report is erased (see reports.mjs).
 * @param {import('better-sqlite3').Database} db
 * @returns {import('../contract.mjs').NoteStore}
 */
export function sqliteNotes(db) {
  const reportId = db.prepare(`SELECT id FROM reports WHERE reference = ? AND erased_at IS NULL`).pluck();
  const insert = db.prepare(`INSERT INTO report_notes (id, report_id, at, author_id, author, text) VALUES (@id, @reportId, @at, @author_id, @author, @text)`);
  const list = db.prepare(`
    SELECT n.id, r.reference, n.at, n.author_id, n.author, n.text
    FROM report_notes n JOIN reports r ON r.id = n.report_id
    WHERE r.reference = ? ORDER BY n.at, n.rowid`);
  const all = db.prepare(`SELECT id, text FROM report_notes`);
  const update = db.prepare(`UPDATE report_notes SET text = ? WHERE id = ?`);
  const add = db.transaction((/** @type {import('../contract.mjs').NoteRow} */ note) => {
    const id = reportId.get(note.reference);
    if (id === undefined) return false;
    insert.run({ ...note, reportId: id });
    return true;
  });
  return {
    add: async (note) => /** @type {boolean} */ (add(note)),
    list: async (reference) => /** @type {any[]} */ (list.all(reference)),
    personalFields: async () => /** @type {any[]} */ (all.all()),
    updateText: async (id, text) => {
      update.run(text, id);
    },
  };
}
