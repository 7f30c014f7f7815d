import {expect} from '@open-wc/testing';
import {mailtoHref, safeUrl, telHref} from '../src/core/url-policy.js';

describe('URL policy', () => {
  it('keeps http(s) links, resolved against the page', () => {
    expect(safeUrl('https://example.org/a?b=c#d', 'link')).to.equal('https://example.org/a?b=c#d');
    expect(safeUrl('HTTP://EXAMPLE.ORG', 'link')).to.equal('http://example.org/');
    expect(safeUrl('/news/1', 'link')).to.equal(`${location.origin}/news/1`);
    expect(safeUrl('//cdn.example.org/x.png', 'image')).to.equal('http://cdn.example.org/x.png');
  });

  it('resolves against the current base URI, even after the page changes it', () => {
    expect(safeUrl('news/1', 'link')).to.equal(new URL('news/1', document.baseURI).href);
    const base = document.head.appendChild(Object.assign(document.createElement('base'), {href: 'https://example.org/thamm/'}));
    try {
      expect(safeUrl('news/1', 'link'), 'the same text, a new base').to.equal('https://example.org/thamm/news/1');
    } finally {
      base.remove();
    }
    expect(safeUrl('news/1', 'link'), 'the page base again').to.equal(new URL('news/1', document.baseURI).href);
  });

  it('drops every other scheme, however it is spelled', () => {
    const unsafe = [
      'javascript:alert(1)', 'JAVASCRIPT:alert(1)', '  javascript:alert(1)', 'java\u0009script:alert(1)',
      'java\u000Ascript:alert(1)', '\u0000javascript:alert(1)', '\u001Fjavascript:alert(1)',
      'vbscript:x', 'data:text/html,x', 'Data:Text/HTML,x', 'blob:https://example.org/x', 'file:///x',
      'ftp://example.org/x', 'mailto:a@example.org', 'tel:123', 'unknown-scheme:x', 'http://[bad',
    ];
    for (const url of unsafe) {
      expect(safeUrl(url, 'link'), JSON.stringify(url)).to.equal(undefined);
      expect(safeUrl(url, 'image'), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('allows data:image only for images', () => {
    expect(safeUrl('data:image/png;base64,AAAA', 'image')).to.equal('data:image/png;base64,AAAA');
    expect(safeUrl('DATA:IMAGE/SVG+XML,<svg/>', 'image')).to.match(/^data:/);
    expect(safeUrl('data:image/png;base64,AAAA', 'link')).to.equal(undefined);
  });

  it('builds mailto: only from a strictly checked address', () => {
    expect(mailtoHref('amraoui@ilo.org')).to.equal('mailto:amraoui@ilo.org');
    for (const bad of ['amraoui@ilo.org?cc=x@y.z', 'a&b@ilo.org', 'a@ilo.org#x', 'a%40b@ilo.org', 'a,b@ilo.org',
      'a b@ilo.org', 'a@ilo.org\n', 'no-at-sign', 'a@b', '@ilo.org', 'javascript:a@b.c', 'a\u202E@ilo.org']) {
      expect(mailtoHref(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('builds tel: only from digits and separators', () => {
    expect(telHref('+212 5 37 00 00 00')).to.equal('tel:+212537000000');
    expect(telHref('(0537) 00-00.00')).to.equal('tel:0537000000');
    for (const bad of ['call me', '+212 5 ABC', '12', 'javascript:1', '1234;ext=5', '+212\n5370']) {
      expect(telHref(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});
