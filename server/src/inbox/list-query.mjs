/**
 * The inbox's query string, checked: the filters (status, organisation, partner,
 * overdue) and the page, as the GET form sends them, so every list is a bookmarkable
 * URL. An unknown value is a problem with a code (shown as a clear message, never a
 * 500); unknown parameters are ignored. Pure: the caller gives what is allowed.
 */

/** Reports per page: fixed, and said on the page ("Reports 51 to 100 of 734"). */
export const PAGE_SIZE = 50;
/** The highest page number taken at all (far beyond any real inbox). */
const MAX_PAGE = 1_000_000;

/** The status filter's choices: 'open' is new and assigned together. */
export const STATUS_FILTERS = /** @type {const} */ (['open', 'new', 'assigned', 'contacted', 'closed']);
/** The organisation filter's value for reports not assigned yet. */
export const UNASSIGNED = 'none';
/** The overdue checkbox's value. */
export const OVERDUE_ON = '1';

/** @typedef {{ field: 'status' | 'organisation' | 'partner' | 'overdue' | 'page', code: 'unknown' | 'repeated' }} QueryProblem */
/**
 * @typedef {object} ListFilters  what the person asked for, '' for "any"
 * @property {'' | typeof STATUS_FILTERS[number]} status
 * @property {string} organisation  '' (any), UNASSIGNED or an organisation's id
 * @property {string} partner
 * @property {boolean} overdue
 */

/**
 * @param {Record<string, unknown>} query  Fastify's parsed query string
 * @param {{ organisations: ReadonlySet<string>, partners: ReadonlySet<string>, organisationFilter: boolean }} allowed
 *   organisationFilter: false for local actors (their scope is one organisation already)
 * @returns {{ filters: ListFilters, page: number, problems: QueryProblem[] }}
 */
export function parseListQuery(query, allowed) {
  /** @type {QueryProblem[]} */
  const problems = [];
  /** @param {QueryProblem['field']} field @returns {string} */
  const one = (field) => {
    const value = query[field];
    if (value === undefined) return '';
    if (typeof value !== 'string') {
      problems.push({ field, code: 'repeated' });
      return '';
    }
    return value.trim();
  };
  /** @param {QueryProblem['field']} field @param {string} value @param {(value: string) => boolean} ok */
  const check = (field, value, ok) => {
    if (value === '' || ok(value)) return value;
    problems.push({ field, code: 'unknown' });
    return '';
  };

  const status = /** @type {ListFilters['status']} */ (check('status', one('status'), (value) => STATUS_FILTERS.includes(/** @type {any} */ (value))));
  const organisation = check('organisation', one('organisation'), (value) => allowed.organisationFilter && (value === UNASSIGNED || allowed.organisations.has(value)));
  const partner = check('partner', one('partner'), (value) => allowed.partners.has(value));
  const overdue = check('overdue', one('overdue'), (value) => value === OVERDUE_ON) === OVERDUE_ON;
  const pageText = check('page', one('page'), (value) => /^[1-9][0-9]{0,6}$/.test(value) && Number(value) <= MAX_PAGE);
  return { filters: { status, organisation, partner, overdue }, page: pageText === '' ? 1 : Number(pageText), problems };
}

/**
 * The store query for these filters within the account's scope.
 * @param {ListFilters} filters
 * @param {{ organisationId: string | null }} scope
 * @param {number} now
 * @returns {Omit<import('../store/contract.mjs').ReportQuery, 'limit' | 'offset'>}
 */
export function toReportQuery(filters, scope, now) {
  const statuses = filters.status === '' ? null : filters.status === 'open' ? /** @type {const} */ (['new', 'assigned']) : [filters.status];
  return {
    organisationId: scope.organisationId ?? (filters.organisation !== '' && filters.organisation !== UNASSIGNED ? filters.organisation : null),
    unassigned: scope.organisationId === null && filters.organisation === UNASSIGNED,
    statuses: statuses ? [...statuses] : null,
    partner: filters.partner || null,
    overdueAt: filters.overdue ? now : null,
    now,
  };
}

/**
 * The query string for these filters (only those set) and a page, for links and the
 * notice's count URL.
 * @param {ListFilters} filters @param {number} [page]
 */
export function listSearch(filters, page = 1) {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.organisation) params.set('organisation', filters.organisation);
  if (filters.partner) params.set('partner', filters.partner);
  if (filters.overdue) params.set('overdue', OVERDUE_ON);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** @param {ListFilters} filters */
export const isFiltered = (filters) => Boolean(filters.status || filters.organisation || filters.partner || filters.overdue);
