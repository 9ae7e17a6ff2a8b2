/**
 * French interface strings of the module page: header, sections, callouts, knowledge check,
 * completion.
 */
import type { enModule } from '../en/module.ts';
import type { Strings } from '../strings.ts';

export const frModule: Strings<typeof enModule> = {
  skip: 'Aller au module',
  minutes: 'min',
  objectives: 'Dans ce module, vous apprendrez à',
  progress: 'Progression',
  sectionOf: 'Section {n} sur {total}',
  continue: 'Continuer',
  resumeBanner: 'Bon retour parmi nous. Vous reprenez là où vous en étiez.',
  startOver: 'Recommencer le module',
  complete: 'Vous avez terminé ce module.',
  print: 'Imprimer ou enregistrer cette fiche',
  colon: '\u00a0: ',
  calloutExample: 'En pratique',
  calloutMistake: 'Erreur fréquente',
  calloutTip: 'Conseil',
  calloutWarning: 'Attention',
  keyIdea: 'Idée clé',
  questionOf: 'Question {n} sur {total}',
  checkAnswer: 'Vérifier ma réponse',
  correct: 'Bonne réponse.',
  notQuite: 'Pas tout à fait.',
  retake: 'Refaire les questions',
  score: 'Votre score\u00a0: {score}\u00a0%. Il faut {mastery}\u00a0% pour réussir.',
  sectionsMenu: 'Sections',
  sectionDone: 'terminée',
  sectionCurrent: 'vous êtes ici',
  sectionToCome: 'à venir',
  completionTitle: 'Module terminé',
  passedTitle: 'Module réussi',
  resultNotYet: 'Terminé, pas encore réussi.',
  resultScore: 'Score au quiz\u00a0: {score}\u00a0% (seuil de réussite {mastery}\u00a0%).',
  resultEarlier:
    'Vous avez terminé ce module lors d’une visite précédente. Votre résultat est conservé.',
  resultCompetencies: 'Ce que vous avez pratiqué dans les jeux de rôle',
  resultCompetency: '{label}\u00a0: {score}\u00a0%',
  nextModule:
    'Suite de la formation\u00a0: {title}. Ouvrez-la depuis votre plateforme de formation.',
  nextModuleLink: 'Aller au module suivant\u00a0: {title}',
  returnToLms:
    'Vous avez terminé cette partie. Revenez à votre plateforme de formation pour continuer.',
  reviewSections: 'Revoir toutes les sections',
  confirmStartOverTitle: 'Recommencer le module\u202f?',
  confirmStartOverText:
    'Vos réponses, vos jeux de rôle et votre progression dans ce module seront effacés, et vous ' +
    'reprendrez à la première section. Un résultat déjà enregistré par votre plateforme de ' +
    'formation reste tel quel.',
  confirmStartOver: 'Oui, recommencer',
  keepProgress: 'Non, garder ma progression',
  answerRight: 'Bonne réponse',
  answerWrong: 'Pas tout à fait',
  rightAnswerIs: 'La bonne réponse\u00a0: {answer}',
  checkPassed:
    'Réussi\u00a0: {right} sur {total} justes ({score}\u00a0%). Le seuil est de {mastery}\u00a0%.',
  checkNotYet:
    'Pas encore réussi\u00a0: {right} sur {total} justes ({score}\u00a0%). Il faut ' +
    '{mastery}\u00a0% pour réussir.',
};
