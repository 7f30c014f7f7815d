import '../news-card/define.js';
import {defineElement} from '../core/define.js';
import {ThammNewsList} from './news-list.js';

defineElement('thamm-news-list', ThammNewsList);

export {ThammNewsList};
