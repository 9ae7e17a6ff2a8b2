/** French interface strings of reflections, the practice tools and the support block. */
import type { enActivities } from '../en/activities.ts';
import type { Strings } from '../strings.ts';

export const frActivities: Strings<typeof enActivities> = {
  reflectionPrivate: 'Vos notes restent sur cet appareil, sauf si vous les téléchargez.',
  reflectionSent:
    'Vos notes sont enregistrées sur cet appareil et transmises à votre plateforme de formation.',
  download: 'Télécharger mes notes',
  delete: 'Supprimer mes notes',
  saved: 'Enregistré.',
  noNotes: '(aucune note)',
  toolPrivate:
    'Vos réponses restent sur cet appareil. Rien n’est transmis à votre plateforme de formation.',
  deleteAnswers: 'Supprimer mes réponses',
  answersDeleted: 'Supprimé de cet appareil.',
  signsThisWeek: 'Signes remarqués cette semaine',
  weekOf: '(semaine du {date})',
  signsHistory: 'Les quatre dernières semaines',
  signsNone:
    'Rien de coché ces quatre dernières semaines pour l’instant. Revenez la semaine ' +
    'prochaine\u00a0: la tendance compte plus qu’une semaine difficile.',
  signsWeeks: '{n} sur les 4 dernières semaines',
  signHeader: 'Signe',
  weeksHeader: 'Semaines concernées',
  supportHeading: 'Où trouver du soutien',
  supportEmergency:
    'Si quelqu’un est en danger immédiat, ou parle de mettre fin à ses jours et pourrait passer ' +
    'à l’acte\u00a0: appelez {number} maintenant et restez avec la personne.',
  supportEmergencyNeutral: 'le numéro d’urgence local',
  supportCrisis: 'Pour parler à quelqu’un de pensées suicidaires ou d’une crise\u00a0: {line}.',
  supportCrisisNeutral: 'une ligne d’écoute ou de prévention du suicide près de chez vous',
  supportAssistance:
    'Programme d’aide aux salariés\u00a0: {name}, {contact}. Gratuit et confidentiel.',
  supportAssistanceNeutral:
    'Votre programme d’aide aux salariés, s’il existe\u00a0: votre responsable ou les RH peuvent ' +
    'vous dire comment le joindre.',
  supportOccupationalHealth: 'Santé au travail\u00a0: {contact}.',
  supportOccupationalHealthNeutral:
    'Le service de santé au travail, si votre organisation en a un.',
  supportDoctor:
    'Votre médecin, quand le sommeil, la santé ou l’humeur ont changé depuis des semaines.',
  supportPeople:
    'Une personne de confiance au travail\u00a0: un collègue, votre chef d’équipe ou votre ' +
    'responsable.',
  yourReformulation: 'Votre reformulation',
  compareModels: 'Comparer avec les réponses modèles',
  pitfall: 'Une réponse tentante qui passe à côté',
  yourScript: 'Votre script',
  scriptEmpty: 'Remplissez les étapes pour voir votre script ici.',
  downloadScript: 'Télécharger mon script',
  workedExamples: 'Exemples commentés',
  situationLabel: 'La situation\u00a0: un moment difficile de votre propre travail',
  breaksHere: 'À quel niveau cela coince-t-il pour vous\u202f?',
  pyramidLabel: 'Les six niveaux, de la base au sommet',
  levelAnswered: 'répondu',
  levelBreaks: 'ça coince ici',
  downloadLevels: 'Télécharger mes niveaux',
  example: 'Exemple',
  choosePattern: 'Choisissez un rythme',
  start: 'Démarrer',
  stop: 'Arrêter',
  pause: 'Pause',
  resume: 'Reprendre',
  breathingPaused: 'En pause. Reprenez quand vous le souhaitez.',
  soundCue: 'Émettre un son doux à chaque changement de respiration',
  inhale: 'Inspirez',
  hold: 'Retenez',
  exhale: 'Expirez',
  breathingReady:
    'Appuyez sur Démarrer quand vous le souhaitez. Installez-vous confortablement et relâchez ' +
    'les épaules.',
  breathingDone:
    'Terminé. Prenez un instant pour remarquer ce que vous ressentez avant de continuer.',
  breathingStopped: 'Arrêté. Vous pouvez recommencer quand vous le voulez.',
  breathingLeft: 'Cycle {cycle} sur {cycles} · il reste {left}',
  breathingSafety:
    'Arrêtez si vous avez des vertiges ou une sensation d’inconfort. Si vous avez un problème ' +
    'respiratoire ou cardiaque, demandez l’avis de votre médecin avant de pratiquer.',
  seeResult: 'Voir mon résultat',
  answerAll:
    'Répondez à toutes les affirmations d’au moins un domaine pour savoir par où commencer.',
  averageOf: '{average} sur {max}',
  whereToStart: 'Par où commencer\u00a0: {label}',
};
