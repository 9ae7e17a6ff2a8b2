/**
 * Interface strings of the live classroom (the phone page, the room page and the projector's live
 * votes), in every language of ./ui.ts. Pages carry them as JSON; the scripts hold no language
 * table.
 */

import type { Lang } from './ui.ts';

const en = {
  // The phone
  phoneTitle: 'Vote in the role-play',
  phoneIntro:
    'Type the room code shown on the screen. No name, no account: your vote is anonymous.',
  phoneCodeLabel: 'Room code',
  phoneJoin: 'Join',
  phoneConnecting: 'Connecting…',
  phoneWaiting: 'You are in. Look at the screen: your choices appear here when the vote opens.',
  phoneChoose: 'Choose what you would say. You can change your vote until it closes.',
  phoneYourVote: 'Your vote: option {n}. You can change it until the vote closes.',
  phoneClosed: 'The vote is closed.',
  phoneClosedMine: 'The vote is closed. You voted for option {n}.',
  phoneRoomChose: 'The room’s choice: option {n}.',
  phoneReconnecting: 'Connection lost. Reconnecting… your vote is kept.',
  phoneBadCode: 'This code does not open a room. Check it on the screen and type it again.',
  phoneTooManyTries:
    'Too many wrong codes from this network address. Wait a minute, then try again.',
  phoneRoomFull: 'This room is full.',
  phoneSlowDown: 'Slow down: wait a moment before voting again.',
  phoneNotOpen: 'This vote is not open any more.',
  phoneOption: 'Option {n}',
  // The room page and the projector
  roomTitle: 'Live classroom',
  roomIntro:
    'Participants join on their phones; then pick a scenario to project. Votes appear on it live.',
  roomJoinAt: 'On your phone, open {address} and type the code',
  roomCode: 'Room code',
  roomQr: 'QR code that opens {address}',
  roomPhones: '{n, plural, =0 {No phone joined yet} one {# phone joined} other {# phones joined}}',
  roomLoopback:
    'Phones cannot reach this laptop yet: the server listens on this computer only. To let them ' +
    'join, stop it and start it again with --lan.',
  roomNoLink:
    'Live votes are off (no classroom server, or its key is missing): type the counts by hand.',
  roomLost: 'The classroom server does not answer: votes are paused, counts by hand still work.',
  roomScenarios: 'Scenarios',
  roomExport: 'Save the vote counts',
  liveVotes:
    '{n, plural, =0 {No vote yet} one {# vote} other {# votes}} from {phones, plural, one {# ' +
    'phone} other {# phones}}',
  liveOpen: 'Vote open on the phones',
  liveClosed: 'Vote closed',
  liveCloseKey: 'Close or reopen the vote on the phones',
  debriefSplit: 'The room’s votes',
} as const;

export type ClassroomKey = keyof typeof en;

const fr: Record<ClassroomKey, string> = {
  phoneTitle: 'Votez dans le jeu de rôle',
  phoneIntro:
    'Tapez le code de salle affiché à l’écran. Ni nom ni compte : votre vote est anonyme.',
  phoneCodeLabel: 'Code de salle',
  phoneJoin: 'Rejoindre',
  phoneConnecting: 'Connexion…',
  phoneWaiting:
    'Vous êtes dans la salle. Regardez l’écran : vos choix apparaissent ici quand le vote s’ouvre.',
  phoneChoose: 'Choisissez ce que vous diriez. Vous pouvez changer de vote jusqu’à sa clôture.',
  phoneYourVote: 'Votre vote : option {n}. Vous pouvez le changer jusqu’à la clôture du vote.',
  phoneClosed: 'Le vote est clos.',
  phoneClosedMine: 'Le vote est clos. Vous avez voté pour l’option {n}.',
  phoneRoomChose: 'Le choix de la salle : option {n}.',
  phoneReconnecting: 'Connexion perdue. Reconnexion… votre vote est conservé.',
  phoneBadCode: 'Ce code n’ouvre aucune salle. Vérifiez-le à l’écran et tapez-le de nouveau.',
  phoneTooManyTries:
    'Trop de codes erronés depuis cette adresse réseau. Attendez une minute, puis réessayez.',
  phoneRoomFull: 'Cette salle est complète.',
  phoneSlowDown: 'Doucement : attendez un instant avant de voter de nouveau.',
  phoneNotOpen: 'Ce vote n’est plus ouvert.',
  phoneOption: 'Option {n}',
  roomTitle: 'Classe en direct',
  roomIntro:
    'Les participants rejoignent la salle sur leur téléphone ; choisissez ensuite un scénario à ' +
    'projeter. Les votes s’y affichent en direct.',
  roomJoinAt: 'Sur votre téléphone, ouvrez {address} et tapez le code',
  roomCode: 'Code de salle',
  roomQr: 'Code QR qui ouvre {address}',
  roomPhones:
    '{n, plural, =0 {Aucun téléphone connecté} one {# téléphone connecté} other {# téléphones ' +
    'connectés}}',
  roomLoopback:
    'Les téléphones ne peuvent pas encore joindre cet ordinateur : le serveur n’écoute que sur ' +
    'cet ordinateur. Pour les laisser entrer, arrêtez-le et relancez-le avec --lan.',
  roomNoLink:
    'Votes en direct désactivés (pas de serveur de classe, ou sa clé manque) : saisissez les ' +
    'votes à la main.',
  roomLost:
    'Le serveur de classe ne répond plus : les votes sont en pause, la saisie à la main ' +
    'fonctionne toujours.',
  roomScenarios: 'Scénarios',
  roomExport: 'Enregistrer les décomptes des votes',
  liveVotes:
    '{n, plural, =0 {Aucun vote} one {# vote} other {# votes}} de {phones, plural, one {# ' +
    'téléphone} other {# téléphones}}',
  liveOpen: 'Vote ouvert sur les téléphones',
  liveClosed: 'Vote clos',
  liveCloseKey: 'Clore ou rouvrir le vote sur les téléphones',
  debriefSplit: 'Les votes de la salle',
};

// Typed by ./ui.ts's languages: a language added there and not here is a type error.
const tables: Record<Lang, Record<ClassroomKey, string>> = { en, fr };

/** The classroom strings of one language (English when the course language has none yet). */
export const classroomStrings = (lang: string): Record<ClassroomKey, string> =>
  (tables as Record<string, Record<ClassroomKey, string>>)[lang] ?? en;
