import {html, type PropertyValues} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {heading, headingLevel} from '../core/heading.js';
import {ImageFailures} from '../core/image-failures.js';
import {keepImage, keepUrl, put} from '../core/keep-url.js';
import {ThammElement} from '../core/thamm-element.js';
import {PARTNER_ROLES, partnerStripSchema, type Partner, type PartnerRole, type PartnerStrip} from './partner-strip.schema.js';
import {styles} from './partner-strip.styles.js';

/**
 * A logo wall: partners in equal tiles, grouped by role (funders, implementing
 * agencies, government partners, others) under headings in the element's
 * language. A partner with no logo, or whose logo fails, gets its name (or
 * acronym) set in its tile.
 *
 * @summary A strip of THAMM partner logos.
 * @tagname thamm-partner-strip
 *
 * @slot - Fallback content: shown before the element is defined and when its content cannot be loaded.
 *
 * @fires thamm-load - The content is valid and rendered. `detail` is the content.
 * @fires thamm-error - The content could not be loaded or is invalid. `detail.message` names the field or the failure.
 *
 * @csspart strip - The `<section>`.
 * @csspart title - The strip's heading.
 * @csspart group - One role's heading and list.
 * @csspart group-title - A role's heading ("Financé par").
 * @csspart list - The `<ul>` of one group.
 * @csspart partner - One `<li>`: a tile.
 * @csspart link - A partner's link.
 * @csspart logo - A logo image.
 * @csspart badge - The name or acronym of a partner without a logo, in its tile.
 * @csspart error - The message shown on error when there is no fallback content.
 *
 * @cssprop --thamm-logo-height - Common height of the logos; `3em` by default (the `logo-height` attribute wins).
 * @cssprop --thamm-color-text - Text colour.
 * @cssprop --thamm-color-muted - Group headings.
 * @cssprop --thamm-color-surface - Background.
 * @cssprop --thamm-color-border - Tile border.
 * @cssprop --thamm-color-focus - Focus ring.
 * @cssprop --thamm-font-family - Font; the page's by default.
 * @cssprop --thamm-font-size - Base size; `16px` by default, whatever the page's root size.
 */
export class ThammPartnerStrip extends ThammElement<PartnerStrip> {
  static override styles = [ThammElement.styles, styles];
  static override properties = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    logoHeight: {type: Number, attribute: 'logo-height'},
    monochrome: {type: Boolean, reflect: true},
  };

  /** Level of the strip's title (1–6); group headings are one level below it. */
  headingLevel = 2;

  /** Common height of the logos, in CSS pixels. */
  logoHeight?: number;

  /** Shows logos in greys, in colour again on hover and focus. */
  monochrome = false;

  protected override readonly schema = partnerStripSchema;

  /**
   * Holds the `logo-height` rule: a stylesheet, since no `style` attribute is
   * ever written; a `<style>` element where the browser cannot adopt sheets.
   */
  private logoHeightSheet?: CSSStyleSheet | HTMLStyleElement;

  private readonly images = new ImageFailures(this);

  protected override sanitize(strip: PartnerStrip): PartnerStrip {
    const list = Array.isArray(strip) ? strip : strip.partners;
    const prefix = Array.isArray(strip) ? '' : 'partners.';
    const context = this.urlContext();
    list.forEach((partner, i) => {
      put(partner, 'url', keepUrl(partner.url, `${prefix}${i}.url`, context));
      put(partner, 'logo', keepImage(partner.logo, `${prefix}${i}.logo`, context));
    });
    return strip;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (changed.has('logoHeight')) this.applyLogoHeight();
  }

  protected override renderContent(strip: PartnerStrip) {
    const {title, partners} = Array.isArray(strip) ? {title: undefined, partners: strip} : strip;
    const level = headingLevel(this, 2);
    const groupLevel = title ? Math.min(level + 1, 6) : level;
    // Partners without any role need no group headings.
    const grouped = partners.some((partner) => partner.role);
    const groups = PARTNER_ROLES.map((role) => ({role, members: partners.filter((p) => (p.role ?? 'partner') === role)}))
      .filter((group) => group.members.length);
    return html`<section part="strip">
      ${title ? heading(level, 'title', this.text(title)) : ''}
      ${groups.map(
        ({role, members}) => html`<div part="group">
          ${grouped ? heading(groupLevel, 'group-title', this.groupTitle(role)) : ''}
          <ul part="list">
            ${members.map((partner) => html`<li part="partner">${this.renderPartner(partner)}</li>`)}
          </ul>
        </div>`,
      )}
    </section>`;
  }

  protected override renderPlaceholder() {
    return html`<section part="strip" aria-hidden="true">
      <ul>${[1, 2, 3, 4].map(() => html`<li class="placeholder-block"></li>`)}</ul>
    </section>`;
  }

  private renderPartner(partner: Partner) {
    const name = this.plainText(partner.name);
    const logo = this.images.shown(partner.logo);
    const mark = logo
      ? html`<img part="logo" src=${logo.src} alt=${name} width=${ifDefined(logo.width)} height=${ifDefined(logo.height)}
          loading="lazy" decoding="async" @error=${this.images.handleError}>`
      : html`<span class="badge" part="badge">${partner.acronym
          ? html`${this.text(partner.acronym)}<span class="visually-hidden"> — ${name}</span>`
          : this.text(partner.name)}</span>`;
    return partner.url ? html`<a part="link" href=${partner.url}>${mark}</a>` : mark;
  }

  private groupTitle(role: PartnerRole) {
    switch (role) {
      case 'funder':
        return this.msg('Financé par', {id: 'partners.funder', desc: 'Heading over the logos of the funders of the programme.'});
      case 'implementer':
        return this.msg('Mis en œuvre par', {id: 'partners.implementer', desc: 'Heading over the logos of the agencies that implement the programme.'});
      case 'government':
        return this.msg('En partenariat avec', {id: 'partners.government', desc: 'Heading over the logos of the government partners (ministries).'});
      default:
        return this.msg('Avec le soutien de', {id: 'partners.partner', desc: 'Heading over the logos of other partners.'});
    }
  }

  private applyLogoHeight() {
    const root = this.shadowRoot;
    if (!root) return;
    const px = Number(this.logoHeight);
    const rule = px >= 8 && px <= 400 ? `:host{--_logo-height:${px}px}` : '';
    if (!this.logoHeightSheet) {
      const adopted = (root as Partial<ShadowRoot>).adoptedStyleSheets;
      if (adopted) {
        this.logoHeightSheet = new CSSStyleSheet();
        root.adoptedStyleSheets = [...adopted, this.logoHeightSheet];
      } else {
        this.logoHeightSheet = root.appendChild(document.createElement('style'));
      }
    }
    if (this.logoHeightSheet instanceof CSSStyleSheet) this.logoHeightSheet.replaceSync(rule);
    else this.logoHeightSheet.textContent = rule;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thamm-partner-strip': ThammPartnerStrip;
  }
}
