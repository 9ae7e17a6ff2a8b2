/** Puts values into the `{name}` placeholders of an interface string; an unknown name becomes empty. */
export const fill = (template: string, values: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
