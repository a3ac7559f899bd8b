// Takes docs/card.png, the README's picture: the demo with IPAC's card open, in headless
// Chromium. Run after ./scripts/build: node scripts/screenshot.mjs
import { open, settled } from '../tests/browser/harness.mjs';

const harness = await open();
try {
  // Reduced motion: the card is drawn whole, not caught halfway through its fade.
  const page = await harness.page({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
  await page.goto(`${harness.url}/www/`);
  await settled(page);
  const mention = page.locator('.gloss-host [data-gloss-entity="ipac"]').first();
  await mention.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await mention.focus();
  await page.locator('.gloss-host .gloss-card').waitFor({ state: 'visible' });
  await page.screenshot({ path: new URL('../docs/card.png', import.meta.url).pathname });
} finally {
  await harness.close();
}
