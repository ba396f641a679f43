/**
 * Notes on a report in PostgreSQL; as ../sqlite/notes.mjs. Personal data: the text
 * arrives encrypted when a key is set; the notes are deleted when the report is erased.
 * @param {import('./db.mjs').Db} db
 * @returns {import('../contract.mjs').NoteStore}
 */
export function pgNotes(db) {
  return {
    add: async (note) =>
      (
        await db.query(
          `INSERT INTO report_notes (id, report_id, at, author_id, author, text)
           SELECT $1, id, $3, $4, $5, $6 FROM reports WHERE reference = $2 AND erased_at IS NULL FOR SHARE`,
          [note.id, note.reference, note.at, note.author_id, note.author, note.text],
        )
      ).rowCount === 1,
    list: async (reference) =>
      (
        await db.query(
          `SELECT n.id, r.reference, n.at, n.author_id, n.author, n.text
           FROM report_notes n JOIN reports r ON r.id = n.report_id
           WHERE r.reference = $1 ORDER BY n.at, n.seq`,
          [reference],
        )
      ).rows,
    personalFields: async () => (await db.query(`SELECT id, text FROM report_notes`)).rows,
    updateText: async (id, text) => {
      await db.query(`UPDATE report_notes SET text = $2 WHERE id = $1`, [id, text]);
    },
  };
}
