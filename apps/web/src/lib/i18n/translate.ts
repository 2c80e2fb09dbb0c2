/** One message per plural category of `Intl.PluralRules`; `other` is always required. */
export type PluralForms = { readonly other: string } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};
export type Message = string | PluralForms;
export type Dictionary = Readonly<Record<string, Message>>;
export type Vars = Readonly<Record<string, string | number>>;

/** The `{name}` placeholders of a message, as a union of names (for typed `t()` calls). */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The variables a message needs; a plural message always needs `count`. */
export type MessageVars<M> = M extends string
  ? Placeholders<M>
  : M extends PluralForms
    ? Placeholders<M[keyof M] & string> | 'count'
    : never;

/** Replaces each `{name}` by its value; numbers are formatted for the locale. Unknown names stay. */
export function interpolate(template: string, vars: Vars | undefined, locale: string): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/** Picks the plural form for `count` by the locale's rules, falling back to `other`. */
export function selectPlural(forms: PluralForms, count: number, locale: string): string {
  // An explicit zero form reads better ("No one yet") even where the language has no zero rule.
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  const category = new Intl.PluralRules(locale).select(count);
  return forms[category] ?? forms.other;
}

/** The message for `key` with its variables filled in; the key itself if it is missing. */
export function translate(
  dictionary: Dictionary,
  locale: string,
  key: string,
  vars?: Vars,
): string {
  const message = dictionary[key];
  if (message === undefined) return key;
  if (typeof message === 'string') return interpolate(message, vars, locale);
  const count = vars?.count;
  const template = selectPlural(message, typeof count === 'number' ? count : Number.NaN, locale);
  return interpolate(template, vars, locale);
}
