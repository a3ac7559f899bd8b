// Compiled (never run) by tests/package.test.mjs: the declarations accept real use and
// reject a wrong option.
import Gloss, { enhance, mount, setCards, type Article, type Enhancement, type Options, type View } from '../../pkg/index.js';

const article: Article = {
  title: 'A title',
  lang: 'en',
  body: [
    'A paragraph.',
    { type: 'heading', text: 'A heading', level: 2 },
    { type: 'paragraph', spans: [{ text: 'Safeguard', marks: ['em'] }, { text: ' Defenders', href: 'https://example.org/' }] },
    { type: 'list', items: ['one', { spans: [{ text: 'two' }] }] },
    { type: 'image', src: 'a.png', width: 640, height: 360 },
    { type: 'divider' },
  ],
  entities: [{ id: 'sd', name: 'Safeguard Defenders', kind: 'organization', aliases: ['SD'] }],
};

const options: Options = { glossary: ['/site.json'], dwell: 300, auto: { names: false }, theme: 'dark', messages: { index_title: 'Names' } };

async function use(element: Element): Promise<void> {
  const view: View = await mount(element, article, options);
  element.addEventListener('gloss:open', (event) => console.log(event.detail.entity, event.detail.trigger));
  view.destroy();
  await Gloss.mount(element, '/article.json');
  await window.Gloss.mount(element, { '@context': 'https://schema.org', '@type': 'NewsArticle' });
  // @ts-expect-error: themes are light, dark or auto.
  await mount(element, article, { theme: 'sepia' });
  const enhanced: Enhancement = await enhance(document.querySelectorAll('.story p'), { toggle: false, glossary: { entities: [] } });
  enhanced.destroy();
  await Gloss.enhance(element);
  setCards(false);
  Gloss.setCards(true);
  await mount(element, article, { toggle: false, index: true });
  // @ts-expect-error: cards are on or off.
  setCards('off');
}

void use;
