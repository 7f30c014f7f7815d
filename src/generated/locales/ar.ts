
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'contact.copied': `تم نسخ العنوان`,
'contact.copy': `نسخ العنوان`,
'contact.copy-failed': `تعذّر النسخ: حدِّد العنوان`,
'contact.email': str`راسل ${0}`,
'contact.vcard': `إضافة إلى جهات الاتصال`,
'error.unavailable': `هذا المحتوى غير متاح حاليًا.`,
'news-list.empty': `لا توجد أخبار في الوقت الحالي.`,
'news-list.more': `كل الأخبار`,
'news.tags': `الكلمات المفتاحية`,
'partners.funder': `بتمويل من`,
'partners.government': `بشراكة مع`,
'partners.implementer': `بتنفيذ من`,
'partners.partner': `بدعم من`,
'quote.source': `المصدر`,
'state.loading': `جارٍ التحميل…`,
    };
  