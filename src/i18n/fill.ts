/**
 * Puts values into the `{name}` placeholders of an interface string; an unknown name becomes empty.
 * A count takes its plural form from the language's own rules (Intl.PluralRules):
 * `{n, plural, one {# vote} other {# votes}}`, where `#` is the number; `=0 {…}` matches exactly.
 */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(=?\w+)\s*\{([^{}]*)\}/g;

// One PluralRules per language: building one costs more than the rest of a fill.
const rules = new Map<string, Intl.PluralRules>();
const pluralRules = (lang: string) =>
  rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(lang)).get(lang)!;

function plural(lang: string, count: number, forms: string): string {
  const options = new Map([...forms.matchAll(FORM)].map((m) => [m[1], m[2]]));
  const form =
    options.get(`=${count}`) ??
    options.get(pluralRules(lang).select(count)) ??
    options.get('other') ??
    '';
  return form.replace(/#/g, String(count));
}

export const fill = (
  template: string,
  values: Record<string, string | number> = {},
  lang = 'en',
): string =>
  template
    .replace(PLURAL, (_, name: string, forms: string) => plural(lang, Number(values[name]), forms))
    .replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
