// The reference implementation: the article as plain HTML, the glossary's names marked
// with mark.js (whole words, longest first), and a tippy.js popover on every mark. This
// is the job gloss does, done the way a web developer would do it today.
window.referenceRender = function (container, article, entities) {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const text = (block) => (typeof block === 'string' ? block : block.text ?? (block.spans || []).map((s) => s.text).join(''));
  container.innerHTML = `<article><h1>${escape(article.title)}</h1>${article.body.map((b) => `<p>${escape(text(b))}</p>`).join('')}</article>`;
  const byName = new Map();
  for (const entity of entities) {
    for (const name of [entity.name, ...(entity.aliases || [])]) byName.set(name, entity);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const marker = new Mark(container);
  // mark.js handles one batch of names by recursion; a thousand at once overflow the
  // stack, so they go in batches, longest first across batches too.
  for (let at = 0; at < names.length; at += 100) {
    marker.mark(names.slice(at, at + 100), {
      accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '’', "'", '(', ')', '“', '”', '—'] },
      separateWordSearch: false,
      caseSensitive: true,
      diacritics: false,
      exclude: ['mark'],
      each: (element) => {
        element.dataset.entity = byName.get(element.textContent)?.id || '';
      },
    });
  }
  const marks = container.querySelectorAll('mark');
  const instances = tippy(marks, {
    content: (element) => {
      const entity = entities.find((e) => e.id === element.dataset.entity);
      return entity ? `${entity.name}: ${entity.summary || ''}` : '';
    },
    delay: 0,
  });
  return { marks: marks.length, instances };
};
