import type { FormMessages } from '../../i18n/form/messages.js';
import { activeFields, FIELD_ORDER, type FieldName, type FormValues } from './values.js';

type Answered = Exclude<FieldName, 'contact' | 'consent'>;

/**
 * The report as plain text, in the resident's language: what "copy your report"
 * puts on the clipboard, so it can be pasted into an e-mail to the meldpunt.
 */
export function reportText(values: FormValues, form: FormMessages): string {
  const about = values.about === 'other' ? 'other' : 'self';
  const active = activeFields(values);
  const answer = (field: Answered): string => {
    switch (field) {
      case 'about':
        return values.about ? form.aboutOptions[values.about] : '';
      case 'relation':
        return values.relation ? form.relationOptions[values.relation] : '';
      case 'personKnows':
        return values.personKnows ? form.personKnowsOptions[values.personKnows] : '';
      case 'ageGroup':
        return values.ageGroup ? form.ageOptions[values.ageGroup] : '';
      default:
        return values[field].trim();
    }
  };
  const labels: Record<Answered, string> = {
    about: form.aboutLegend,
    area: form.areaLabel[about],
    phone: form.phoneLabel,
    email: form.emailLabel,
    ageGroup: form.ageLegend[about],
    relation: form.relationLegend,
    personKnows: form.personKnowsLegend,
    situation: form.situationLabel,
    name: form.nameLabel,
    contactTimes: form.contactTimesLabel,
  };
  return FIELD_ORDER.filter((field): field is Answered => field in labels)
    .filter((field) => active.has(field) && answer(field) !== '')
    .map((field) => `${labels[field]}\n${answer(field)}`)
    .join('\n\n');
}
