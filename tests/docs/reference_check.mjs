// The offline HTML reference in headless chromium (playwright-core, Debian's chromium), one page:
// for each tag section (`#/<tag>`, which Redoc 3 renders near the viewport, in a tall window), the
// section ids rendered once the expected ones are there (or once the wait, a safety net, ends);
// every request that was not for the file itself is refused and listed.
// Prints {rendered: {tag: [id...]}, external: [url...], text: <the page's text>} as JSON: the
// test judges. node reference_check.mjs <file URL>  (stdin: {tag: [expected id...]})
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [file] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(0, 'utf8'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 8000 } });
  const external = [];
  await page.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(file) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.goto(file);
  const rendered = {};
  let text = '';
  for (const [tag, ids] of Object.entries(expected)) {
    await page.evaluate(hash => {
      location.hash = hash;
    }, `/${tag}`);
    await page
      .waitForFunction(want => want.every(id => document.getElementById(id)), ids, { timeout: 30000 })
      .catch(() => null);
    rendered[tag] = await page.$$eval(`[id^="${tag}/"]`, es => es.map(e => e.id));
    text += await page.evaluate(() => document.body.innerText);
  }
  console.log(JSON.stringify({ rendered, external, text }));
} finally {
  await browser.close();
}
