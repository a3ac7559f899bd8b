// Compiled (never run) by tests/package.test.mjs against the packed package, as an app
// imports it: every documented API is used here, and the declarations must accept real
// use and reject wrong use (each `@ts-expect-error` fails the compile if nothing is wrong).
import Gloss, {
  configure, enhance, mount, ready, setCards, version,
  type Article, type CardEventDetail, type Enhancement, type EnhanceOptions, type Entity, type GlossArticleElement,
  type GlossError, type Options, type Settings, type View,
} from 'gloss-reader';

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

const site: Entity[] = [{ id: 'un', name: 'United Nations', kind: 'organization', summary: 'An organisation of states.' }];

// Every option, each with a value of its type.
const options: Options = {
  glossary: ['/site.json'], dwell: 300, hideDelay: 300, cards: true, theme: 'dark', index: true,
  auto: { acronyms: true, names: false, people: true, context: true }, progress: true, wordsPerMinute: 230,
  messages: { index_title: 'Names', error_title: 'Not shown.' }, lang: 'fr', timeout: 15000, maxBytes: 20 * 1048576,
  knowledge: { provider: 'wikipedia', lang: 'en' }, build: 'auto',
};
const enhanceOptions: EnhanceOptions = { glossary: { complete: true, entities: site }, build: 'lean', dwell: 0, hideDelay: 100, theme: 'light', auto: false, knowledge: 'wikipedia' };
const settings: Settings = { assets: 'https://cdn.example/gloss/' };

async function use(element: Element, containers: NodeListOf<HTMLElement>): Promise<void> {
  configure(settings);
  configure({ assets: '/static/gloss/' });
  await ready;
  const loaded: unknown = await Gloss.ready;
  void loaded;
  console.log(version, Gloss.version, window.Gloss.version);

  const view: View = await mount(element, article, options);
  if (view.error) console.log((view.error as GlossError).glossWhere);
  const host: Element = view.element;
  void host;
  view.destroy();
  await mount(element, '/article.json');
  await mount(element, site.length ? '/article.json' : article, { glossary: '/site.json', knowledge: 'https://example.org/summary/{title}' });
  await Gloss.mount(element, { '@context': 'https://schema.org', '@type': 'NewsArticle' });
  await window.Gloss.mount(element, article, { auto: false });

  const enhanced: Enhancement = await enhance(element, enhanceOptions);
  enhanced.destroy();
  const split = await Gloss.enhance(containers, { glossary: '/site.json' });
  if (split.error) console.log(split.error);
  await window.Gloss.enhance([element, element]);

  // The events: on an element, the document and the window, typed by their detail.
  element.addEventListener('gloss:open', (event) => console.log(event.detail.entity, event.detail.trigger));
  document.addEventListener('gloss:close', (event) => {
    const detail: CardEventDetail = event.detail;
    console.log(detail.trigger === 'touch');
  });
  window.addEventListener('gloss:open', (event) => console.log(event.detail.entity));

  // The custom element.
  const widget: GlossArticleElement = document.createElement('gloss-article');
  widget.setAttribute('src', '/article.json');
  document.body.append(widget);
  const same: GlossArticleElement | null = document.querySelector('gloss-article');
  same?.view?.destroy();

  // @ts-expect-error: themes are light, dark or auto.
  await mount(element, article, { theme: 'sepia' });
  // @ts-expect-error: the index is a widget's; an enhanced page has none.
  await enhance(element, { index: true });
  // @ts-expect-error: `assets` is a folder URL.
  configure({ assets: true });
  // @ts-expect-error: there is no such event detail.
  element.addEventListener('gloss:open', (event) => console.log(event.detail.name));
  // gloss's switch hidden, and the host's own driving the cards.
  await enhance(containers, { toggle: false, glossary: { entities: site } });
  await mount(element, article, { toggle: false, index: true });
  setCards(false);
  Gloss.setCards(true);
  // @ts-expect-error: cards are on or off.
  setCards('off');
}

void use;
