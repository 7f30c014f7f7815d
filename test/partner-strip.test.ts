import {expect, fixture, fixtureCleanup, html, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import '../src/partner-strip/define.js';
import type {ThammPartnerStrip} from '../src/partner-strip/partner-strip.js';
import {logo, partnerStrip as strip} from '../stories/samples.js';
import {mountWithFailingImage, partner, seedUrl, shadow, spokenText, stateOf, textOf, warningsInEachTest} from './support/helpers.js';
import {itRefuses} from './support/invalid-content.js';

/** Each group's heading and the spoken names of its members. */
const groupsOf = (el: Element) =>
  [...shadow(el).querySelectorAll('[part=group]')].map((group) => [
    spokenText(group.querySelector('[part=group-title]')),
    [...group.querySelectorAll('li')].map((li) => li.querySelector('img')?.alt ?? spokenText(li)),
  ]);

describe('<thamm-partner-strip>', () => {
  const warnings = warningsInEachTest();
  it('warns once of a heading-level that is not a number from 1 to 6', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip heading-level="h3" .data=${strip()}></thamm-partner-strip>`);
    expect(shadow(el).querySelector('h2'), 'the default level').to.exist;
    el.monochrome = true;
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal(['<thamm-partner-strip> heading-level: NaN is not 1 to 6; 2 used']);
  });

  it('groups partners by role, in a fixed order, keeping their order within a group', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip .data=${strip()}></thamm-partner-strip>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Nos partenaires');
    expect(groupsOf(el)).to.deep.equal([
      ['Financé par', ['Union européenne', 'BMZ']],
      ['Mis en œuvre par', ['Organisation internationale du Travail', 'Enabel', 'GIZ']],
      ['En partenariat avec', ['Ministère du Travail']],
      ['Avec le soutien de', ['Une ONG']],
    ]);
    expect(shadow(el).querySelectorAll('h3').length, 'group headings one level below the title').to.equal(4);
    await expect(el).to.be.accessible();
  });

  const headings: [string, string[]][] = [
    ['en', ['Funded by', 'Implemented by', 'In partnership with', 'With the support of']],
    ['ar', ['بتمويل من', 'بتنفيذ من', 'بشراكة مع', 'بدعم من']],
  ];
  for (const [lang, expected] of headings) {
    it(`words the group headings in ${lang}`, async () => {
      const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip lang=${lang} .data=${strip()}></thamm-partner-strip>`);
      expect(groupsOf(el).map(([title]) => title)).to.deep.equal(expected);
      expect(getComputedStyle(shadow(el).querySelector('ul')!).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }

  it('takes a bare list, and needs no group headings when no partner has a role', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip heading-level="4"
      .data=${[partner('A', {logo: logo('ilo')}), partner('B')]}></thamm-partner-strip>`);
    expect(shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6').length).to.equal(0);
    expect(shadow(el).querySelectorAll('ul > li').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('links a logo when its partner has a url, with the partner\'s name as alt text', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip .data=${strip()}></thamm-partner-strip>`);
    const linked = shadow(el).querySelector('a[href="https://www.ilo.org/"]')!;
    expect(linked.querySelector('img')!.alt).to.equal('Organisation internationale du Travail');
    const eu = [...shadow(el).querySelectorAll('img')].find((img) => img.alt === 'Union européenne')!;
    expect(eu.closest('a'), 'no url, no link').to.equal(null);
  });

  it('shows a text badge for a partner without a logo: its acronym, and its name for screen readers', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip
      .data=${[partner('Agence belge de développement', {acronym: 'Enabel', url: 'https://www.enabel.be/'}), partner('Sans sigle')]}></thamm-partner-strip>`);
    const badges = [...shadow(el).querySelectorAll('[part=badge]')];
    expect(badges.map((b) => spokenText(b))).to.deep.equal(['Enabel — Agence belge de développement', 'Sans sigle']);
    expect(badges[0].closest('a')!.getAttribute('href')).to.equal('https://www.enabel.be/');
    const visible = [...badges[0].childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    expect(visible, 'the acronym is what shows').to.equal('Enabel');
    await expect(el).to.be.accessible();
  });

  it('replaces a logo that fails to load with the badge, never a broken image', async () => {
    const {el, failed} = await mountWithFailingImage<ThammPartnerStrip>('thamm-partner-strip',
      [partner('Cassé', {acronym: 'CS', logo: {src: '/mock/status?code=404&logo', alt: ''}})]);
    expect((await failed).alt, 'the logo was shown').to.equal('Cassé');
    await waitUntil(() => !shadow(el).querySelector('img'), 'broken logo removed');
    expect(spokenText(shadow(el).querySelector('[part=badge]'))).to.equal('CS — Cassé');
  });

  it('sets every logo at the common height from logo-height, in tiles twice as high, with no style attribute', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip logo-height="40" .data=${strip()}></thamm-partner-strip>`);
    // Sized before it loads (width and height attributes), but measure what a visitor sees.
    await Promise.all([...shadow(el).querySelectorAll('img')].map((img) => img.decode()));
    const height = (mark: Element) => Math.round(mark.getBoundingClientRect().height);
    expect([...shadow(el).querySelectorAll('img')].map(height), 'logos').to.deep.equal([40, 40, 40, 40]);
    expect([...shadow(el).querySelectorAll('li')].map(height), 'logo and name tiles alike').to.deep.equal(Array(7).fill(80));
    el.logoHeight = 64;
    await el.updateComplete;
    expect(shadow(el).querySelector('img')!.getBoundingClientRect().height).to.equal(64);
    expect(height(shadow(el).querySelector('li')!)).to.equal(128);
    expect(el.hasAttribute('style') || shadow(el).querySelector('[style]') !== null, 'no style attribute').to.equal(false);
  });

  // The logo wall: long ministry names, a broken logo and logos side by side.
  const named = (fr: string, ar: string, extra: Record<string, unknown>) => ({name: {fr, ar}, ...extra});
  const wall = () => [
    named('Union européenne', 'الاتحاد الأوروبي', {role: 'funder', logo: logo('eu')}),
    named('Agence belge de développement', 'الوكالة البلجيكية للتنمية', {role: 'implementer', acronym: 'Enabel', url: 'https://www.enabel.be/'}),
    named('Organisation internationale du Travail', 'منظمة العمل الدولية', {role: 'implementer', logo: logo('ilo'), url: 'https://www.ilo.org/'}),
    named('Logo introuvable', 'شعار مفقود', {role: 'implementer', acronym: 'LI', logo: {src: '/mock/status?code=404&wall', alt: ''}}),
    named('Ministère de l’Inclusion Économique, de la Petite Entreprise, de l’Emploi et des Compétences', 'وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات', {role: 'government'}),
    named('Ministère des Affaires Étrangères, de la Coopération Africaine et des Marocains Résidant à l’Étranger', 'وزارة الشؤون الخارجية والتعاون الأفريقي والمغاربة المقيمين بالخارج', {role: 'government'}),
    named('Ministère du Travail', 'وزارة الشغل', {role: 'government', logo: logo('giz')}),
  ];
  for (const lang of ['fr', 'ar']) {
    it(`gives logos and names equal tiles, their text clear of the edges, from 200 to 1000 px, in ${lang}`, async () => {
      for (const width of [200, 375, 768, 1000]) {
        // A page laid out at each width, as a visitor loads it. One fixture at a time: the
        // next would sit below the others, too far down for its lazy logos to load.
        fixtureCleanup();
        const wrapper = await fixture(html`<div style=${`width: ${width}px`}>
          <thamm-partner-strip lang=${lang} .data=${wall()}></thamm-partner-strip></div>`);
        const el = wrapper.firstElementChild!;
        await waitUntil(() => shadow(el).querySelectorAll('[part=badge]').length === 4, 'the broken logo became a name tile', {timeout: 5000});
        const at = `${width} px ${lang}`;
        const tiles = [...shadow(el).querySelectorAll('li')].map((li) => li.getBoundingClientRect());
        expect(new Set(tiles.map((tile) => Math.round(tile.width))).size, `${at}: one tile width`).to.equal(1);
        for (const tile of tiles) {
          const row = tiles.filter((other) => Math.round(other.top) === Math.round(tile.top));
          expect(row.map((other) => Math.round(other.height)), `${at}: one height in a row`).to.deep.equal(row.map(() => Math.round(tile.height)));
          expect(tile.height, `${at}: at least twice the logo height`).to.be.at.least(96);
        }
        for (const mark of shadow(el).querySelectorAll('[part=badge], img')) {
          const box = mark.getBoundingClientRect();
          const tile = mark.closest('li')!.getBoundingClientRect();
          const margin = Math.min(box.top - tile.top, tile.bottom - box.bottom, box.left - tile.left, tile.right - box.right);
          expect(margin, `${at}: "${spokenText(mark) || 'logo'}" at least 8 px from its tile's edges`).to.be.at.least(8);
        }
        expect(shadow(el).querySelector('section')!.scrollWidth, `${at}: no overflow`).to.be.at.most(width);
      }
    });
  }

  it('takes the height from --thamm-logo-height too', async () => {
    const wrapper = await fixture(html`<div class="themed"><style>.themed { --thamm-logo-height: 30px; }</style>
      <thamm-partner-strip .data=${[partner('A', {logo: logo('ilo')})]}></thamm-partner-strip></div>`);
    const img = shadow(wrapper.querySelector('thamm-partner-strip')!).querySelector('img')!;
    expect(img.getBoundingClientRect().height).to.equal(30);
  });

  it('wraps rows and never overflows, with 15 partners in 320 px and in 200 px', async () => {
    const many = Array.from({length: 15}, (_, i) => partner(`Partenaire numéro ${i + 1}`, i % 2 ? {logo: logo('giz')} : {}));
    for (const width of [320, 200]) {
      const wrapper = await fixture(html`<div style=${`width: ${width}px`}><thamm-partner-strip .data=${many}></thamm-partner-strip></div>`);
      const section = shadow(wrapper.firstElementChild!).querySelector('section')!;
      expect(section.scrollWidth, `no overflow at ${width}px`).to.be.at.most(width);
    }
  });

  it('shows logos in monochrome, in colour again on hover and on focus', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip monochrome .data=${strip()}></thamm-partner-strip>`);
    const linked = shadow(el).querySelector('a')!;
    const img = linked.querySelector('img')!;
    expect(getComputedStyle(img).filter).to.equal('grayscale(1)');
    const box = img.getBoundingClientRect();
    // The colour fades in and out: wait until the filter arrives (a time would race on a slow engine).
    const filterBecomes = (filter: string, when: string) =>
      waitUntil(() => getComputedStyle(img).filter === filter, `filter ${filter} ${when}`, {timeout: 3000});
    await sendMouse({type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    await filterBecomes('none', 'on hover');
    await sendMouse({type: 'move', position: [0, 0]});
    await filterBecomes('grayscale(1)', 'back when the pointer leaves');
    linked.focus({focusVisible: true} as FocusOptions);
    await filterBecomes('none', 'on focus');
    await expect(el).to.be.accessible();
  });

  it('renders the seed partners from src', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip lang="en" src=${seedUrl('/partners')}></thamm-partner-strip>`);
    await stateOf(el, 'ready');
    expect(textOf(el, '[part=title]')).to.equal('THAMM programme partners');
    expect(shadow(el).querySelectorAll('li').length).to.equal(8);
    expect(shadow(el).querySelectorAll('[part=badge]').length, 'Enabel and the two ministries').to.equal(3);
    await expect(el).to.be.accessible();
  });

  describe('invalid content', () => {
    itRefuses('thamm-partner-strip', [
      ['no partners', {title: 'x'}, 'partners: required'],
      ['a partner without name', [partner('A'), {role: 'funder'}], '1.name: required'],
      ['an unknown role', {partners: [partner('A', {role: 'sponsor'})]}, 'partners.0.role: must be one of funder, implementer, government, partner'],
      ['too many partners', Array.from({length: 61}, (_, i) => partner(`P${i}`)), 'content: at most 60 partners'],
      ['a string', 'OIT, OIM', 'content: must be an object {partners} or a list of partners'],
    ]);
  });

  it('drops unsafe link and logo URLs, keeping the partner as a badge', async () => {
    const el = await fixture<ThammPartnerStrip>(html`<thamm-partner-strip
      .data=${{partners: [partner('<b>X</b>', {url: 'javascript:alert(1)', logo: {src: 'data:text/html,x', alt: ''}})]}}></thamm-partner-strip>`);
    expect(shadow(el).querySelectorAll('a, img').length).to.equal(0);
    expect(spokenText(shadow(el).querySelector('[part=badge]'))).to.equal('<b>X</b>');
    expect(warnings.messages).to.deep.equal([
      '<thamm-partner-strip> partners.0.url: unsafe URL dropped ("javascript:alert(1)")',
      '<thamm-partner-strip> partners.0.logo.src: unsafe URL dropped ("data:text/html,x")',
    ]);
  });
});
