import {css} from 'lit';

/**
 * A logo wall, after Carbon for IBM.com's logo grid: every partner gets an
 * equal tile in a grid that fills the width, so logos and text stand on the
 * same footing. A logo keeps the common logo height, centred; a partner
 * without one gets its name set in the tile, balanced over a few lines.
 */
export const styles = css`
  :host {
    --_logo-height: var(--thamm-logo-height, 3em);
  }
  section {
    display: grid;
    gap: 1em;
    padding: var(--_space);
    border-radius: var(--_radius);
    /* It paints its own surface, so its text stays readable on any page. */
    background: var(--_surface);
    color: var(--_text);
  }
  [part='title'] {
    font-size: 1.125em;
  }
  ul {
    display: grid;
    /*
     * All groups on the same columns: at least 8.5em wide (two in a 320 px
     * element, one in a narrower one), and at most five, so that long names
     * get room in a wide one.
     */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(8.5em, 18%)), 1fr));
    gap: 0.5em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    /* Twice the logo height; a tile that a long name makes higher takes its row along. */
    min-block-size: calc(2 * var(--_logo-height));
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    /* Forced colours paint this border in CanvasText by themselves. */
  }
  a {
    display: flex;
    flex: 1;
    min-inline-size: 0;
    border-radius: 0.25em;
    color: inherit;
  }
  img,
  .badge {
    margin: auto;
    max-inline-size: 100%;
  }
  img {
    block-size: var(--_logo-height);
    inline-size: auto;
    object-fit: contain;
  }
  .badge {
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
    text-wrap: balance;
  }
  /* An acronym stands in for a logo: set large, like a word mark (where :has() is known). */
  .badge:has(.visually-hidden) {
    font-size: 1.25em;
  }
  :host([monochrome]) img {
    filter: grayscale(1);
    opacity: 0.75;
  }
  @media (prefers-reduced-motion: no-preference) {
    :host([monochrome]) img {
      transition: filter 0.2s, opacity 0.2s;
    }
  }
  :host([monochrome]) li:hover img,
  :host([monochrome]) a:focus-visible img {
    filter: none;
    opacity: 1;
  }
`;
