import type { TimelineMessages } from './messages.js';

// Arabic counts: the noun's form depends on the number (dual, 3–10 plural, 11+ singular accusative).
const arEvents = (n: number): string => {
  if (n === 1) return 'حدث واحد';
  if (n === 2) return 'حدثان';
  const m100 = n % 100;
  if (m100 >= 3 && m100 <= 10) return `${n} أحداث`;
  return n === 0 ? '0 حدث' : `${n} حدثًا`;
};

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
  closeDetails: 'إغلاق التفاصيل', date: 'التاريخ', howDated: 'طريقة التأريخ', type: 'النوع', participants: 'المشاركون',
  roles: { actor: 'الفاعل', recipient: 'المتلقي', target: 'المستهدَف', object: 'بشأن' },
  invalidData: 'بيانات الخط الزمني غير صالحة', cannotShow: 'تعذر عرض الخط الزمني',
  loading: 'جارٍ تحميل بيانات الخط الزمني…',
  timeline: (range) => `الخط الزمني، ${range}`,
  showing: (n, range) => `عرض ${arEvents(n)}، ${range}`,
  eventsInView: 'الأحداث المعروضة',
  more: (n) => `و${n} أخرى؛ كبّر لعرضها في القائمة.`,
  previousEvent: 'الحدث السابق', nextEvent: 'الحدث التالي',
  storyPosition: (n, total) => `${n} من ${total}`,
  detailsOpened: (title) => `التفاصيل: ${title}`,
  problemsFound: (n) => `عدد المشكلات: ${n}`,
  moreProblems: (n) => `المشكلات الأخرى غير المعروضة: ${n}`,
  basis: {
    stated: 'مذكور في النص',
    resolved: (a, p) => `محسوب من تاريخ نشر المصدر (${a})${p === undefined ? '' : ` («${p}»)`}`,
    resolvedInferred: (a, p) => `محسوب من تاريخ نشر مُستنتَج للمصدر (${a})${p === undefined ? '' : ` («${p}»)`}`,
    article: (a) => `مؤرَّخ بتاريخ مقاله (${a})`,
    articleInferred: (a) => `مؤرَّخ بتاريخ مقاله (${a})، وتاريخ المقال نفسه مُستنتَج`,
    inferred: (note) => (note === undefined ? 'مُستنتَج' : `مُستنتَج: ${note}`),
    note: (note) => `؛ ملاحظة: ${note}`,
    outside: (note) => `. معلومات من خارج النص: ${note}`,
    itsSource: 'مصدره',
    unknown: (b) => `طريقة تأريخ غير معروفة ${b}`,
  },
  others: 'أطراف أخرى',
  ties: { to: 'موجَّه إلى', against: 'موجَّه ضد', about: 'بشأن' },
  side: {
    open: (lane) => `${lane}: الأطراف والعلاقات والمواقف`,
    close: 'إغلاق', actors: 'الأطراف', relations: 'العلاقات', positions: 'المواقف', none: 'لا شيء مسجَّل',
    kinds: {
      alliance: 'تحالف', 'arms-supply': 'إمداد بالسلاح', 'military-base': 'قاعدة عسكرية', patronage: 'رعاية',
      'diplomatic-backing': 'دعم دبلوماسي', other: 'أخرى',
    },
    span: (from, to) => (from && to ? `${from} – ${to}` : from ? `منذ ${from}` : to ? `حتى ${to}` : 'طوال الفترة التي تغطيها المصادر'),
  },
  navigation: {
    markName: (type, title, date, lane) => `${type}: ${title}، ${date}، مسار ${lane}`,
    optionName: (type, title, date) => `${type}: ${title}، ${date}`,
    laneGroup: (lane) => `مسار ${lane}`,
    pillName: (n, range, lane) => `${arEvents(n)}، ${range}، مسار ${lane}؛ اضغط Enter لعرض قائمتها`,
    pillList: (n, range, lane) => `${arEvents(n)}، ${range}، مسار ${lane}`,
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
