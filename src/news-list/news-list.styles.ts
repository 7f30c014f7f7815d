import {css} from 'lit';

export const styles = css`
  section {
    display: grid;
    gap: var(--_space);
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
