import type { TimelineMessages } from './messages.js';

const noteSuffix = (note: string | undefined): string => (note ? ` ; note : ${note}` : '');
const POSITIONS: Readonly<Record<string, string>> = { supports: 'pour', opposes: 'contre', neutral: 'neutre' };
const BASES: Readonly<Record<string, string>> = { stated: 'énoncée', reported: 'rapportée', inferred: 'déduite' };

/** The French interface text (a chunk of its own, loaded when `locale` asks for it: see controllers/messages-controller.ts). */
export const messages: TimelineMessages = {
  controls: 'Commandes de la chronologie', stanceOn: 'Position sur', noIssue: 'Aucune',
  zoomIn: 'Zoom avant', zoomOut: 'Zoom arrière', reset: 'Réinitialiser',
  legend: 'Légende', range: 'Période', monthOrYear: 'Mois ou année seulement', approximate: 'Date approximative',
  supports: 'Pour', opposes: 'Contre', neutral: 'Neutre', conditional: 'Sous conditions',
  howToRead: 'Une ligne par camp ; chaque marque est un événement (sa forme : son type), son titre à côté ; la bande sous une ligne est la position de ce camp sur la question choisie. Sélectionnez un élément pour lire sa source.',
  uncertain: 'Date incertaine', background: 'Événement de contexte', cluster: 'Plusieurs événements trop proches pour être séparés',
  tie: 'Lien entre deux camps (flèche : vers l’autre camp)',
  observed: 'Position observée (un point par observation)', carried: 'Position prolongée, non observée', stanceChange: 'Changement de position', observations: 'Observations de position',
  stanceHeading: (lane, position) => `${lane} : ${position.toLowerCase()}`,
  issue: 'Question', heldBy: 'Position de', condition: 'Condition', basis: 'Fondement',
  bases: { stated: 'énoncée dans la source', reported: 'rapportée par la source', inferred: 'déduite' },
  types: {
    statement: 'Déclaration', appeal: 'Appel', demand: 'Exigence', offer: 'Offre', meeting: 'Rencontre',
    call: 'Appel téléphonique', agreement: 'Accord', support: 'Soutien', criticism: 'Critique',
    accusation: 'Accusation', rejection: 'Rejet', veto: 'Veto', sanction: 'Sanction',
    violence: 'Violence', other: 'Autre',
  },
  closeDetails: 'Fermer les détails', date: 'Date', howDated: 'Datation', type: 'Type', participants: 'Participants', separator: ', ',
  roles: { actor: 'auteur', recipient: 'destinataire', object: 'sujet' },
  invalidData: 'Les données de la chronologie ne sont pas valides', cannotShow: 'Impossible d’afficher la chronologie',
  loading: 'Chargement des données de la chronologie…',
  plotRole: 'chronologie',
  timeline: (range) => `Chronologie, ${range}`,
  // French treats 0 and 1 as singular.
  showing: (n, count, range) => `${count} ${n <= 1 ? 'événement affiché' : 'événements affichés'}, ${range}`,
  eventsInView: 'Événements affichés',
  more: (_n, count) => `et ${count} de plus ; zoomez pour les lister.`,
  region: 'Chronologie des événements',
  noEvents: 'Aucun événement',
  noLane: (asked, known) => `Aucune voie à afficher : aucune des voies demandées (${asked}) ne figure parmi ${known}.`,
  basisShort: { stated: 'date indiquée', resolved: 'date déduite de la date de parution', inferred: 'date supposée' },
  eventName: (title, date, basis, lanes) => `${title}, ${date} (${basis}), ${lanes.join(', ')}`,
  clusterName: (n, count, dates, lane) => `${count} ${n <= 1 ? 'événement' : 'événements'}, ${dates}, ${lane}`,
  stanceName: (lane, position, condition, issue, from) =>
    `${lane} : ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${condition})`} — ${issue}, à partir de ${from}`,
  observationName: (lane, position, condition, issue, date, basis) =>
    `${lane} : ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${condition})`} — ${issue}, ${date} (${BASES[basis] ?? basis})`,
  dating: {
    stated: (note) => `indiquée dans le texte${noteSuffix(note)}`,
    resolved: (anchor, phrase, note) =>
      `déduite de la date de parution de ${anchor ?? 'sa source'}${phrase === undefined ? '' : ` (« ${phrase} »)`}${noteSuffix(note)}`,
    inferred: (note) => (note === undefined ? 'supposée' : `supposée : ${note}`),
  },
  problem: { got: 'reçu', expected: 'attendu', root: '(racine)', nothing: 'rien' },
  problemsFound: (n, count) => `${count} ${n === 1 ? 'problème trouvé' : 'problèmes trouvés'} :`,
  moreProblems: (_n, count) => `et ${count} de plus.`,
};
