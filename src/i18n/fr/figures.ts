/** French interface strings of the modules' figures: titles, text alternatives, labels. */
import type { enFigures } from '../en/figures.ts';
import type { Strings } from '../strings.ts';

export const frFigures: Strings<typeof enFigures> = {
  figFoundations: 'Quand ce que vous donnez pèse plus que ce qui vous revient',
  figFoundationsAlt:
    'Une balance penchée à gauche. À gauche, ce que vous donnez\u00a0: écoute, patience, calme ' +
    'sous pression. À droite, plus léger, ce qui vous revient\u00a0: repos, reconnaissance, ' +
    'soutien.',
  figFoundationsLabels:
    'Ce que vous donnez|Écoute|Patience|Calme sous pression|Ce qui vous ' +
    'revient|Repos|Reconnaissance|Soutien',
  figDissatisfaction: 'L’écoute transforme une plainte en demande',
  figDissatisfactionAlt:
    'Une boucle de trois étapes autour des mots «\u00a0la tension devient une ' +
    'demande\u00a0»\u00a0: écouter les faits et le ressenti, reformuler, vérifier, puis écouter ' +
    'à nouveau.',
  figDissatisfactionLabels: 'Écouter|Reformuler|Vérifier|La tension devient une demande',
  figIncivility: 'Intervenir avant que l’échange ne monte',
  figIncivilityAlt:
    'Une échelle de cinq barreaux, du bas vers le haut\u00a0: frustration, voix qui monte, ' +
    'remarques personnelles, menaces, danger. Une ligne au-dessus des remarques personnelles ' +
    'marque la limite\u00a0: nommer le comportement à ce moment-là. Au danger, mettre fin à ' +
    'l’échange et demander de l’aide.',
  figIncivilityLabels:
    'Frustration|Voix qui monte|Remarques personnelles|Menaces|Danger\u00a0: partir, ' +
    'alerter|Votre limite\u00a0: nommer le comportement',
  figMeaning: 'Les niveaux logiques, de ce qui vous entoure à la raison de votre travail',
  figMeaningAlt:
    'Une pyramide de six niveaux, de la base au sommet\u00a0: environnement, comportements, ' +
    'capacités, valeurs, identité, vision.',
  figMeaningLabels: 'Environnement|Comportements|Capacités|Valeurs|Identité|Vision',
  figStress: 'Récupérer entre deux échanges empêche le stress de s’accumuler',
  figStressAlt:
    'Une courbe du stress pendant une journée. Chaque échange difficile le fait bondir. Sans ' +
    'récupération, la courbe monte marche après marche\u00a0; avec une courte récupération après ' +
    'chaque échange, elle redescend à son niveau de base.',
  figStressLabels:
    'Stress|Temps de la journée|Échange difficile|Sans récupération|Avec une courte récupération',
  figEi: 'Les quatre dimensions de l’intelligence émotionnelle',
  figEiAlt:
    'Une grille de quatre cases. Se percevoir\u00a0: conscience de soi. Se gérer\u00a0: maîtrise ' +
    'de soi. Percevoir les autres\u00a0: conscience sociale. Agir avec les autres\u00a0: gestion ' +
    'des relations.',
  figEiLabels:
    'Soi|Les autres|Percevoir|Agir|Conscience de soi|Conscience sociale|Maîtrise de soi|Gestion ' +
    'des relations',
  figManagers: 'Soutenir son équipe est une boucle, pas un geste isolé',
  figManagersAlt:
    'Une boucle de quatre étapes\u00a0: prendre des nouvelles, écouter, soutenir, faire le ' +
    'suivi, puis reprendre des nouvelles.',
  figManagersLabels: 'Prendre des nouvelles|Écouter|Soutenir|Faire le suivi|Votre équipe',
};
