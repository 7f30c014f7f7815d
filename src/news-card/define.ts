import {defineElement} from '../core/define.js';
import {ThammNewsCard} from './news-card.js';

defineElement('thamm-news-card', ThammNewsCard);

export {ThammNewsCard};
