import {css} from 'lit';

export const styles = css`
  :host {
    --_logo-height: var(--thamm-logo-height, 3em);
  }
  section {
    display: flex;
    flex-direction: column;
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
  [part='group-title'] {
    color: var(--_muted);
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1em 1.5em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  a {
    display: flex;
    max-inline-size: 100%;
    border-radius: 0.25em;
    color: inherit;
  }
  a:focus-visible {
    outline-offset: 0.25em;
  }
  img {
    display: block;
    block-size: var(--_logo-height);
    inline-size: auto;
    max-inline-size: 100%;
    object-fit: contain;
  }
  .badge {
    display: flex;
    align-items: center;
    min-block-size: var(--_logo-height);
    max-inline-size: 100%;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
    line-height: 1.2;
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
  .placeholder-block.logo {
    inline-size: 6em;
    block-size: var(--_logo-height);
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
