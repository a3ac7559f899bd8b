//! `gloss render`: the reading view as HTML.

use gloss_engine::{self as engine, Options};
use gloss_model::{Article, Entity};
use gloss_view as view;

/// The reading view of `article` as HTML, its warnings on stderr.
pub fn render(article: &Article, glossary: &[Entity], options: &Options) -> String {
    let annotation = engine::annotate(article, glossary, options);
    let (root, warnings) = view::build(article, &annotation, &view::ViewOptions::default());
    for warning in warnings {
        eprintln!("gloss: warning: {}: {}", warning.path, warning.message);
    }
    view::html::to_html(&root.into()) + "\n"
}
