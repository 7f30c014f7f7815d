import {expect} from '@open-wc/testing';
import {mount, partsOf, warningsInEachTest} from './helpers.js';

/** What is wrong, the content, and the message that must name the field. */
export type InvalidCase = [what: string, data: unknown, message: string];

/**
 * One test per case: `tag` refuses the content with one warning naming the element
 * and the field, renders nothing of it but the error message, and passes axe.
 */
export function itRefuses(tag: string, cases: InvalidCase[]) {
  const warnings = warningsInEachTest();
  for (const [what, data, message] of cases) {
    it(`refuses ${what}, naming the field`, async () => {
      const el = await mount(tag, data);
      expect(el.getAttribute('state')).to.equal('error');
      expect(warnings.messages).to.deep.equal([`<${tag}> ${message}`]);
      expect(partsOf(el), 'nothing half-rendered').to.deep.equal(['error']);
      await expect(el).to.be.accessible();
    });
  }
}
