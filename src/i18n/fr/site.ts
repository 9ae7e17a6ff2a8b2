/** French interface strings of the web export's home page and the no-script notice. */
import type { enSite } from '../en/site.ts';
import type { Strings } from '../strings.ts';

export const frSite: Strings<typeof enSite> = {
  webModules: 'Modules',
  webMinutes: '{minutes}\u00a0min',
  webIntro:
    'Suivez les modules dans l’ordre, à votre rythme. Votre progression et vos réponses restent ' +
    'dans ce navigateur, sur cet appareil.',
  scriptsBlocked:
    'Cette page n’a pas pu démarrer\u00a0: le navigateur n’a pas exécuté ses scripts. Cela ' +
    'arrive quand un module prévu pour une plateforme de formation est ouvert directement depuis ' +
    'un dossier. Ouvrez-le depuis votre plateforme de formation ou depuis un site web.',
};
