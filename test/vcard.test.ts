import {expect} from '@open-wc/testing';
import {escapeText, foldLine, toVCard} from '../src/contact-badge/vcard.js';

describe('vCard 4.0 (RFC 6350)', () => {
  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `NOTE:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    const encoder = new TextEncoder();
    for (const part of folded) expect(encoder.encode(part).length).to.be.at.most(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).to.equal(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).to.equal(line);
  });

  it('counts 1- to 4-octet characters right, folding as late as the 75 octets allow', () => {
    const line = `FN:${'aé中😀م'.repeat(12)}`;
    const folded = foldLine(line).split('\r\n');
    const octets = (text: string) => new TextEncoder().encode(text).length;
    folded.forEach((part, i) => {
      expect(octets(part), `line ${i}`).to.be.at.most(75);
      const next = folded[i + 1]?.slice(1, 3);
      const nextChar = next && String.fromCodePoint(next.codePointAt(0)!);
      if (nextChar) expect(octets(part) + octets(nextChar), `line ${i} could not take one more character`).to.be.above(75);
    });
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).to.equal(line);
  });

  it('replaces lone surrogates, so the vCard is valid UTF-8 and can be put in a URL', () => {
    const card = toVCard({name: 'A\uD800B\uDFFF'});
    expect(card).to.contain('FN:A\uFFFDB\uFFFD\r\n');
    expect(() => encodeURIComponent(card)).to.not.throw();
    expect(toVCard({name: '😀'}), 'a real pair is kept').to.contain('FN:😀');
  });

  it('leaves out what is not given', () => {
    expect(toVCard({name: 'X'})).to.equal('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nEND:VCARD\r\n');
  });
});
