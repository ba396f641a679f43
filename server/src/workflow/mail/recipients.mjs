/**
 * Who is told: the members of the assigned organisation, or the coordinators (for an
 * unassigned report, an escalation). Disabled accounts get nothing. Each recipient in
 * the language of their account when accounts have one (a `lang` field), else Dutch.
 */

/** @param {import('../../store/contract.mjs').Account} account */
const asRecipient = (account) => ({ email: account.email, lang: /** @type {any} */ (account).lang ?? null });

/** @param {import('../../store/contract.mjs').Store} store @param {string} organisationId */
export async function organisationRecipients(store, organisationId) {
  return (await store.accounts.members(organisationId)).filter((account) => account.disabled_at === null).map(asRecipient);
}

/** @param {import('../../store/contract.mjs').Store} store */
export async function coordinatorRecipients(store) {
  return (await store.accounts.list()).filter((account) => account.role === 'coordinator' && account.disabled_at === null).map(asRecipient);
}
