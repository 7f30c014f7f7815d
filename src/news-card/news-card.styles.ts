import {css} from 'lit';

export const styles = css`
  /*
   * Stacked when narrow, the image beside the text from about 33em: the two
   * columns wrap onto two rows when their bases no longer fit. This follows
   * the container's width like a container query, without making every card
   * a size container (a feed of a thousand cards lays out much faster).
   */
  article {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .media {
    flex: 2 1 13em;
    background: var(--_placeholder);
  }
  /*
   * Without an image (or when it fails), a cover in the accent's tint keeps
   * the card's frame: cards in a row line up, and nothing jumps on arrival.
   * A wash, not a flat block: it must not read as a card still loading.
   */
  .media:empty:not(.placeholder-media) {
    background: linear-gradient(135deg, var(--_accent), #0000);
    opacity: 0.2;
  }
  img {
    display: block;
    inline-size: 100%;
    /* Fills the row when beside the text; holds the ratio when stacked. */
    block-size: 100%;
    object-fit: cover;
  }
  .media:empty::before {
    content: '';
    display: block;
  }
  /*
   * Without a size in the content the box holds 16:9. With one, the width and
   * height attributes give the box their ratio until the image arrives: no
   * aspect-ratio here, which would override the attributes' own mapping.
   */
  img:not([width][height]),
  .media:empty::before {
    aspect-ratio: 16 / 9;
  }
  .body {
    flex: 3 1 20em;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--_space);
    min-inline-size: 0;
  }
  .category {
    order: -1;
  }
  /*
   * A light line below the descenders, Arabic ones included ("under": from
   * the font's descent, not the baseline), so it crosses no letter and needs
   * no gaps.
   */
  a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.0625em;
    text-underline-position: under;
    text-underline-offset: 0.0625em;
  }
  /* One link, and the whole card is its target. */
  a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  /* The ring goes round the whole card, the link's target. */
  a:focus-visible {
    outline: none;
  }
  a:focus-visible::after {
    outline: 0.1875em solid var(--_focus);
    outline-offset: -0.1875em;
  }
  .meta,
  .summary {
    margin: 0;
    line-height: 1.5;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The location's own separator; a span inside it (text in another language) gets none. */
  [part='location']::before {
    content: ' · ';
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  /* The title's box, for the placeholder's text. */
  [part='title'],
  .title {
    font-size: var(--thamm-title-size, 1.25em);
    font-weight: 700;
    line-height: 1.3;
  }
  .placeholder .body * {
    color: transparent;
  }
  [data-text]::before {
    content: attr(data-text);
  }
  @media (forced-colors: active) {
    article {
      border-color: CanvasText;
    }
    a:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
