/**
 * English interface strings, one file a feature in ./en/ (the reference every language follows).
 * A key belongs to one feature only (tests/unit/ui-strings.test.ts checks).
 */
import { enActivities } from './en/activities.ts';
import { enFigures } from './en/figures.ts';
import { enKit } from './en/kit.ts';
import { enLms } from './en/lms.ts';
import { enModule } from './en/module.ts';
import { enRolePlay } from './en/role-play.ts';
import { enSite } from './en/site.ts';

export const en = {
  ...enModule,
  ...enRolePlay,
  ...enFigures,
  ...enActivities,
  ...enLms,
  ...enKit,
  ...enSite,
} as const;

export type UiKey = keyof typeof en;

/** A language's table: exactly the English keys, so a missing or extra key is a type error. */
export type Table = { readonly [K in UiKey]: string };

/** The English strings by feature, for the test that no key is in two features. */
export const EN_FEATURES = { enModule, enRolePlay, enFigures, enActivities, enLms, enKit, enSite };
