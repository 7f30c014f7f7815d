import {css} from 'lit';

export const styles = css`
  /* It paints its own surface, like every element: its title and links stay legible on any page. */
  section {
    display: grid;
    gap: var(--_space);
    background: var(--_surface);
    color: var(--_text);
  }
  [part='title'] {
    font-size: 1.375em;
  }
  /* As many columns as fit cards of at least --thamm-card-min-width; one when narrow. */
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--thamm-card-min-width, 17em)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
  }
  .empty,
  .more {
    margin: 0;
  }
  .empty {
    color: var(--_muted);
  }
  .more a {
    font-weight: 700;
  }
`;
