// The finders follow the language of the enhanced element: English rules on English, French
// boundaries on French, and on any other language only what holds in every one (acronyms
// defined in brackets), so that ordinary capitalised words are not read as names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, needsFinders } from './harness.mjs';

let harness;
before(async () => {
  harness = await open();
});
after(async () => {
  await harness.close();
});

/** Enhances one article in `lang` (set on a wrapper around it, as pages do) and returns
 *  the texts marked in it, in reading order. */
const marked = async (page, lang, paragraphs) =>
  page.evaluate(async ([lang, paragraphs]) => {
    const wrapper = document.createElement('section');
    wrapper.lang = lang;
    const article = document.createElement('article');
    for (const text of paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    wrapper.append(article);
    document.body.append(wrapper);
    await Gloss.enhance(article);
    return [...article.querySelectorAll('.gloss-mention')].map((m) => m.textContent);
  }, [lang, paragraphs]);

test('an enhanced article is read with the rules of its lang', needsFinders, async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/pages/blank.html`);
  assert.deepEqual(
    await marked(page, 'en-GB', ['Shares in Corvanta Group fell in Halden after Ana Ruiz spoke.']),
    ['Corvanta Group', 'Halden', 'Ana Ruiz'],
  );
  // French: the article word is no part of the name, and a plural after "les" is none.
  assert.deepEqual(
    await marked(page, 'fr', ['Le Parlement a voté. Les Européens suivent le texte de l\u2019Assemblée nationale.']),
    ['Parlement', 'Assemblée nationale'],
  );
  // German nouns are capitalised: no English rule reads them, but a defined acronym is
  // found in any language.
  assert.deepEqual(
    await marked(page, 'de', ['Der Bundestag stimmte zu. Die Europäische Zentralbank (EZB) wartet. Die EZB schweigt.']),
    ['Europäische Zentralbank', 'EZB', 'EZB'],
  );
});
