// A strict TypeScript partner that bundles the script-tag build.
import 'eenzaamheid-hulp/script';
import { reportSchema } from 'eenzaamheid-hulp/schema';
import { generateEmbed } from 'eenzaamheid-hulp/embed';

const widget = document.querySelector('eenzaamheid-hulp');
widget?.addEventListener('eh-report-start', (event) => console.log(event.detail.about));
const parsed = reportSchema.safeParse({});
console.log(parsed.success, typeof generateEmbed);
// @ts-expect-error: the element has no such property
widget?.notAProperty;
