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
  issue: 'القضية', heldBy: 'صاحب الموقف', condition: 'الشرط', stanceBasis: 'الأساس',
  bases: { stated: 'مذكور في المصدر', reported: 'منقول عن المصدر', inferred: 'مستنتج' },
  types: {
    statement: 'تصريح', appeal: 'مناشدة', demand: 'مطالبة', offer: 'عرض', meeting: 'اجتماع',
    call: 'مكالمة هاتفية', agreement: 'اتفاق', support: 'دعم', criticism: 'انتقاد',
    accusation: 'اتهام', rejection: 'رفض', veto: 'فيتو', sanction: 'عقوبات',
    violence: 'عنف', other: 'أخرى',
  },
  closeDetails: 'إغلاق التفاصيل', date: 'التاريخ', howDated: 'طريقة التأريخ', type: 'النوع', participants: 'المشاركون', separator: '، ',
  roles: { actor: 'الفاعل', recipient: 'المتلقي', target: 'المستهدَف', object: 'بشأن' },
  invalidData: 'بيانات الخط الزمني غير صالحة', cannotShow: 'تعذر عرض الخط الزمني',
  loading: 'جارٍ تحميل بيانات الخط الزمني…',
  progress: {
    label: 'تقدّم التحميل',
    bytes: (loaded, total) => (total === undefined ? `تم استلام ${loaded}` : `${loaded} من ${total}`),
    checking: 'جارٍ التحقق من البيانات…',
    events: (_n, _total, count, totalCount) => `الأحداث: ${count} من ${totalCount}`,
  },
  plotRole: 'خط زمني',
  timeline: (range) => `الخط الزمني، ${range}`,
  showing: (n, count, range) => `عرض ${arEvents(n, count)}، ${range}`,
  eventsInView: 'الأحداث المعروضة',
  more: (_n, count) => `و${count} أخرى؛ كبّر لعرضها في القائمة.`,
  region: 'الخط الزمني للأحداث',
  noEvents: 'لا توجد أحداث',
  noLane: (asked, known) => `لا يوجد مسار لعرضه: لا يطابق أي من المسارات المطلوبة (${asked}) المسارات المتاحة: ${known}.`,
  stanceName: (lane, position, condition, issue, from) =>
    `${iso(lane)} ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${iso(condition)})`}: ${iso(issue)}، منذ ${from}`,
  observationName: (lane, position, condition, issue, date, basis) =>
    `${iso(lane)} ${POSITIONS[position] ?? position}${condition === undefined ? '' : ` (${iso(condition)})`}: ${iso(issue)}، ${date} (${BASES[basis] ?? basis})`,
  problem: { got: 'القيمة', expected: 'المتوقع', root: '(الجذر)', nothing: 'لا شيء' },
  problemsFound: (_n, count) => `عدد المشكلات: ${count}`,
  moreProblems: (_n, count) => `المشكلات الأخرى غير المعروضة: ${count}`,
  previousEvent: 'الحدث السابق', nextEvent: 'الحدث التالي',
  storyPosition: (n, total) => `${n} من ${total}`,
  detailsOpened: (title) => `التفاصيل: ${iso(title)}`,
  dating: {
    stated: 'مذكور في النص',
    resolved: (a, p) => `محسوب من تاريخ نشر المصدر (${iso(a)})${p === undefined ? '' : ` («${iso(p)}»)`}`,
    resolvedInferred: (a, p) => `محسوب من تاريخ نشر مُستنتَج للمصدر (${iso(a)})${p === undefined ? '' : ` («${iso(p)}»)`}`,
    article: (a) => `مؤرَّخ بتاريخ مقاله (${iso(a)})`,
    articleInferred: (a) => `مؤرَّخ بتاريخ مقاله (${iso(a)})، وتاريخ المقال نفسه مُستنتَج`,
    inferred: (note) => (note === undefined ? 'مُستنتَج' : `مُستنتَج: ${iso(note)}`),
    note: (note) => `؛ ملاحظة: ${iso(note)}`,
    outside: (note) => `. معلومات من خارج النص: ${iso(note)}`,
    itsSource: 'مصدره',
    unknown: (b) => `طريقة تأريخ غير معروفة ${b}`,
  },
  others: 'أطراف أخرى',
  ties: { to: 'موجَّه إلى', against: 'موجَّه ضد', about: 'بشأن' },
  side: {
    open: (lane) => `${iso(lane)}: الأطراف والعلاقات والمواقف`,
    close: 'إغلاق', actors: 'الأطراف', relations: 'العلاقات', positions: 'المواقف', none: 'لا شيء مسجَّل',
    kinds: {
      alliance: 'تحالف', 'arms-supply': 'إمداد بالسلاح', 'military-base': 'قاعدة عسكرية', patronage: 'رعاية',
      'diplomatic-backing': 'دعم دبلوماسي', other: 'أخرى',
    },
    span: (from, to) => (from && to ? `${from} – ${to}` : from ? `منذ ${from}` : to ? `حتى ${to}` : 'طوال الفترة التي تغطيها المصادر'),
  },
  navigation: {
    markName: (type, title, date, lane) => `${type}: ${iso(title)}، ${date}، مسار ${iso(lane)}`,
    optionName: (type, title, date) => `${type}: ${iso(title)}، ${date}`,
    laneGroup: (lane) => `مسار ${iso(lane)}`,
    pillName: (n, count, range, lane) => `${arEvents(n, count)}، ${range}، مسار ${iso(lane)}؛ اضغط Enter لعرض قائمتها`,
    pillList: (n, count, range, lane) => `${arEvents(n, count)}، ${range}، مسار ${iso(lane)}`,
    basis: {
      stated: 'التاريخ مذكور في المصدر.',
      resolved: 'التاريخ مستنتج من تاريخ نشر المقال.',
      article: 'تاريخ المقال: الجملة لا تذكر تاريخًا.',
      inferred: 'التاريخ مُقدَّر: النص لا يذكره.',
    },
    emptyPlot: 'لا أحداث في هذه الفترة. Shift مع الأسهم أو Page Up وPage Down للتنقل في الزمن، و+ و− للتكبير والتصغير، و0 لعرض الكل.',
    wheelHint: (key) => `استخدم ${key} مع التمرير للتكبير`,
  },
};
