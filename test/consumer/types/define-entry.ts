// A strict TypeScript partner that registers the element through `eenzaamheid-hulp/define`.
import { defineEenzaamheidHulp } from 'eenzaamheid-hulp/define';

defineEenzaamheidHulp();
const widget = document.createElement('eenzaamheid-hulp');
widget.sections = 'routes finder';
widget.addEventListener('eh-resource-click', (event) => {
  const kind: 'tel' | 'web' | 'mail' = event.detail.kind;
  console.log(event.detail.resourceId, kind);
});
// @ts-expect-error: defineEenzaamheidHulp takes a tag name string
defineEenzaamheidHulp(42);
