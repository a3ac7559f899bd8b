//! The engine: finds every mention in an article's text and builds what each card says.
//!
//! **Architecture Invariant:** the engine is pure Rust. It never imports web-sys,
//! js-sys or wasm-bindgen, so it runs natively for tests, the CLI and benchmarks, and
//! unchanged in the browser. It reads the model and returns plain data; it never
//! produces markup.
//!
//! The passes, in order (DESIGN.md explains each), each over every run, tokenized afresh
//! ([`text`]) because keeping the article's tokens would cost more memory than the
//! article itself (docs/measurements.md, "Memory"):
//! 1. find acronym definitions ([`acronyms`]) the glossaries ([`matcher`]) do not cover,
//!    and gather the evidence the name finder needs;
//! 2. find proper names ([`names`]) nothing else covers;
//! 3. match everything, leftmost-longest, and link one-word references to people
//!    ([`people`]);
//! 4. describe what no glossary describes ([`context`]), from the runs that name it.

// Without the finders (the lean builds) much of the crate is unreachable by design.
#![cfg_attr(not(feature = "finders"), allow(dead_code))]

pub mod acronyms;
mod annotation;
pub mod context;
mod entities;
mod finish;
pub mod lexicon;
pub mod matcher;
pub mod names;
mod passes;
pub mod people;
pub mod text;

pub use annotation::*;
pub use context::Passage;
pub use entities::{glossary_entities, glossary_entity, index_by_id, link_related};
use gloss_base::pause::{run_to_end, Clock, Unlimited};
use gloss_base::StringMap;
use gloss_model::{Article, Entity};

/// Annotates an article. Its own entities win over the site glossaries' on an id clash;
/// a complete glossary, made from the article with its entities, replaces them.
pub fn annotate(article: &Article, site_glossaries: &[Entity], options: &Options) -> Annotation {
    run_to_end(annotate_paused(
        article,
        site_glossaries,
        options,
        &Unlimited,
    ))
}

/// [`annotate`], pausing between units of work when `clock`'s time is up.
pub async fn annotate_paused(
    article: &Article,
    site_glossaries: &[Entity],
    options: &Options,
    clock: &dyn Clock,
) -> Annotation {
    let own = match site_glossaries.iter().any(|e| e.complete) {
        true => &[],
        false => &article.entities[..],
    };
    // As `first_of_each_id` does, cloning only the entities kept.
    let mut ids = StringMap::default();
    let mut glossary = Vec::new();
    for list in [own, site_glossaries] {
        for entity in list {
            if ids.insert(entity.id.clone(), 0).is_none() {
                glossary.push(entity.clone());
            }
        }
    }
    // The finders read the text by the article's language; without them (the lean
    // builds) nothing reads it.
    #[cfg(feature = "finders")]
    let options = &Options {
        language: Language::from_tag(article.lang.as_deref()),
        ..*options
    };
    annotate_runs_paused(&article_runs(article), &glossary, options, clock).await
}

/// One glossary from several, in order: where two entities share an id, the first wins.
pub fn first_of_each_id(entities: impl IntoIterator<Item = Entity>) -> Vec<Entity> {
    // A plain loop: `filter` and `collect` compile to a fold of their own in the wasm.
    let mut ids = StringMap::default();
    let mut first = Vec::new();
    for entity in entities {
        if ids.insert(entity.id.clone(), 0).is_none() {
            first.push(entity);
        }
    }
    first
}

/// Annotates any runs of text against a glossary. The in-place enhancer and the
/// benchmarks use this directly.
pub fn annotate_runs(runs: &[Run<'_>], glossary: &[Entity], options: &Options) -> Annotation {
    run_to_end(annotate_runs_paused(runs, glossary, options, &Unlimited))
}

/// [`annotate_runs`], pausing between runs (and between entities) when `clock`'s time
/// is up.
///
/// A plain function that returns the future, rather than an `async fn` awaiting it: a
/// second state machine around the first would cost the wasm more (docs/measurements.md,
/// "Async functions and state machines").
pub fn annotate_runs_paused<'a>(
    runs: &'a [Run<'a>],
    glossary: &'a [Entity],
    options: &'a Options,
    clock: &'a dyn Clock,
) -> impl std::future::Future<Output = Annotation> + 'a {
    passes::annotate_runs_with(
        runs,
        glossary,
        options,
        clock,
        text::PART,
        #[cfg(not(target_arch = "wasm32"))]
        None,
    )
}

/// [`annotate_runs`], reading a long run `part` tokens at a time instead of
/// [`text::PART`]: for the tests that hold every size of part to the same annotation.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub fn annotate_runs_in_parts(
    runs: &[Run<'_>],
    glossary: &[Entity],
    options: &Options,
    part: usize,
) -> Annotation {
    run_to_end(passes::annotate_runs_with(
        runs, glossary, options, &Unlimited, part, None,
    ))
}

/// [`annotate`] with word lists merged once for many articles: merging them is much of
/// the time of annotating a short article, which an archive build repeats for every
/// article (docs/measurements.md, "Word lists merged once for an archive").
#[cfg(not(target_arch = "wasm32"))]
pub fn annotate_with_lexicon(
    article: &Article,
    options: &Options,
    lexicon: &lexicon::Lexicon,
) -> Annotation {
    let glossary = first_of_each_id(article.entities.iter().cloned());
    let options = Options {
        language: Language::from_tag(article.lang.as_deref()),
        ..*options
    };
    run_to_end(passes::annotate_runs_with(
        &article_runs(article),
        &glossary,
        &options,
        &Unlimited,
        text::PART,
        Some(lexicon),
    ))
}
