import {expect, waitUntil} from '@open-wc/testing';
import {alertText, control, loaded, openBuilder, pick, previewReady, setField} from './support/builder.js';

// axe over the whole embed builder, in the states that show the most: French with
// the origins notice, Arabic with an element's options, and a load failure. Each run
// takes over ten seconds in WebKit on this machine, hence a file of its own.
describe('the embed builder, for axe', () => {
  it('is accessible in French, with every step filled in and the origins notice shown', async function () {
    this.timeout(40_000);
    const {root} = await openBuilder();
    await loaded(root);
    setField(control(root, 'Adresse publique du fichier de contenu'), 'https://thamm.example/content/thamm.json');
    expect(root.querySelector('.notice'), 'the notice is part of the check').to.not.equal(null);
    await previewReady(root);
    await expect(root).to.be.accessible();
  });

  it('is accessible in Arabic, right to left, with the partner strip’s options', async function () {
    this.timeout(40_000);
    const {root} = await openBuilder({lang: 'ar'});
    await waitUntil(() => root.querySelector('input[value="/partners"]'), 'the bundle never loaded', {timeout: 8000});
    pick(root, '/partners');
    control(root, 'في قالب أو سمة أو صفحة HTML').click();
    expect(root.dir).to.equal('rtl');
    await previewReady(root, 'thamm-partner-strip');
    await expect(root).to.be.accessible();
  });

  it('is accessible with a load failure on screen', async function () {
    this.timeout(40_000);
    const {root} = await openBuilder({bundleUrl: `/mock/status?code=404&v=a11y-${Date.now()}`});
    await waitUntil(() => alertText(root), 'no message', {timeout: 8000});
    await expect(root).to.be.accessible();
  });
});
