// Adds the gloss script tag for the fixture named in the query string: ?rich, ?rtl, …
const name = location.search.slice(1).replace(/[^a-z0-9-]/gi, '');
const tag = document.createElement('script');
tag.src = '/pkg/gloss-loader.js';
tag.async = true;
tag.dataset.article = `/tests/fixtures/${name}.json`;
tag.dataset.index = '';
document.getElementById('main').appendChild(tag);
