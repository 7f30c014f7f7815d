import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/contact-badge/define.js';
import type {ThammContactBadge} from '../src/contact-badge/contact-badge.js';
import {contact, seedUrl, shadow, spokenText, stateOf, textOf, warningsInEachTest} from './support/helpers.js';

type LocalizedRecord = Record<string, string>;

/** The vCard behind the "add to contacts" link. */
const vCardOf = (el: Element) => {
  const href = shadow(el).querySelector('[part=vcard]')!.getAttribute('href')!;
  expect(href.startsWith('data:text/vcard;charset=utf-8,')).to.equal(true);
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
};

describe('<thamm-contact-badge>', () => {
  const warnings = warningsInEachTest();
  it('renders an address with name, role, organisation and every way to reach the person', async () => {
    const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge .data=${contact()}></thamm-contact-badge>`);
    const address = shadow(el).querySelector('address')!;
    expect(address, 'an <address>').to.exist;
    expect(textOf(el, '[part=name]')).to.equal('Abderrahim Amraoui');
    expect(textOf(el, '[part=role]')).to.equal('Coordinateur National du Projet, OIT');
    expect(textOf(el, '[part=avatar]'), 'initials without a photo').to.equal('AA');
    const phone = shadow(el).querySelector('[part=phone]')!;
    expect(phone.getAttribute('href')).to.equal('tel:+212537000000');
    expect(phone.textContent).to.equal('+212 5 37 00 00 00');
    expect(shadow(el).querySelector('[part=url]')!.getAttribute('href')).to.equal('https://www.ilo.org/');
    expect(textOf(el, '[part=url]')).to.equal('www.ilo.org');
    await expect(el).to.be.accessible();
  });

  const emailNames: [string, string][] = [
    ['fr', 'Écrire à Abderrahim Amraoui : amraoui@ilo.org'],
    ['en', 'Email Abderrahim Amraoui : amraoui@ilo.org'],
    ['ar', 'راسل Abderrahim Amraoui : amraoui@ilo.org'],
  ];
  for (const [lang, name] of emailNames) {
    it(`builds the mailto link, named for what it does, in ${lang}`, async () => {
      const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge lang=${lang} .data=${contact()}></thamm-contact-badge>`);
      const link = shadow(el).querySelector('[part=email]')!;
      expect(link.getAttribute('href')).to.equal('mailto:amraoui@ilo.org');
      expect(spokenText(link), 'accessible name').to.equal(name);
      const visible = [...link.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      expect(visible, 'the address is what shows').to.equal('amraoui@ilo.org');
      expect(getComputedStyle(shadow(el).querySelector('address')!).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }

  it('shows a photo when given, and initials again if it fails', async () => {
    const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge
      .data=${contact({image: {src: '/content/logos/ilo.svg', alt: 'Photo'}})}></thamm-contact-badge>`);
    expect(shadow(el).querySelector('[part=avatar] img')!.getAttribute('alt')).to.equal('');
    el.data = contact({image: {src: '/mock/status?code=404&photo', alt: ''}});
    await waitUntil(() => !shadow(el).querySelector('[part=avatar] img'), 'broken photo removed');
    expect(textOf(el, '[part=avatar]')).to.equal('AA');
  });

  const badEmails = ['amraoui@ilo.org?cc=everyone@example.org', 'a&b@ilo.org', 'amraoui @ilo.org', 'amraoui@ilo.org\nBcc: x@y.z', 'javascript:alert(1)//@ilo.org'];
  for (const email of badEmails) {
    it(`refuses the e-mail ${JSON.stringify(email)}: no link, no copy, not in the vCard`, async () => {
      const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge .data=${contact({email})}></thamm-contact-badge>`);
      expect(el.state).to.equal('ready');
      expect(shadow(el).querySelector('[part=email], [part=copy]')).to.equal(null);
      expect(shadow(el).querySelector('[href^="mailto:"]')).to.equal(null);
      expect(vCardOf(el)).to.not.contain('EMAIL');
      expect(warnings.messages).to.deep.equal(['<thamm-contact-badge> email: not a plain e-mail address; no link made']);
    });
  }

  for (const phone of ['call +212 5', 'javascript:1', '+212 5 37 ABC']) {
    it(`shows the phone ${JSON.stringify(phone)} as text, without a link`, async () => {
      const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge .data=${contact({phone})}></thamm-contact-badge>`);
      expect(shadow(el).querySelector('[href^="tel:"]')).to.equal(null);
      const shown = shadow(el).querySelector('[part=phone]');
      expect(shown?.textContent, 'the number is still there to read').to.equal(phone);
      expect(shown?.matches(':any-link'), 'not a link').to.equal(false);
      expect(getComputedStyle(shown!).color, 'nor coloured as one').to.equal(getComputedStyle(shadow(el).querySelector('[part=name]')!).color);
      expect(vCardOf(el)).to.not.contain('TEL');
      expect(warnings.messages).to.deep.equal(['<thamm-contact-badge> phone: not a phone number; no link made']);
      await expect(el).to.be.accessible();
    });
  }

  it('copies the address, and says so to screen readers', async () => {
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: (text: string) => (written.push(text), Promise.resolve())}});
    try {
      const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge lang="en" .data=${contact()}></thamm-contact-badge>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('[part=copy]')!;
      expect(button.textContent).to.equal('Copy address');
      const status = shadow(el).querySelector('[role=status]')!;
      expect(status.textContent, 'silent before').to.equal('');
      button.click();
      await waitUntil(() => status.textContent === 'Address copied', 'confirmation');
      expect(written).to.deep.equal(['amraoui@ilo.org']);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('says when the browser refuses to copy', async () => {
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.reject(new Error('denied'))}});
    try {
      const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge .data=${contact()}></thamm-contact-badge>`);
      shadow(el).querySelector<HTMLButtonElement>('[part=copy]')!.click();
      await waitUntil(() => textOf(el, '[role=status]') === 'Copie impossible : sélectionnez l’adresse', 'failure said');
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });

  it('offers a vCard 4.0 made from the content', async () => {
    const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge .data=${contact()}></thamm-contact-badge>`);
    const link = shadow(el).querySelector('[part=vcard]')!;
    expect(link.getAttribute('download')).to.equal('abderrahim-amraoui.vcf');
    expect(link.textContent).to.equal('Ajouter aux contacts');
    expect(vCardOf(el)).to.equal(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Abderrahim Amraoui\r\nTITLE:Coordinateur National du Projet\r\n' +
        'ORG:OIT\r\nEMAIL:amraoui@ilo.org\r\nTEL;VALUE=uri:tel:+212537000000\r\nURL:https://www.ilo.org/\r\nEND:VCARD\r\n',
    );
  });

  it('escapes commas, semicolons, backslashes and newlines in the vCard', async () => {
    const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge .data=${contact({
      name: 'Amraoui, Abderrahim; \\ OIT', role: 'Coordinateur\nNational', organization: 'OIT; Bureau d’Alger, Maroc',
    })}></thamm-contact-badge>`);
    const card = vCardOf(el);
    expect(card).to.contain('\r\nFN:Amraoui\\, Abderrahim\\; \\\\ OIT\r\n');
    expect(card).to.contain('\r\nTITLE:Coordinateur\\nNational\r\n');
    expect(card).to.contain('\r\nORG:OIT\\; Bureau d’Alger\\, Maroc\r\n');
  });

  it('writes the vCard in the element\'s language, named in ASCII or "contact"', async () => {
    const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge lang="ar"
      .data=${contact({name: {fr: 'Abderrahim Amraoui', ar: 'عبد الرحيم عمراوي'}})}></thamm-contact-badge>`);
    expect(vCardOf(el)).to.contain('FN:عبد الرحيم عمراوي\r\nTITLE:المنسق الوطني للمشروع\r\n');
    expect(shadow(el).querySelector('[part=vcard]')!.getAttribute('download')).to.equal('contact.vcf');
    await expect(el).to.be.accessible();
  });

  // Initials where the script has capitals; else a person glyph: joined Arabic letters ("عع") read as a non-word.
  const avatars: [string, string, string][] = [
    ['Abderrahim Amraoui', 'fr', 'AA'],
    ['Abderrahim Amraoui', 'ar', 'AA'],
    ['ingrid van der berg', 'fr', 'IB'],
    ['Ελένη Παπαδοπούλου', 'fr', 'ΕΠ'],
    ['Madonna', 'en', 'M'],
    ['ismail yılmaz', 'tr', 'İY'],
    ['Abderrahim Amraoui', 'fr_FR', 'AA'],
    ['عبد الرحيم عمراوي', 'ar', ''],
    ['عبد الرحيم عمراوي', 'fr', ''],
    ['王小明', 'fr', ''],
  ];
  for (const [name, lang, expected] of avatars) {
    it(`shows ${expected ? `the initials ${expected}` : 'a person glyph'} for ${name} (${lang})`, async () => {
      const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge lang=${lang} .data=${contact({name})}></thamm-contact-badge>`);
      const avatar = shadow(el).querySelector('[part=avatar]')!;
      expect(avatar.textContent, 'initials').to.equal(expected);
      const glyph = getComputedStyle(avatar, '::before');
      expect(glyph.content !== 'none', 'the glyph only without initials').to.equal(!expected);
      if (!expected) {
        expect(parseFloat(glyph.width), 'drawn inside the avatar').to.be.within(10, avatar.getBoundingClientRect().width / 2);
        expect(glyph.backgroundColor, 'in the avatar\'s text colour').to.equal(getComputedStyle(avatar).color);
      }
      // A malformed lang is the page's own axe violation.
      if (!lang.includes('_')) await expect(el).to.be.accessible();
    });
  }

  describe('role and organisation, punctuated in the element\'s language', () => {
    /** The box of the first `text` in the role line. */
    const boxOf = (el: Element, text: string) => {
      const walker = document.createTreeWalker(shadow(el).querySelector('[part=role]')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const at = walker.currentNode.textContent!.indexOf(text);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(walker.currentNode, at);
          range.setEnd(walker.currentNode, at + text.length);
          return range.getBoundingClientRect();
        }
      }
      throw new Error(`${text} is not in the role line`);
    };
    const role = {ar: 'مسؤول التواصل', fr: 'Chargé de communication'};
    const organization = {ar: 'مكتب منظمة العمل الدولية', fr: 'Bureau de l’OIT (Alger)'};
    // [element language, role, organisation, the separator, the role line's text]
    const cases: [string, LocalizedRecord, LocalizedRecord, string, string][] = [
      ['ar', role, organization, '، ', 'مسؤول التواصل، مكتب منظمة العمل الدولية'],
      ['ar', {ar: role.ar}, {fr: organization.fr}, '، ', 'مسؤول التواصل، Bureau de l’OIT (Alger)'],
      ['ar', {fr: role.fr}, {fr: organization.fr}, '، ', 'Chargé de communication، Bureau de l’OIT (Alger)'],
      ['fr', {ar: role.ar}, {ar: organization.ar}, ', ', 'مسؤول التواصل, مكتب منظمة العمل الدولية'],
      ['en', {fr: role.fr}, {ar: organization.ar}, ', ', 'Chargé de communication, مكتب منظمة العمل الدولية'],
    ];
    for (const [lang, roleText, organizationText, comma, text] of cases) {
      it(`${lang}: "${text}", the comma after the role in reading order`, async () => {
        const wrapper = await fixture(html`<div style="width: 700px"><thamm-contact-badge lang=${lang}
          .data=${contact({role: roleText, organization: organizationText})}></thamm-contact-badge></div>`);
        const el = wrapper.firstElementChild!;
        expect(textOf(el, '[part=role]')).to.equal(text);
        const [first, second] = [Object.values(roleText)[0], Object.values(organizationText)[0]].map((part) => boxOf(el, part));
        const separator = boxOf(el, comma.trim());
        expect(first.top < second.bottom && second.top < first.bottom, 'one line').to.equal(true);
        // The element's direction orders the parts; each part keeps its own inside (bidi isolation).
        if (lang === 'ar') {
          expect(separator.right, 'the comma left of the role').to.be.at.most(first.left + 1);
          expect(second.right, 'the organisation left of the comma').to.be.at.most(separator.left + 1);
        } else {
          expect(separator.left, 'the comma right of the role').to.be.at.least(first.right - 1);
          expect(second.left, 'the organisation right of the comma').to.be.at.least(separator.right - 1);
        }
        await expect(el).to.be.accessible();
      });
    }
  });

  it('fits a 200 px container', async () => {
    const wrapper = await fixture(html`<div style="width: 200px"><thamm-contact-badge .data=${contact({email: 'tres.long.prenom.nom@organisation-internationale.example.org'})}></thamm-contact-badge></div>`);
    const address = shadow(wrapper.firstElementChild!).querySelector('address')!;
    expect(address.scrollWidth, 'no horizontal overflow').to.be.at.most(address.clientWidth + 1);
  });

  it('renders the seed contact from src', async () => {
    const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge src=${seedUrl('/contacts/0')}></thamm-contact-badge>`);
    await stateOf(el, 'ready');
    expect(textOf(el, '[part=name]')).to.equal('Abderrahim Amraoui');
    expect(textOf(el, '[part=role]')).to.equal('Coordinateur National du Projet, Organisation internationale du Travail (OIT)');
    expect(shadow(el).querySelector('[part=email]')!.getAttribute('href')).to.equal('mailto:amraoui@ilo.org');
    await expect(el).to.be.accessible();
  });

  it('keeps hostile text inert', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<ThammContactBadge>(html`<thamm-contact-badge .data=${contact({name: hostile, role: hostile, organization: hostile})}></thamm-contact-badge>`);
    expect(shadow(el).querySelectorAll('img').length).to.equal(0);
    expect(textOf(el, '[part=name]')).to.equal(hostile);
  });
});
