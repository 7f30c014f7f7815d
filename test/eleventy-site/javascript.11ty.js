// A JavaScript template: shortcodes are methods of `this`.
export const data = {permalink: '/javascript/'};

export function render({seed}) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>JavaScript</title>${this.thammScript()}</head>
<body>
<main>
<h1>JavaScript</h1>
${this.thammNewsCard(seed.news[0], {form: 'blockquote', src: '/content/thamm-seed.json', pointer: '/news/0', headingLevel: 2})}
${this.thammQuote(seed.quotes[2])}
${this.thammPartnerStrip(seed.partners, {src: '/content/thamm-seed.json', pointer: '/partners', logoHeight: 40})}
${this.thammContactBadge(seed.contacts[0], {lang: 'ar'})}
${this.thammNewsList(seed.news, {src: '/content/thamm-seed.json', pointer: '/news'})}
</main>
</body>
</html>`;
}
