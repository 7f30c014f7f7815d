import {expect} from '@open-wc/testing';
import {resolvePointer} from '../src/core/json-pointer.js';

describe('JSON Pointer (RFC 6901)', () => {
  // The examples of RFC 6901, section 5.
  const doc = {foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8};

  it('resolves the RFC examples', () => {
    expect(resolvePointer(doc, '')).to.equal(doc);
    expect(resolvePointer(doc, '/foo')).to.deep.equal(['bar', 'baz']);
    expect(resolvePointer(doc, '/foo/0')).to.equal('bar');
    expect(resolvePointer(doc, '/')).to.equal(0);
    expect(resolvePointer(doc, '/a~1b')).to.equal(1);
    expect(resolvePointer(doc, '/c%d')).to.equal(2);
    expect(resolvePointer(doc, '/e^f')).to.equal(3);
    expect(resolvePointer(doc, '/g|h')).to.equal(4);
    expect(resolvePointer(doc, '/i\\j')).to.equal(5);
    expect(resolvePointer(doc, '/k"l')).to.equal(6);
    expect(resolvePointer(doc, '/ ')).to.equal(7);
    expect(resolvePointer(doc, '/m~0n')).to.equal(8);
  });

  it('decodes ~01 as ~1, not as /', () => {
    expect(resolvePointer({'~1': 'tilde-one', '/': 'slash'}, '/~01')).to.equal('tilde-one');
  });

  it('finds nothing where there is nothing', () => {
    for (const pointer of ['/missing', '/foo/2', '/foo/01', '/foo/-', '/foo/bar', 'foo', '/foo/0/x']) {
      expect(resolvePointer(doc, pointer), pointer).to.equal(undefined);
    }
  });

  it('never reaches into prototypes', () => {
    for (const pointer of ['/constructor', '/__proto__', '/foo/length', '/toString']) {
      expect(resolvePointer(doc, pointer), pointer).to.equal(undefined);
    }
  });
});
