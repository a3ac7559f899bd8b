// A publisher's tiny app, built by each bundler against the packed npm package
// (tests/browser/bundlers.test.mjs): a widget, an article enhanced in place, a broken
// article whose error gloss-json.js places, and the knowledge source, which fetches
// gloss-knowledge.js. Every file of the package's is then asked for once.
import { configure, enhance, mount, ready, version } from 'gloss-reader';

// The page says where the files are when its bundler did not copy them.
if (window.appAssets) configure({ assets: window.appAssets });

window.app = (async () => {
  await ready;
  const view = await mount(document.getElementById('widget'), '/tests/fixtures/knowledge/article.json', {
    glossary: '/tests/fixtures/knowledge/glossary.json',
    knowledge: `${location.origin}/__knowledge/{title}`,
  });
  const enhanced = await enhance(document.getElementById('story'), { glossary: '/tests/fixtures/glossary.json' });
  const broken = await mount(document.getElementById('broken'), '/tests/fixtures/malformed.json');
  return {
    version,
    widget: view.element.dataset.glossState,
    enhanced: document.getElementById('story').dataset.glossState,
    broken: broken.error && broken.error.message,
    destroyable: typeof enhanced.destroy,
  };
})();
