import type { FormMessages } from '../../i18n/form/messages.js';
import { activeFields, type FieldName, type FormValues } from './values.js';

/**
 * The report as plain text, in the resident's language: what "copy your report"
 * puts on the clipboard, so it can be pasted into an e-mail to the meldpunt.
 */
export function reportText(values: FormValues, form: FormMessages): string {
  const about = values.about === 'other' ? 'other' : 'self';
  const active = activeFields(values);
  const answer = (field: FieldName): string => {
    switch (field) {
      case 'about':
        return values.about ? form.aboutOptions[values.about] : '';
      case 'relation':
        return values.relation ? form.relationOptions[values.relation] : '';
      case 'personKnows':
        return values.personKnows ? form.personKnowsOptions[values.personKnows] : '';
      case 'ageGroup':
        return values.ageGroup ? form.ageOptions[values.ageGroup] : '';
      case 'contactMethod':
        return values.contactMethod ? form.contactOptions[values.contactMethod] : '';
      case 'consent':
        return '';
      default:
        return values[field].trim();
    }
  };
  const labels: Record<Exclude<FieldName, 'consent'>, string> = {
    about: form.aboutLegend,
    relation: form.relationLegend,
    personKnows: form.personKnowsLegend,
    ageGroup: form.ageLegend[about],
    area: form.areaLabel[about],
    situation: form.situationLabel,
    contactMethod: form.contactLegend[about],
    phone: form.phoneLabel,
    email: form.emailLabel,
    name: form.nameLabel,
    contactTimes: form.contactTimesLabel,
  };
  return (Object.keys(labels) as (keyof typeof labels)[])
    .filter((field) => active.has(field) && answer(field) !== '')
    .map((field) => `${labels[field]}\n${answer(field)}`)
    .join('\n\n');
}
