import type { Locale } from '../i18n/locale.js';
import type { Content, LocalizedText } from './types.js';

type Fields<K extends string> = Partial<Record<K, string>>;

/** Texts in one language for content items, by id. */
export interface ContentTranslations {
  helplines: Record<string, Fields<'name' | 'purpose' | 'hours'>>;
  /** `contactNote` is the label of the initiative's contact link. */
  initiatives: Record<string, Fields<'name' | 'forWhom' | 'offer' | 'contactNote'>>;
  meldpunt: Fields<'name' | 'whatNext' | 'privacy'>;
  partners: Record<string, Fields<'name'>>;
}

function add(text: LocalizedText, lang: Locale, value: string | undefined): LocalizedText {
  return value ? { ...text, [lang]: value } : text;
}

function addFields<T extends object, K extends keyof T & string>(item: T, lang: Locale, fields: Fields<K> | undefined): T {
  if (!fields) return item;
  const copy = { ...item };
  for (const key of Object.keys(fields) as K[]) {
    const current = copy[key] as unknown as LocalizedText | undefined;
    if (current) (copy as Record<string, unknown>)[key] = add(current, lang, fields[key]);
  }
  return copy;
}

/** Adds one language's texts to content, leaving the Dutch (and other languages) as they are. */
export function translateContent(content: Content, lang: Locale, translations: ContentTranslations): Content {
  const own = <T>(record: Record<string, T>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);
  return {
    ...content,
    helplines: content.helplines.map((line) => addFields(line, lang, own(translations.helplines, line.id))),
    initiatives: content.initiatives.map((initiative) => {
      const texts = own(translations.initiatives, initiative.id);
      const translated = addFields(initiative, lang, texts);
      const note = translated.contact?.note;
      return note && texts?.contactNote ? { ...translated, contact: { ...translated.contact, note: add(note, lang, texts.contactNote) } } : translated;
    }),
    meldpunt: addFields(content.meldpunt, lang, translations.meldpunt),
    partners: content.partners.map((partner) => addFields(partner, lang, own(translations.partners, partner.id))),
  };
}
