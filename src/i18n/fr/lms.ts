/**
 * French interface strings of talking to the LMS: standalone mode, faults, saved progress, cmi5
 * launch.
 */
import type { enLms } from '../en/lms.ts';
import type { Strings } from '../strings.ts';

export const frLms: Strings<typeof enLms> = {
  standalone:
    'Aucune plateforme de formation n’a été trouvée\u00a0: votre progression est enregistrée ' +
    'dans ce navigateur uniquement.',
  lmsFailed:
    'Votre plateforme de formation ne répond pas pour le moment. Vous pouvez continuer\u00a0: ' +
    'votre progression est conservée sur cet appareil et lui sera transmise dès qu’elle répondra.',
  lmsUnreachable:
    'Votre plateforme de formation était injoignable à l’ouverture de ce module. Vous pouvez ' +
    'continuer\u00a0: votre progression est conservée sur cet appareil et lui sera transmise la ' +
    'prochaine fois que vous ouvrirez le module depuis votre plateforme.',
  lmsBack:
    'Votre plateforme de formation répond de nouveau\u202f; votre progression lui a été transmise.',
  openTwice:
    'Ce module est aussi ouvert dans une autre fenêtre. Pour garder votre progression au même ' +
    'endroit, continuez dans une seule d’entre elles.',
  lmsUnreadable:
    'Votre plateforme de formation n’a pas indiqué qui vous êtes ni ce que vous aviez ' +
    'fait\u00a0: rien ne lui est envoyé cette fois. Continuez\u202f; votre travail est gardé ' +
    'dans ce navigateur et envoyé à votre prochaine ouverture du module.',
  readOnlyTwice:
    'Ce module est déjà ouvert dans une autre fenêtre. Cette fenêtre est en lecture seule pour ' +
    'que rien de ce que vous faites ne soit perdu\u00a0: continuez dans l’autre fenêtre, ou ' +
    'fermez-la et rechargez celle-ci.',
  unreadableFromDevice:
    'La progression enregistrée par votre plateforme de formation n’a pas pu être lue\u00a0: ' +
    'vous reprenez avec la copie de ce navigateur. La copie illisible est conservée.',
  unreadableFromLms:
    'La progression enregistrée dans ce navigateur n’a pas pu être lue\u00a0: vous reprenez avec ' +
    'la copie de votre plateforme de formation. La copie illisible est conservée.',
  unreadableNone:
    'Votre progression enregistrée n’a pas pu être lue\u00a0: ce module reprend du début. La ' +
    'copie illisible est conservée dans ce navigateur, elle n’est donc pas perdue.',
  storageBlockedLms:
    'Ce navigateur ne peut pas garder de copie de votre progression (son stockage est plein ou ' +
    'bloqué). Votre plateforme de formation la reçoit toujours.',
  storageBlockedAlone:
    'Aucune plateforme de formation n’a été trouvée et ce navigateur ne peut pas garder votre ' +
    'progression (son stockage est plein ou bloqué)\u00a0: elle sera perdue à la fermeture de ' +
    'cette page. Téléchargez votre progression et vos notes pour les garder.',
  downloadProgress: 'Télécharger ma progression et mes notes',
  notesNotSaved:
    'Non enregistré\u00a0: ce navigateur ne peut pas garder de notes. Téléchargez-les pour les ' +
    'garder.',
  progressFile: 'Ma progression',
  progressSections: 'Sections atteintes\u00a0: {n} sur {total}',
  progressAnswers: 'Questions répondues\u00a0: {n} sur {total}',
  progressRolePlays: 'Mises en situation terminées\u00a0: {n} sur {total}',
  progressCode: 'Code de progression (pour votre formateur)\u00a0:',
  exitToLms: 'Quitter et revenir à ma plateforme de formation',
  exitingToLms: 'Enregistrement et retour à votre plateforme de formation…',
  passNextLaunch:
    'Bravo, vous avez atteint le seuil de réussite. Votre plateforme de formation a déjà le ' +
    'premier résultat de cette séance\u00a0: la réussite lui parviendra la prochaine fois que ' +
    'vous ouvrirez ce module depuis elle.',
  languageNotOffered:
    'Votre plateforme de formation indique que vous préférez une autre langue. Ce module ' +
    'n’existe ici qu’en français\u202f; demandez à votre plateforme s’il est proposé dans votre ' +
    'langue.',
  lrsBlocked:
    'Ce module n’a pas le droit de se connecter à l’entrepôt de suivi de votre plateforme de ' +
    'formation\u00a0: ce que vous faites ici ne lui parviendra pas. Continuez\u00a0: votre ' +
    'progression est conservée sur cet appareil. Merci de prévenir l’administrateur de votre ' +
    'plateforme.',
  lrsInsecure:
    'Ce module s’est ouvert par une connexion sécurisée, mais l’entrepôt de suivi de votre ' +
    'plateforme de formation a une adresse non sécurisée (http:), que le navigateur bloque. Ce ' +
    'que vous faites ici ne parviendra pas à votre plateforme\u202f; votre progression est ' +
    'conservée sur cet appareil. Merci de prévenir l’administrateur de votre plateforme.',
  restoredLocal:
    'Nous avons rétabli une progression enregistrée sur cet appareil qui n’était pas parvenue à ' +
    'votre plateforme de formation.',
};
