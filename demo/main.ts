import '../src/all.js';
import seed from '../content/thamm-seed.json';

// The data property: content from any JS, here the seed's English title only.
const fromData = document.querySelector<HTMLElementTagNameMap['thamm-news-card']>('#from-data');
if (fromData) fromData.data = {...seed.news[0], title: seed.news[0].title.en, url: undefined};
const contact = document.querySelector<HTMLElementTagNameMap['thamm-contact-badge']>('#contact-from-data');
if (contact) contact.data = seed.contacts[0];

// The switcher changes <html lang> and <html dir>: the first card follows.
const buttons = document.querySelectorAll<HTMLButtonElement>('[data-lang]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang ?? 'fr';
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
  });
}
