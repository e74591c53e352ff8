import type { TimelineMessages } from './messages.js';

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
  issue: 'Question', heldBy: 'Position de', condition: 'Condition', stanceBasis: 'Fondement',
  bases: { stated: 'énoncée dans la source', reported: 'rapportée par la source', inferred: 'déduite' },
  types: {
    statement: 'Déclaration', appeal: 'Appel', demand: 'Exigence', offer: 'Offre', meeting: 'Rencontre',
    call: 'Appel téléphonique', agreement: 'Accord', support: 'Soutien', criticism: 'Critique',
    accusation: 'Accusation', rejection: 'Rejet', veto: 'Veto', sanction: 'Sanction',
    violence: 'Violence', other: 'Autre',
  },
  closeDetails: 'Fermer les détails', date: 'Date', howDated: 'Datation', type: 'Type', participants: 'Participants', separator: ', ',
  roles: { actor: 'auteur', recipient: 'destinataire', target: 'cible', object: 'sujet' },
  invalidData: 'Les données de la chronologie ne sont pas valides', cannotShow: 'Impossible d’afficher la chronologie',
  loading: 'Chargement des données de la chronologie…',
  progress: {
    label: 'Progression du chargement',
    bytes: (loaded, total) => (total === undefined ? `${loaded} reçus` : `${loaded} sur ${total}`),
    checking: 'Vérification des données…',
    events: (_n, _total, count, totalCount) => `Événements : ${count} sur ${totalCount}`,
  },
  plotRole: 'chronologie',
  timeline: (range) => `Chronologie, ${range}`,
  // French treats 0 and 1 as singular.
  showing: (n, count, range) => `${count} ${n <= 1 ? 'événement affiché' : 'événements affichés'}, ${range}`,
  eventsInView: 'Événements affichés',
  more: (_n, count) => `et ${count} de plus ; zoomez pour les lister.`,
  region: 'Chronologie des événements',
  noEvents: 'Aucun événement',
  noLane: (asked, known) => `Aucune voie à afficher : aucune des voies demandées (${asked}) ne figure parmi ${known}.`,
  stanceName: (lane, position, condition, issue, from) =>
    `${lane} : ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${condition})`} — ${issue}, à partir de ${from}`,
  observationName: (lane, position, condition, issue, date, basis) =>
    `${lane} : ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${condition})`} — ${issue}, ${date} (${BASES[basis] ?? basis})`,
  problem: { got: 'reçu', expected: 'attendu', root: '(racine)', nothing: 'rien' },
  problemsFound: (n, count) => `${count} ${n === 1 ? 'problème trouvé' : 'problèmes trouvés'} :`,
  moreProblems: (_n, count) => `et ${count} de plus.`,
  previousEvent: 'Événement précédent', nextEvent: 'Événement suivant',
  storyPosition: (n, total) => `${n} sur ${total}`,
  detailsOpened: (title) => `Détails : ${title}`,
  dating: {
    stated: 'indiquée dans le texte',
    resolved: (a, p) => `calculée à partir de la date de parution (${a})${p === undefined ? '' : ` (« ${p} »)`}`,
    resolvedInferred: (a, p) => `calculée à partir de la date de parution déduite (${a})${p === undefined ? '' : ` (« ${p} »)`}`,
    article: (a) => `datée par son article (${a})`,
    articleInferred: (a) => `datée par son article (${a}), dont la date est elle-même déduite`,
    inferred: (note) => (note === undefined ? 'déduite' : `déduite : ${note}`),
    note: (note) => ` ; note : ${note}`,
    outside: (note) => `. Connaissance extérieure : ${note}`,
    itsSource: 'sa source',
    unknown: (b) => `mode de datation inconnu ${b}`,
  },
  others: 'Autres',
  ties: { to: 'Adressé à', against: 'Dirigé contre', about: 'Au sujet de' },
  side: {
    open: (lane) => `${lane} : acteurs, relations et positions`,
    close: 'Fermer', actors: 'Acteurs', relations: 'Relations', positions: 'Positions', none: 'Rien d’enregistré',
    kinds: {
      alliance: 'Alliance', 'arms-supply': 'Livraisons d’armes', 'military-base': 'Base militaire', patronage: 'Patronage',
      'diplomatic-backing': 'Soutien diplomatique', other: 'Autre',
    },
    span: (from, to) => (from && to ? `${from} – ${to}` : from ? `depuis ${from}` : to ? `jusqu’à ${to}` : 'toute la période couverte'),
  },
  navigation: {
    markName: (type, title, date, lane) => `${type} : ${title}, ${date}, couloir ${lane}`,
    optionName: (type, title, date) => `${type} : ${title}, ${date}`,
    laneGroup: (lane) => `Couloir ${lane}`,
    pillName: (n, count, range, lane) => `${count} ${n <= 1 ? 'événement' : 'événements'}, ${range}, couloir ${lane} ; Entrée pour les lister`,
    pillList: (n, count, range, lane) => `${count} ${n <= 1 ? 'événement' : 'événements'}, ${range}, couloir ${lane}`,
    basis: {
      stated: 'Date donnée par la source.',
      resolved: 'Date déduite de la date de l’article.',
      article: 'Date de l’article : la phrase ne la donne pas.',
      inferred: 'Date supposée : le texte ne la donne pas.',
    },
    emptyPlot: 'Aucun événement dans cette fenêtre. Maj+flèches ou Page préc. et Page suiv. déplacent dans le temps, + et − zooment, 0 montre tout.',
    wheelHint: (key) => `Utilisez ${key} + molette pour zoomer`,
  },
};
