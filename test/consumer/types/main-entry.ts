// A strict TypeScript partner that imports only the main entry (no registration): the
// element's tag, properties and events are typed all the same.
import type { EenzaamheidHulp, EenzaamheidHulpEventMap } from 'eenzaamheid-hulp';

const created = document.createElement('eenzaamheid-hulp');
const typed: EenzaamheidHulp = created;
typed.partner = 'samana';
typed.endpoint = 'https://meldpunt.example/reports';
typed.headingLevel = 3;

const found = document.querySelector('eenzaamheid-hulp');
if (found) found.lang = 'fr';

created.addEventListener('eh-report-success', (event) => {
  const reference: string | null = event.detail.reference;
  console.log(reference);
});
created.addEventListener('eh-report-error', (event) => {
  const retrying: boolean = event.detail.willRetry;
  console.log(event.detail.reason, retrying);
});
created.addEventListener('eh-report-submit', (event) => event.preventDefault());
created.addEventListener('eh-route', (event) => {
  const route: 'self' | 'other' = event.detail.route;
  console.log(route);
});
document.body.addEventListener('eh-search', (event) => console.log(event.detail.resultCount));

const onSuccess = (event: EenzaamheidHulpEventMap['eh-report-success']) => event.detail.reference;
created.addEventListener('eh-report-success', onSuccess);

// The types are specific, not `any`: each of these must be an error.
// @ts-expect-error: no such property on the element
created.partnr = 'samana';
// @ts-expect-error: headingLevel is a number (or its attribute text)
created.headingLevel = true;
// @ts-expect-error: the route is 'self' or 'other', not a number
created.addEventListener('eh-route', (event) => { const wrong: number = event.detail.route; return wrong; });
// @ts-expect-error: a success carries a reference, nothing the resident typed
created.addEventListener('eh-report-success', (event) => event.detail.email);
