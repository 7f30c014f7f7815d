import {defineElement} from '../core/define.js';
import {ThammContactBadge} from './contact-badge.js';

defineElement('thamm-contact-badge', ThammContactBadge);

export {ThammContactBadge};
