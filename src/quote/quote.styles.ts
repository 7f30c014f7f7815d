import {css} from 'lit';

export const styles = css`
  figure {
    margin: 0;
    padding: var(--_space);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .topic {
    margin-block-end: 0.5em;
  }
  blockquote {
    margin: 0;
  }
  blockquote p {
    margin: 0;
    /* A readable line length, however wide the container. */
    max-inline-size: 38em;
    font-size: 1.0625em;
    line-height: 1.6;
  }
  :host([variant='featured']) blockquote p {
    font-size: var(--thamm-featured-size, 1.5em);
    line-height: 1.35;
    font-weight: 600;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-start: 0.875em;
    font-size: 0.9375em;
  }
  img {
    inline-size: 3em;
    block-size: 3em;
    border-radius: 50%;
    object-fit: cover;
  }
  .meta {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
  }
  .placeholder-line {
    margin-block-end: 0.6em;
  }
  .placeholder-line.short {
    inline-size: 45%;
  }
  @media (forced-colors: active) {
    figure {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.25em;
    }
  }
`;
