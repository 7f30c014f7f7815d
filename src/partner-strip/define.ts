import {defineElement} from '../core/define.js';
import {ThammPartnerStrip} from './partner-strip.js';

defineElement('thamm-partner-strip', ThammPartnerStrip);

export {ThammPartnerStrip};
