import type { TimelineMessages } from './messages.js';

/** The French interface text (a chunk of its own, loaded when `locale` asks for it: see controllers/messages-controller.ts). */
export const messages: TimelineMessages = {
  controls: 'Commandes de la chronologie', stanceOn: 'Position sur', noIssue: 'Aucune',
  zoomIn: 'Zoom avant', zoomOut: 'Zoom arrière', reset: 'Réinitialiser',
  legend: 'Légende', range: 'Période', monthOrYear: 'Mois ou année seulement', approximate: 'Date approximative',
  supports: 'Pour', opposes: 'Contre', neutral: 'Neutre', conditional: 'Sous conditions',
  types: {
    statement: 'Déclaration', appeal: 'Appel', demand: 'Exigence', offer: 'Offre', meeting: 'Rencontre',
    call: 'Appel téléphonique', agreement: 'Accord', support: 'Soutien', criticism: 'Critique',
    accusation: 'Accusation', rejection: 'Rejet', veto: 'Veto', sanction: 'Sanction',
    violence: 'Violence', other: 'Autre',
  },
  closeDetails: 'Fermer les détails', date: 'Date', howDated: 'Datation', type: 'Type', participants: 'Participants',
  roles: { actor: 'auteur', recipient: 'destinataire', object: 'sujet' },
  invalidData: 'Les données de la chronologie ne sont pas valides', cannotShow: 'Impossible d’afficher la chronologie',
  loading: 'Chargement des données de la chronologie…',
  timeline: (range) => `Chronologie, ${range}`,
  // French treats 0 and 1 as singular.
  showing: (n, range) => `${n} ${n <= 1 ? 'événement affiché' : 'événements affichés'}, ${range}`,
  eventsInView: 'Événements affichés',
  more: (n) => `et ${n} de plus ; zoomez pour les lister.`,
  previousEvent: 'Événement précédent', nextEvent: 'Événement suivant',
  storyPosition: (n, total) => `${n} sur ${total}`,
  detailsOpened: (title) => `Détails : ${title}`,
};
