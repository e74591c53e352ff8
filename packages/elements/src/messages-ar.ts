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
  issue: 'القضية', heldBy: 'صاحب الموقف', condition: 'الشرط', basis: 'الأساس',
  bases: { stated: 'مذكور في المصدر', reported: 'منقول عن المصدر', inferred: 'مستنتج' },
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
  previousEvent: 'الحدث السابق', nextEvent: 'الحدث التالي',
  storyPosition: (n, total) => `${n} من ${total}`,
  detailsOpened: (title) => `التفاصيل: ${title}`,
  problemsFound: (n) => `عدد المشكلات: ${n}`,
  moreProblems: (n) => `المشكلات الأخرى غير المعروضة: ${n}`,
};
