import { describe, expect, it } from 'vitest';
import { EN_FEATURES } from '#src/i18n/en.ts';
import { BROWSER_KEYS, browserStrings, t, ui } from '#src/i18n/ui.ts';

// `{n}` and the count of a plural, `{n, plural, one {…} other {…}}`.
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
const languages = Object.keys(ui).filter((lang) => lang !== 'en') as Array<keyof typeof ui>;

describe('interface string tables', () => {
  it('has at least one translation besides English', () => {
    expect(languages).toContain('fr');
  });

  it('puts each English key in one feature file only (a second would silently win)', () => {
    const keys = Object.values(EN_FEATURES).flatMap((feature) => Object.keys(feature));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(Object.keys(ui.en).length);
  });

  it.each(languages)('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(ui[lang]).sort()).toEqual(Object.keys(ui.en).sort());
  });

  it.each(['en', ...languages] as const)('%s has no empty string', (lang) => {
    expect(
      Object.entries(ui[lang])
        .filter(([, text]) => !text.trim())
        .map(([key]) => key),
    ).toEqual([]);
  });

  it.each(languages)('%s keeps every {placeholder} of en', (lang) => {
    const table: Record<string, string> = ui[lang];
    const broken = Object.entries(ui.en)
      .filter(([key, text]) => placeholders(text).join() !== placeholders(table[key] ?? '').join())
      .map(
        ([key, text]) =>
          `${key}: en has {${placeholders(text).join('}, {')}}, ${lang} has "${table[key]}"`,
      );
    expect(broken).toEqual([]);
  });

  it('fills placeholders and falls back to English for an unknown language', () => {
    expect(t('fr', 'sectionOf', { n: 2, total: 5 })).toBe('Section 2 sur 5');
    expect(t('xx', 'valueOf', { value: 3, max: 10 })).toBe('3 of 10');
  });

  it('gives the browser only its keys, in the page language, placeholders kept', () => {
    const strings = browserStrings('fr');
    expect(Object.keys(strings)).toEqual([...new Set(BROWSER_KEYS)]);
    expect(strings.sectionOf).toBe('Section {n} sur {total}');
  });
});

describe('plural forms', () => {
  it('follow each language’s own rules (Intl.PluralRules)', () => {
    expect(t('en', 'kitVotes', { n: 1 })).toBe('(1 vote)');
    expect(t('en', 'kitVotes', { n: 0 })).toBe('(0 votes)');
    expect(t('en', 'kitVotes', { n: 7 })).toBe('(7 votes)');
    // French counts 0 and 1 as singular.
    expect(t('fr', 'kitVotes', { n: 0 })).toBe('(0 vote)');
    expect(t('fr', 'kitVotes', { n: 2 })).toBe('(2 votes)');
  });
});
