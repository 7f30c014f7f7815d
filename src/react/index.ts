/**
 * React wrappers (thamm-widgets/react): `data` goes in as a property, and
 * `onThammLoad` / `onThammError` receive the elements' events, on React 18
 * as on React 19. Importing this module registers the five elements.
 */
import {createComponent, type EventName} from '@lit/react';
import * as React from 'react';
import {ThammContactBadge} from '../contact-badge/define.js';
import {ThammNewsCard} from '../news-card/define.js';
import {ThammNewsList} from '../news-list/define.js';
import {ThammPartnerStrip} from '../partner-strip/define.js';
import {ThammQuote} from '../quote/define.js';

const events = {
  onThammLoad: 'thamm-load' as EventName<CustomEvent<unknown>>,
  onThammError: 'thamm-error' as EventName<CustomEvent<{message: string}>>,
};

export const NewsCard = createComponent({tagName: 'thamm-news-card', elementClass: ThammNewsCard, react: React, events});
export const Quote = createComponent({tagName: 'thamm-quote', elementClass: ThammQuote, react: React, events});
export const PartnerStrip = createComponent({tagName: 'thamm-partner-strip', elementClass: ThammPartnerStrip, react: React, events});
export const ContactBadge = createComponent({tagName: 'thamm-contact-badge', elementClass: ThammContactBadge, react: React, events});
export const NewsList = createComponent({tagName: 'thamm-news-list', elementClass: ThammNewsList, react: React, events});
