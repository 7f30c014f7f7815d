import {expect} from '@open-wc/testing';
import {validate} from '../src/core/validate.js';
import {newsItemSchema} from '../src/news-card/news-item.schema.js';
import {newsItem} from './support/helpers.js';

const messageFor = (input: unknown) => {
  const result = validate(newsItemSchema, input);
  return result.ok ? 'valid' : result.message;
};

describe('validation of a news item', () => {
  const cases: [string, unknown, string][] = [
    ['not an object', 'a string', 'content: must be a JSON object'],
    ['null', null, 'content: required'],
    ['an array', [newsItem()], 'content: a list, where one item was expected'],
    ['a missing title', newsItem({title: undefined}), 'title: required'],
    ['an empty title', newsItem({title: ''}), 'title: required'],
    ['a numeric title', newsItem({title: 42}), 'title: must be text or an object of language tags to text'],
    ['an empty language map', newsItem({title: {}}), 'title: required'],
    ['a bad language tag', newsItem({title: {'not a tag': 'x'}}), 'title.not a tag: must be a BCP 47 language tag'],
    ['a non-text translation', newsItem({title: {fr: 3}}), 'title.fr: must be text'],
    ['a missing date', newsItem({date: undefined}), 'date: required'],
    ['a date in another format', newsItem({date: '15/10/2020'}), 'date: not an ISO 8601 date'],
    ['a day that does not exist', newsItem({date: '2020-02-31'}), 'date: not an ISO 8601 date'],
    ['a month that does not exist', newsItem({date: '2020-13-01T10:00Z'}), 'date: not an ISO 8601 date'],
    ['a date as a number', newsItem({date: 1602720000000}), 'date: must be an ISO 8601 date'],
    ['an image without src', newsItem({image: {alt: 'x'}}), 'image.src: required'],
    ['an image without alt', newsItem({image: {src: 'a.png'}}), 'image.alt: required'],
    ['a fractional width', newsItem({image: {src: 'a.png', alt: '', width: 10.5}}), 'image.width: must be a whole number of pixels'],
    ['a zero height', newsItem({image: {src: 'a.png', alt: '', height: 0}}), 'image.height: must be at least 1'],
    ['an image as a string', newsItem({image: 'a.png'}), 'image: must be an object {src, alt}'],
    ['tags not in a list', newsItem({tags: 'THAMM'}), 'tags: must be a list'],
    ['an empty tag', newsItem({tags: ['THAMM', '']}), 'tags.1: required'],
    ['a url that is not text', newsItem({url: {href: 'x'}}), 'url: must be a URL'],
    // A key that looks like the missing field misspelt is named; unrelated keys are not.
    ['a misspelt title', {date: '2020-10-15', titel: 'x'}, 'title: required (found "titel")'],
    ['a capitalised title', {Title: 'x', date: '2020-10-15'}, 'title: required (found "Title")'],
    ['a French title', {titre: 'x', date: '2020-10-15'}, 'title: required (found "titre")'],
    ['a title and an unrelated field', {date: '2020-10-15', slug: 'x', type: 'news'}, 'title: required'],
    ['a misspelt image src', newsItem({image: {scr: 'a.png', alt: ''}}), 'image.src: required (found "scr")'],
    ['a misspelt field that is present but empty', {title: '', titel: 'x', date: '2020-10-15'}, 'title: required'],
  ];

  for (const [what, input, message] of cases) {
    it(`names the field for ${what}`, () => {
      expect(messageFor(input)).to.equal(message);
    });
  }

  it('accepts date-times with offsets and fractions', () => {
    for (const date of ['2020-10-15T09:30Z', '2020-10-15T09:30:00+01:00', '2020-10-15T09:30:00.123Z', '2020-10-15T09:30:00']) {
      expect(messageFor(newsItem({date})), date).to.equal('valid');
    }
  });

  it('copes with cyclic and shared objects from JS', () => {
    const item: Record<string, unknown> = newsItem();
    item.self = item;
    expect(messageFor(item), 'unknown cyclic field ignored').to.equal('valid');
    const looped: Record<string, unknown> = newsItem();
    looped.title = looped;
    expect(messageFor(looped), 'checked as far as the schema goes, no further').to.equal('title.title: must be a BCP 47 language tag');
  });

  it('ignores unknown fields', () => {
    const result = validate(newsItemSchema, {...newsItem(), extra: 'x', nested: {deep: true}});
    expect(result.ok && Object.keys(result.value)).to.not.include('extra');
  });

  it('lets __proto__ and constructor keys change nothing', () => {
    const parse = (json: string) => JSON.parse(json) as unknown;
    const hostile = parse('{"title": "x", "date": "2020-10-15", "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}');
    const result = validate(newsItemSchema, hostile);
    expect(result.ok && Object.keys(result.value), 'unknown keys are ignored').to.deep.equal(['title', 'date']);
    expect(result.ok && Object.getPrototypeOf(result.value), 'a copy without prototype').to.equal(null);
    const inMap = parse('{"title": {"fr": "x", "__proto__": {"polluted": 1}}, "date": "2020-10-15"}');
    expect(validate(newsItemSchema, inMap)).to.deep.equal({ok: false, message: 'title.__proto__: must be a BCP 47 language tag'});
    expect(({} as {polluted?: number}).polluted).to.equal(undefined);
  });

  it('reports input that throws when read, instead of throwing', () => {
    const trap = new Proxy(newsItem(), {get: () => { throw new Error('trap'); }});
    expect(messageFor(trap)).to.equal('content: could not be read');
  });
});
