import type { TimelineMessages } from './messages.js';

// Arabic counts: the noun's form depends on the number (dual, 3–10 plural, 11+ singular accusative).
const arEvents = (n: number, count: string): string => {
  if (n === 1) return 'حدث واحد';
  if (n === 2) return 'حدثان';
  const m100 = n % 100;
  if (m100 >= 3 && m100 <= 10) return `${count} أحداث`;
  return n === 0 ? `${count} حدث` : `${count} حدثًا`;
};
// Data (titles, names, notes) is mostly in another script: each piece is a bidi isolate (FSI…PDI),
// so that an English title does not reorder the Arabic words and punctuation around it.
const iso = (text: string): string => `\u2068${text}\u2069`;
const noteSuffix = (note: string | undefined): string => (note ? `؛ ملاحظة: ${iso(note)}` : '');
const POSITIONS: Readonly<Record<string, string>> = { supports: 'يؤيد', opposes: 'يعارض', neutral: 'محايد' };
const BASES: Readonly<Record<string, string>> = { stated: 'مذكور', reported: 'منقول', inferred: 'مستنتج' };

/** The Arabic interface text (a chunk of its own, loaded when `locale` asks for it: see controllers/messages-controller.ts). */
export const messages: TimelineMessages = {
  controls: 'أدوات التحكم في الخط الزمني', stanceOn: 'الموقف من', noIssue: 'لا شيء',
  zoomIn: 'تكبير', zoomOut: 'تصغير', reset: 'إعادة الضبط',
  legend: 'مفتاح الرموز', range: 'فترة', monthOrYear: 'الشهر أو السنة فقط', approximate: 'تاريخ تقريبي',
  supports: 'يؤيد', opposes: 'يعارض', neutral: 'محايد', conditional: 'مشروط',
  howToRead: 'صف لكل طرف؛ كل علامة حدث (شكلها نوعه) وعنوانه بجانبها؛ الشريط تحت الصف هو موقف ذلك الطرف من القضية المختارة. اختر أي عنصر لقراءة مصدره.',
  uncertain: 'تاريخ غير مؤكد', background: 'حدث خلفي (سياق)', cluster: 'عدة أحداث متقاربة جدًا لا يمكن رسمها منفصلة',
  tie: 'صلة بين طرفين (السهم: نحو الطرف الآخر)',
  observed: 'موقف مرصود (نقطة لكل رصد)', carried: 'موقف ممتد، غير مرصود', stanceChange: 'تغير الموقف', observations: 'رصد المواقف',
  stanceHeading: (lane, position) => `${lane}: ${position}`,
  issue: 'القضية', heldBy: 'صاحب الموقف', condition: 'الشرط', basis: 'الأساس',
  bases: { stated: 'مذكور في المصدر', reported: 'منقول عن المصدر', inferred: 'مستنتج' },
  types: {
    statement: 'تصريح', appeal: 'مناشدة', demand: 'مطالبة', offer: 'عرض', meeting: 'اجتماع',
    call: 'مكالمة هاتفية', agreement: 'اتفاق', support: 'دعم', criticism: 'انتقاد',
    accusation: 'اتهام', rejection: 'رفض', veto: 'فيتو', sanction: 'عقوبات',
    violence: 'عنف', other: 'أخرى',
  },
  closeDetails: 'إغلاق التفاصيل', date: 'التاريخ', howDated: 'طريقة التأريخ', type: 'النوع', participants: 'المشاركون', separator: '، ',
  roles: { actor: 'الفاعل', recipient: 'المتلقي', object: 'بشأن' },
  invalidData: 'بيانات الخط الزمني غير صالحة', cannotShow: 'تعذر عرض الخط الزمني',
  loading: 'جارٍ تحميل بيانات الخط الزمني…',
  plotRole: 'خط زمني',
  timeline: (range) => `الخط الزمني، ${range}`,
  showing: (n, count, range) => `عرض ${arEvents(n, count)}، ${range}`,
  eventsInView: 'الأحداث المعروضة',
  more: (_n, count) => `و${count} أخرى؛ كبّر لعرضها في القائمة.`,
  region: 'الخط الزمني للأحداث',
  noEvents: 'لا توجد أحداث',
  noLane: (asked, known) => `لا يوجد مسار لعرضه: لا يطابق أي من المسارات المطلوبة (${asked}) المسارات المتاحة: ${known}.`,
  basisShort: { stated: 'التاريخ مذكور في النص', resolved: 'التاريخ مستنتج من تاريخ النشر', inferred: 'التاريخ مُقدَّر' },
  eventName: (title, date, basis, lanes) => `${iso(title)}، ${date} (${basis})، ${lanes.map(iso).join('، ')}`,
  clusterName: (n, count, dates, lane) => `${arEvents(n, count)}، ${dates}، ${iso(lane)}`,
  stanceName: (lane, position, condition, issue, from) =>
    `${iso(lane)} ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${iso(condition)})`}: ${iso(issue)}، منذ ${from}`,
  observationName: (lane, position, condition, issue, date, basis) =>
    `${iso(lane)} ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${iso(condition)})`}: ${iso(issue)}، ${date} (${BASES[basis] ?? basis})`,
  dating: {
    stated: (note) => `مذكور في النص${noteSuffix(note)}`,
    resolved: (anchor, phrase, note) =>
      `مستنتج من تاريخ نشر ${anchor === undefined ? 'مصدره' : iso(anchor)}${phrase === undefined ? '' : ` («${iso(phrase)}»)`}${noteSuffix(note)}`,
    inferred: (note) => (note === undefined ? 'مُقدَّر' : `مُقدَّر: ${iso(note)}`),
  },
  problem: { got: 'القيمة', expected: 'المتوقع', root: '(الجذر)', nothing: 'لا شيء' },
  problemsFound: (_n, count) => `عدد المشكلات: ${count}`,
  moreProblems: (_n, count) => `المشكلات الأخرى غير المعروضة: ${count}`,
};
