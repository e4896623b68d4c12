// The built site in headless chromium (playwright-core, Debian's chromium): every page of its
// navigation opened, each internal link followed to its page and heading, and the search asked
// for a word; the home page's diagram drawn; every request the pages made that left the site.
// Prints {pages, broken, search, diagrams, external} as JSON: the test judges.
// node site_check.mjs <site URL> [<search word> [<pages to check, comma-separated: all>]]
import { chromium } from 'playwright-core';

const [site, word, only] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const external = [];
  page.on('request', request => {
    if (!request.url().startsWith(site) && !request.url().startsWith('data:')) external.push(request.url());
  });
  await page.goto(`${site}/index.html`);
  // A drawn Mermaid diagram has a height; one left as text has none (Material draws it in a closed
  // shadow root: its size is what shows).
  const diagrams = await page
    .waitForFunction(() => [...document.querySelectorAll('.mermaid')].filter(d => d.getBoundingClientRect().height > 50).length, null, { timeout: 20000 })
    .then(found => found.jsonValue())
    .catch(() => 0);
  const nav = await page.$$eval('nav.md-nav--primary a.md-nav__link[href]', as => as.map(a => a.href));
  const pages = [...new Set([`${site}/index.html`, ...nav].map(u => u.split('#')[0]))];
  // Each page opened once: its element ids kept, its links followed afterwards.
  const ids = new Map(); // page URL -> its element ids, or null when it did not load
  const links = new Map(); // page URL -> the links on it
  const open = async url => {
    const answer = await page.goto(url).catch(() => null);
    const loaded = Boolean(answer && answer.ok());
    ids.set(url, loaded ? await page.$$eval('[id]', es => es.map(e => e.id)) : null);
    if (loaded) links.set(url, await page.$$eval('a[href]', as => as.map(a => a.href)));
  };
  const checked = only ? only.split(',').map(p => `${site}/${p}`) : pages;
  for (const url of checked) await open(url);
  const broken = [];
  for (const url of checked) {
    for (const link of links.get(url) || []) {
      if (!link.startsWith(site)) continue; // another site: not the site's to answer for
      const [target, anchor] = link.split('#');
      if (target.includes('/api/')) {
        // The API reference (Redoc) renders its sections when asked: the file must be there
        // (tests/docs/test_site.py checks its section ids against the rendered reference's).
        if (!(await page.request.head(target)).ok()) broken.push({ page: url, link });
        continue;
      }
      if (!ids.has(target)) await open(target);
      const found = ids.get(target);
      if (found === null || (anchor && !found.includes(decodeURIComponent(anchor)))) broken.push({ page: url, link });
    }
  }
  let search = [];
  if (word) {
    await page.goto(`${site}/index.html?q=${encodeURIComponent(word)}`);
    await page.waitForSelector('.md-search-result__item', { timeout: 20000 });
    search = await page.$$eval('.md-search-result__item a', as => as.map(a => a.href.split('?')[0]));
  }
  console.log(JSON.stringify({ pages, broken, search, diagrams, external }));
} finally {
  await browser.close();
}
