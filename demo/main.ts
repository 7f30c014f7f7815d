import '../src/all.js';
import seed from '../content/thamm-seed.json';

// The data property: content from any JS, here the seed's English title only. Its image
// path is relative to the seed's document; content set from JS resolves against the page.
const fromData = document.querySelector<HTMLElementTagNameMap['thamm-news-card']>('#from-data');
const news = seed.news[0];
if (fromData) fromData.data = {...news, title: news.title.en, url: undefined, image: {...news.image, src: `content/${news.image.src}`}};
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
