import type { TimelineMessages } from './messages.js';

// Russian plural forms: 1 событие, 2–4 события, 5–20 событий, 21 событие…
const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const m10 = n % 10, m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

const events = (n: number): string => ruPlural(n, 'событие', 'события', 'событий');
const noteSuffix = (note: string | undefined): string => (note ? `; примечание: ${note}` : '');
const POSITIONS: Readonly<Record<string, string>> = { supports: 'за', opposes: 'против', neutral: 'нейтрально' };
const BASES: Readonly<Record<string, string>> = { stated: 'заявлено', reported: 'со слов источника', inferred: 'выведено' };

/** The Russian interface text (a chunk of its own, loaded when `locale` asks for it: see controllers/messages-controller.ts). */
export const messages: TimelineMessages = {
  controls: 'Управление хронологией', stanceOn: 'Позиция по вопросу', noIssue: 'Нет',
  zoomIn: 'Увеличить', zoomOut: 'Уменьшить', reset: 'Сбросить',
  legend: 'Условные обозначения', range: 'Период', monthOrYear: 'Известны только месяц или год', approximate: 'Приблизительная дата',
  supports: 'За', opposes: 'Против', neutral: 'Нейтрально', conditional: 'С условиями',
  howToRead: 'Одна строка на каждую сторону; значок — событие (форма — его тип), рядом его название; полоса под строкой — позиция стороны по выбранному вопросу. Выберите любой элемент, чтобы прочитать источник.',
  uncertain: 'Неточная дата', background: 'Фоновое событие (контекст)', cluster: 'Несколько событий, слишком близких, чтобы показать их по отдельности',
  tie: 'Связь между сторонами (стрелка — к другой стороне)',
  observed: 'Позиция зафиксирована (точка — одно наблюдение)', carried: 'Позиция продлена, не наблюдалась', stanceChange: 'Смена позиции', observations: 'Наблюдения позиций',
  stanceHeading: (lane, position) => `${lane}: ${position.toLowerCase()}`,
  issue: 'Вопрос', heldBy: 'Чья позиция', condition: 'Условие', basis: 'Основание',
  bases: { stated: 'заявлено в источнике', reported: 'сообщается в источнике', inferred: 'выведено' },
  types: {
    statement: 'Заявление', appeal: 'Призыв', demand: 'Требование', offer: 'Предложение', meeting: 'Встреча',
    call: 'Телефонный разговор', agreement: 'Соглашение', support: 'Поддержка', criticism: 'Критика',
    accusation: 'Обвинение', rejection: 'Отказ', veto: 'Вето', sanction: 'Санкции',
    violence: 'Насилие', other: 'Другое',
  },
  closeDetails: 'Закрыть подробности', date: 'Дата', howDated: 'Как датировано', type: 'Тип', participants: 'Участники', separator: ', ',
  roles: { actor: 'инициатор', recipient: 'адресат', object: 'о ком' },
  invalidData: 'Данные хронологии некорректны', cannotShow: 'Не удалось показать хронологию',
  loading: 'Загрузка данных хронологии…',
  plotRole: 'хронология',
  timeline: (range) => `Хронология, ${range}`,
  showing: (n, count, range) => `Показано ${count} ${events(n)}, ${range}`,
  eventsInView: 'Видимые события',
  more: (_n, count) => `и ещё ${count}; увеличьте масштаб, чтобы увидеть их в списке.`,
  region: 'Хронология событий',
  noEvents: 'Нет событий',
  noLane: (asked, known) => `Нечего показать: ни одна из указанных полос (${asked}) не найдена среди ${known}.`,
  basisShort: { stated: 'дата указана в тексте', resolved: 'дата вычислена по дате публикации', inferred: 'дата предположительная' },
  eventName: (title, date, basis, lanes) => `${title}, ${date} (${basis}), ${lanes.join(', ')}`,
  clusterName: (n, count, dates, lane) => `${count} ${events(n)}, ${dates}, ${lane}`,
  stanceName: (lane, position, condition, issue, from) =>
    `${lane} — ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, с ${from}`,
  observationName: (lane, position, condition, issue, date, basis) =>
    `${lane} — ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, ${date} (${BASES[basis] ?? basis})`,
  dating: {
    stated: (note) => `указана в тексте${noteSuffix(note)}`,
    resolved: (anchor, phrase, note) =>
      `вычислена по дате публикации: ${anchor ?? 'источник'}${phrase === undefined ? '' : ` («${phrase}»)`}${noteSuffix(note)}`,
    inferred: (note) => (note === undefined ? 'предположительная' : `предположительная: ${note}`),
  },
  problem: { got: 'получено', expected: 'ожидалось', root: '(корень)', nothing: 'ничего' },
  problemsFound: (n, count) => `${ruPlural(n, 'Найдена', 'Найдены', 'Найдено')} ${count} ${ruPlural(n, 'проблема', 'проблемы', 'проблем')}:`,
  moreProblems: (_n, count) => `и ещё ${count}.`,
};
