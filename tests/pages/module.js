// Uses the npm package's ES module entry, as a bundler would.
import { mount, version } from '/pkg/index.js';

const view = await mount(document.getElementById('mount'), '/tests/fixtures/bare-article.json');
window.moduleResult = { version, state: view.element.dataset.glossState };
