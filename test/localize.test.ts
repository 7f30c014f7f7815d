import {expect} from '@open-wc/testing';
import {str} from '@lit/localize';
import {translator, uiLocaleOf} from '../src/core/localize.js';

describe('UI strings per element', () => {
  it('maps a language tag to a UI locale, French for the rest', () => {
    expect(uiLocaleOf('ar-MA')).to.equal('ar');
    expect(uiLocaleOf('EN-gb')).to.equal('en');
    expect(uiLocaleOf('fr-TN')).to.equal('fr');
    expect(uiLocaleOf('de')).to.equal('fr');
  });

  it('translates by explicit id, and keeps the French source where there is none', () => {
    expect(translator('en')('Mots-clés', {id: 'news.tags'})).to.equal('Tags');
    expect(translator('ar')('Mots-clés', {id: 'news.tags'})).to.equal('الكلمات المفتاحية');
    expect(translator('fr')('Mots-clés', {id: 'news.tags'})).to.equal('Mots-clés');
    expect(translator('en')('Pas encore traduit', {id: 'test.untranslated'})).to.equal('Pas encore traduit');
  });

  it('fills str`` values into the source when untranslated', () => {
    const name = 'Abderrahim Amraoui';
    expect(translator('en')(str`Écrire à ${name}`, {id: 'test.untranslated-str'})).to.equal('Écrire à Abderrahim Amraoui');
  });
});
