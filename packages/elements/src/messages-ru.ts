import type { TimelineMessages } from './messages.js';

// Russian plural forms: 1 событие, 2–4 события, 5–20 событий, 21 событие…
const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const m10 = n % 10, m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

const events = (n: number): string => ruPlural(n, 'событие', 'события', 'событий');
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
  issue: 'Вопрос', heldBy: 'Чья позиция', condition: 'Условие', stanceBasis: 'Основание',
  bases: { stated: 'заявлено в источнике', reported: 'сообщается в источнике', inferred: 'выведено' },
  types: {
    statement: 'Заявление', appeal: 'Призыв', demand: 'Требование', offer: 'Предложение', meeting: 'Встреча',
    call: 'Телефонный разговор', agreement: 'Соглашение', support: 'Поддержка', criticism: 'Критика',
    accusation: 'Обвинение', rejection: 'Отказ', veto: 'Вето', sanction: 'Санкции',
    violence: 'Насилие', other: 'Другое',
  },
  closeDetails: 'Закрыть подробности', date: 'Дата', howDated: 'Как датировано', type: 'Тип', participants: 'Участники', separator: ', ',
  roles: { actor: 'инициатор', recipient: 'адресат', target: 'против кого', object: 'о ком' },
  invalidData: 'Данные хронологии некорректны', cannotShow: 'Не удалось показать хронологию',
  loading: 'Загрузка данных хронологии…',
  progress: {
    label: 'Ход загрузки',
    bytes: (loaded, total) => (total === undefined ? `Получено ${loaded}` : `${loaded} из ${total}`),
    checking: 'Проверка данных…',
    events: (_n, _total, count, totalCount) => `События: ${count} из ${totalCount}`,
  },
  plotRole: 'хронология',
  timeline: (range) => `Хронология, ${range}`,
  showing: (n, count, range) => `Показано ${count} ${events(n)}, ${range}`,
  eventsInView: 'Видимые события',
  more: (_n, count) => `и ещё ${count}; увеличьте масштаб, чтобы увидеть их в списке.`,
  region: 'Хронология событий',
  noEvents: 'Нет событий',
  noLane: (asked, known) => `Нечего показать: ни одна из указанных полос (${asked}) не найдена среди ${known}.`,
  stanceName: (lane, position, condition, issue, from) =>
    `${lane} — ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, с ${from}`,
  observationName: (lane, position, condition, issue, date, basis) =>
    `${lane} — ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, ${date} (${BASES[basis] ?? basis})`,
  problem: { got: 'получено', expected: 'ожидалось', root: '(корень)', nothing: 'ничего' },
  problemsFound: (n, count) => `${ruPlural(n, 'Найдена', 'Найдены', 'Найдено')} ${count} ${ruPlural(n, 'проблема', 'проблемы', 'проблем')}:`,
  moreProblems: (_n, count) => `и ещё ${count}.`,
  previousEvent: 'Предыдущее событие', nextEvent: 'Следующее событие',
  storyPosition: (n, total) => `${n} из ${total}`,
  detailsOpened: (title) => `Подробности: ${title}`,
  dating: {
    stated: 'указано в тексте',
    resolved: (a, p) => `вычислено от даты публикации (${a})${p === undefined ? '' : ` («${p}»)`}`,
    resolvedInferred: (a, p) => `вычислено от предположительной даты публикации (${a})${p === undefined ? '' : ` («${p}»)`}`,
    article: (a) => `датировано датой статьи (${a})`,
    articleInferred: (a) => `датировано датой статьи (${a}), которая сама установлена предположительно`,
    inferred: (note) => (note === undefined ? 'установлено по внешним данным' : `установлено по внешним данным: ${note}`),
    note: (note) => `; примечание: ${note}`,
    outside: (note) => `. Внешние сведения: ${note}`,
    itsSource: 'источник',
    unknown: (b) => `неизвестный способ датировки ${b}`,
  },
  others: 'Прочие',
  ties: { to: 'Адресовано', against: 'Направлено против', about: 'Касается' },
  side: {
    open: (lane) => `${lane}: участники, связи и позиции`,
    close: 'Закрыть', actors: 'Участники', relations: 'Связи', positions: 'Позиции', none: 'Нет данных',
    kinds: {
      alliance: 'Союз', 'arms-supply': 'Поставки оружия', 'military-base': 'Военная база', patronage: 'Покровительство',
      'diplomatic-backing': 'Дипломатическая поддержка', other: 'Другое',
    },
    span: (from, to) => (from && to ? `${from} – ${to}` : from ? `с ${from}` : to ? `до ${to}` : 'весь период источников'),
  },
  navigation: {
    markName: (type, title, date, lane) => `${type}: ${title}, ${date}, полоса «${lane}»`,
    optionName: (type, title, date) => `${type}: ${title}, ${date}`,
    laneGroup: (lane) => `Полоса «${lane}»`,
    pillName: (n, count, range, lane) => `${count} ${events(n)}, ${range}, полоса «${lane}»; Enter открывает список`,
    pillList: (n, count, range, lane) => `${count} ${events(n)}, ${range}, полоса «${lane}»`,
    basis: {
      stated: 'Дата указана в источнике.',
      resolved: 'Дата выведена из даты статьи.',
      article: 'Дата статьи: в самой фразе даты нет.',
      inferred: 'Дата предположительная: в тексте её нет.',
    },
    emptyPlot: 'В этом окне нет событий. Shift+стрелки или Page Up и Page Down сдвигают время, + и − меняют масштаб, 0 показывает всё.',
    wheelHint: (key) => `Чтобы изменить масштаб, прокручивайте с ${key}`,
  },
};
