/**
 * Rows of the size table: per language, what was fetched before the first render and
 * in all, each against its budget.
 * @param {Record<string, { firstRender: { bytes: number }, all: { bytes: number } }>} measured
 * @param {{ firstRender: number, total: number }} budgets bytes
 */
export function judge(measured, budgets) {
  return Object.entries(measured).flatMap(([lang, load]) => [
    { lang, what: 'before the first render', bytes: load.firstRender.bytes, budget: budgets.firstRender, ok: load.firstRender.bytes <= budgets.firstRender },
    { lang, what: 'in all (form opened, searched)', bytes: load.all.bytes, budget: budgets.total, ok: load.all.bytes <= budgets.total },
  ]);
}
