// The gloss script tag of a news page, written where this script stands, as a publisher
// writes it (a tag a script creates and inserts is never one that holds the parser), for
// the query string: ?article=layout-long (a fixture's name), &async (the tag is async),
// &target (into the page's own box, which news.css sizes), &bare (no index and no
// progress bar). A button with the class "theme-switch" toggles
// the site's own dark theme.
var query = new URLSearchParams(location.search);
var article = (query.get('article') || 'layout-long-image').replace(/[^a-z0-9-]/gi, '');
document.write((query.has('target') ? '<div id="story" class="story-box"></div>' : '') +
  '<script src="/pkg/gloss-loader.js" data-article="/tests/fixtures/' + article + '.json"' +
  (query.has('target') ? ' data-target="#story"' : '') + (query.has('bare') ? '' : ' data-index data-progress') +
  (query.has('async') ? ' async' : '') + '></scr' + 'ipt>');
document.addEventListener('click', function (event) {
  if (event.target.classList.contains('theme-switch')) document.documentElement.classList.toggle('dark');
});
