import {css} from 'lit';

export const styles = css`
  address {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25em 0.875em;
    align-items: start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-style: normal;
  }
  .avatar {
    grid-row: span 2;
    display: grid;
    place-items: center;
    inline-size: 3.5em;
    block-size: 3.5em;
    overflow: hidden;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }
  /*
   * No photo and no initials (a name in a script without capitals): a person
   * glyph, a head whose shadow makes the shoulders, clipped by the circle.
   */
  .avatar:empty::before {
    content: '';
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-end: 0.8em;
    border-radius: 50%;
    background: currentColor;
    box-shadow: 0 2.2em 0 0.75em currentColor;
  }
  .avatar img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .name {
    font-size: 1.125em;
  }
  .channels {
    grid-column: 2;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .channels li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    min-inline-size: 0;
  }
  /* Targets of at least 24 × 24 px (WCAG 2.5.8). */
  .channels a:not(.vcard) {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5em;
    min-inline-size: 1.5em;
  }
  /* A phone number with letters: shown, but no link, so not in the links' colour. */
  a:not([href]) {
    color: inherit;
  }
  button,
  .vcard {
    display: inline-flex;
    align-items: center;
    min-block-size: 2em;
    padding-inline: 0.75em;
    border: 1px solid var(--_accent);
    border-radius: 0.375em;
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    text-decoration: none;
    cursor: pointer;
  }
  .status {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .placeholder-block.avatar {
    background: var(--_placeholder);
  }
  .placeholder-line {
    inline-size: 70%;
  }
  @media (forced-colors: active) {
    address,
    button,
    .vcard {
      border-color: CanvasText;
    }
  }
`;
