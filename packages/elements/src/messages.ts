import type { EventType, Role } from '@syria-timeline/core';
import type { TimelineLocale } from './locales.js';

/**
 * The element's own interface text in one locale. Data-derived text (titles, quotes, lane and
 * issue labels, source names) is never translated here: it is shown as the dataset gives it.
 */
export interface TimelineMessages {
  controls: string;
  stanceOn: string;
  noIssue: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  legend: string;
  range: string;
  monthOrYear: string;
  approximate: string;
  supports: string;
  opposes: string;
  neutral: string;
  conditional: string;
  types: Readonly<Record<EventType, string>>;
  closeDetails: string;
  date: string;
  howDated: string;
  type: string;
  participants: string;
  roles: Readonly<Record<Role, string>>;
  invalidData: string;
  cannotShow: string;
  loading: string;
  timeline: (range: string) => string;
  showing: (count: number, range: string) => string;
  eventsInView: string;
  more: (count: number) => string;
}

// Russian plural forms: 1 событие, 2–4 события, 5–20 событий, 21 событие…
const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const m10 = n % 10, m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

// Arabic counts: the noun's form depends on the number (dual, 3–10 plural, 11+ singular accusative).
const arEvents = (n: number): string => {
  if (n === 1) return 'حدث واحد';
  if (n === 2) return 'حدثان';
  const m100 = n % 100;
  if (m100 >= 3 && m100 <= 10) return `${n} أحداث`;
  return n === 0 ? '0 حدث' : `${n} حدثًا`;
};

const en: TimelineMessages = {
  controls: 'Timeline controls', stanceOn: 'Stance on', noIssue: 'None',
  zoomIn: 'Zoom in', zoomOut: 'Zoom out', reset: 'Reset',
  legend: 'Legend', range: 'Range', monthOrYear: 'Month or year only', approximate: 'Approximate date',
  supports: 'Supports', opposes: 'Opposes', neutral: 'Neutral', conditional: 'Conditional',
  types: {
    statement: 'Statement', appeal: 'Appeal', demand: 'Demand', offer: 'Offer', meeting: 'Meeting',
    call: 'Phone call', agreement: 'Agreement', support: 'Support', criticism: 'Criticism',
    accusation: 'Accusation', rejection: 'Rejection', veto: 'Veto', sanction: 'Sanction',
    violence: 'Violence', other: 'Other',
  },
  closeDetails: 'Close details', date: 'Date', howDated: 'How dated', type: 'Type', participants: 'Participants',
  roles: { actor: 'actor', recipient: 'recipient', object: 'about' },
  invalidData: 'The timeline data is not valid', cannotShow: 'The timeline could not be shown',
  loading: 'Loading timeline data…',
  timeline: (range) => `Timeline, ${range}`,
  showing: (n, range) => `Showing ${n} ${n === 1 ? 'event' : 'events'}, ${range}`,
  eventsInView: 'Events in view',
  more: (n) => `and ${n} more; zoom in to list them.`,
};

const ru: TimelineMessages = {
  controls: 'Управление хронологией', stanceOn: 'Позиция по вопросу', noIssue: 'Нет',
  zoomIn: 'Увеличить', zoomOut: 'Уменьшить', reset: 'Сбросить',
  legend: 'Условные обозначения', range: 'Период', monthOrYear: 'Известны только месяц или год', approximate: 'Приблизительная дата',
  supports: 'За', opposes: 'Против', neutral: 'Нейтрально', conditional: 'С условиями',
  types: {
    statement: 'Заявление', appeal: 'Призыв', demand: 'Требование', offer: 'Предложение', meeting: 'Встреча',
    call: 'Телефонный разговор', agreement: 'Соглашение', support: 'Поддержка', criticism: 'Критика',
    accusation: 'Обвинение', rejection: 'Отказ', veto: 'Вето', sanction: 'Санкции',
    violence: 'Насилие', other: 'Другое',
  },
  closeDetails: 'Закрыть подробности', date: 'Дата', howDated: 'Как датировано', type: 'Тип', participants: 'Участники',
  roles: { actor: 'инициатор', recipient: 'адресат', object: 'о ком' },
  invalidData: 'Данные хронологии некорректны', cannotShow: 'Не удалось показать хронологию',
  loading: 'Загрузка данных хронологии…',
  timeline: (range) => `Хронология, ${range}`,
  showing: (n, range) => `Показано ${n} ${ruPlural(n, 'событие', 'события', 'событий')}, ${range}`,
  eventsInView: 'Видимые события',
  more: (n) => `и ещё ${n}; увеличьте масштаб, чтобы увидеть их в списке.`,
};

const fr: TimelineMessages = {
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
};

const ar: TimelineMessages = {
  controls: 'أدوات التحكم في الخط الزمني', stanceOn: 'الموقف من', noIssue: 'لا شيء',
  zoomIn: 'تكبير', zoomOut: 'تصغير', reset: 'إعادة الضبط',
  legend: 'مفتاح الرموز', range: 'فترة', monthOrYear: 'الشهر أو السنة فقط', approximate: 'تاريخ تقريبي',
  supports: 'يؤيد', opposes: 'يعارض', neutral: 'محايد', conditional: 'مشروط',
  types: {
    statement: 'تصريح', appeal: 'مناشدة', demand: 'مطالبة', offer: 'عرض', meeting: 'اجتماع',
    call: 'مكالمة هاتفية', agreement: 'اتفاق', support: 'دعم', criticism: 'انتقاد',
    accusation: 'اتهام', rejection: 'رفض', veto: 'فيتو', sanction: 'عقوبات',
    violence: 'عنف', other: 'أخرى',
  },
  closeDetails: 'إغلاق التفاصيل', date: 'التاريخ', howDated: 'طريقة التأريخ', type: 'النوع', participants: 'المشاركون',
  roles: { actor: 'الفاعل', recipient: 'المتلقي', object: 'بشأن' },
  invalidData: 'بيانات الخط الزمني غير صالحة', cannotShow: 'تعذر عرض الخط الزمني',
  loading: 'جارٍ تحميل بيانات الخط الزمني…',
  timeline: (range) => `الخط الزمني، ${range}`,
  showing: (n, range) => `عرض ${arEvents(n)}، ${range}`,
  eventsInView: 'الأحداث المعروضة',
  more: (n) => `و${n} أخرى؛ كبّر لعرضها في القائمة.`,
};

const TABLE: Readonly<Record<TimelineLocale, TimelineMessages>> = { en, ru, fr, ar };

/** The interface text for a resolved locale id (see `resolveLocale`). */
export const messagesFor = (locale: TimelineLocale): TimelineMessages => TABLE[locale];
