/**
 * French interface strings, one file a feature in ./fr/, each typed by its English twin.
 * French typography: a no-break space (\u00a0) before « : » and « % », a narrow one (\u202f)
 * before « ? ! ; ».
 */
import type { Table } from './en.ts';
import { frActivities } from './fr/activities.ts';
import { frFigures } from './fr/figures.ts';
import { frKit } from './fr/kit.ts';
import { frLms } from './fr/lms.ts';
import { frModule } from './fr/module.ts';
import { frRolePlay } from './fr/role-play.ts';
import { frSite } from './fr/site.ts';

export const fr: Table = {
  ...frModule,
  ...frRolePlay,
  ...frFigures,
  ...frActivities,
  ...frLms,
  ...frKit,
  ...frSite,
};
