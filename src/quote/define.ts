import {defineElement} from '../core/define.js';
import {ThammQuote} from './quote.js';

defineElement('thamm-quote', ThammQuote);

export {ThammQuote};
