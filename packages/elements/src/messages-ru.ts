import type { TimelineMessages } from './messages.js';

// Russian plural forms: 1 событие, 2–4 события, 5–20 событий, 21 событие…
const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const m10 = n % 10, m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

/** The Russian interface text (a chunk of its own, loaded when `locale` asks for it: see controllers/messages-controller.ts). */
export const messages: TimelineMessages = {
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
  previousEvent: 'Предыдущее событие', nextEvent: 'Следующее событие',
  storyPosition: (n, total) => `${n} из ${total}`,
  detailsOpened: (title) => `Подробности: ${title}`,
};
