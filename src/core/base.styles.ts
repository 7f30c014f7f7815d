import {css} from 'lit';

/**
 * Shared by every element. Theme hooks are the public `--thamm-*` properties,
 * mapped onto private `--_*` ones that hold the defaults; nothing else of the
 * page's CSS (its `--primary`, its `rem`) reaches in. Sizes are in `em` so a
 * page with `html { font-size: 62.5% }` does not shrink the widgets.
 */
export const baseStyles = css`
  :host {
    --_text: var(--thamm-color-text, #1d2433);
    --_muted: var(--thamm-color-muted, #4a5468);
    --_surface: var(--thamm-color-surface, #ffffff);
    --_accent: var(--thamm-color-accent, #0b5cad);
    --_border: var(--thamm-color-border, #d5dae3);
    --_placeholder: var(--thamm-color-placeholder, #e7eaf0);
    --_focus: var(--thamm-color-focus, #0b5cad);
    --_radius: var(--thamm-radius, 0.5em);
    --_space: var(--thamm-spacing, 1em);
    --_font: var(--thamm-font-family, inherit);
    display: block;
    font-family: var(--_font);
    /* In px: a page's root or body size (62.5 %, 30 px) does not resize the widgets. */
    font-size: var(--thamm-font-size, 16px);
    color: var(--_text);
    text-align: start;
  }
  /*
   * Dark only where the page allows it: light-dark() follows the colour scheme
   * the host inherits from the page ('normal' and 'light' give light, 'dark'
   * dark, 'light dark' the visitor's preference). Without light-dark(), light.
   */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--thamm-color-text, light-dark(#1d2433, #e8ecf3));
      --_muted: var(--thamm-color-muted, light-dark(#4a5468, #b5bfd0));
      --_surface: var(--thamm-color-surface, light-dark(#ffffff, #171c26));
      --_accent: var(--thamm-color-accent, light-dark(#0b5cad, #8cc2ff));
      --_border: var(--thamm-color-border, light-dark(#d5dae3, #3a4456));
      --_placeholder: var(--thamm-color-placeholder, light-dark(#e7eaf0, #2a3242));
      --_focus: var(--thamm-color-focus, light-dark(#0b5cad, #8cc2ff));
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /*
   * Undo what a host page may cascade into inherited properties; a class rule of ours still wins.
   * Not on every ::before and ::after: ours have no padding or border, so box-sizing would
   * change nothing there, and it is one rule fewer to match for each node.
   */
  * {
    box-sizing: border-box;
    letter-spacing: normal;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  /* Pieces several elements use: headings, kickers, a person's name and role, links, focus. */
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.3;
  }
  .kicker,
  [part='group-title'] {
    margin: 0;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .name {
    font-weight: 700;
  }
  .role {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  .placeholder-block {
    background: var(--_placeholder);
    border-radius: calc(var(--_radius) / 2);
  }
  .placeholder-line {
    block-size: 1em;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .placeholder-block {
      border: 1px solid GrayText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .placeholder-block {
      animation: thamm-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes thamm-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
