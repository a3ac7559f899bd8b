// Writes the loader's script tag for cdn.html: from the origin in ?cdn=, pinned with
// ?integrity= when it is given, enhancing the article's .content.
const query = new URLSearchParams(location.search);
const script = document.createElement('script');
script.src = `${query.get('cdn')}/pkg/gloss-loader.js`;
if (query.has('integrity')) {
  script.integrity = query.get('integrity');
  script.crossOrigin = 'anonymous';
}
script.dataset.enhance = 'article .content';
document.head.appendChild(script);
