
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'contact.copied': `Address copied`,
'contact.copy': `Copy address`,
'contact.copy-failed': `Could not copy: select the address`,
'contact.email': str`Email ${0}`,
'contact.vcard': `Add to contacts`,
'error.unavailable': `This content is not available right now.`,
'news-list.empty': `No news for the moment.`,
'news-list.more': `All news`,
'news.tags': `Tags`,
'partners.funder': `Funded by`,
'partners.government': `In partnership with`,
'partners.implementer': `Implemented by`,
'partners.partner': `With the support of`,
'quote.source': `Source`,
'state.loading': `Loading…`,
    };
  