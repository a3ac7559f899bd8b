//! The engine: finds every mention in an article's text and builds what each card says.
//!
//! **Architecture Invariant:** the engine is pure Rust. It never imports web-sys,
//! js-sys or wasm-bindgen, so it runs natively for tests, the CLI and benchmarks, and
//! unchanged in the browser. It reads the model and returns plain data; it never
//! produces markup.
//!
//! The passes, in order (DESIGN.md explains each), each over every run, tokenized afresh
//! ([`text`]) because keeping the article's tokens would cost more memory than the
//! article itself:
//! 1. find acronym definitions ([`acronyms`]) the glossaries ([`matcher`]) do not cover,
//!    and gather the evidence the name finder needs;
//! 2. find proper names ([`names`]) nothing else covers;
//! 3. match everything, leftmost-longest, and link one-word references to people
//!    ([`people`]);
//! 4. describe what no glossary describes ([`context`]), from the runs that name it.

pub mod acronyms;
mod annotation;
pub mod context;
pub mod lexicon;
pub mod matcher;
pub mod names;
mod passes;
pub mod people;
pub mod text;

use crate::model::{Article, Entity, Kind};
use crate::pause::{pause_point, run_to_end, Clock, Unlimited};
pub use crate::StringMap;
pub use annotation::*;
pub use context::Passage;
use text::{fold, Case, Token};

/// Annotates an article. Its own entities win over the site glossaries' on an id clash.
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
    let glossary = first_of_each_id(article.entities.iter().chain(site_glossaries).cloned());
    annotate_runs_paused(&article_runs(article), &glossary, options, clock).await
}

/// One glossary from several, in order: where two entities share an id, the first wins.
pub fn first_of_each_id(entities: impl IntoIterator<Item = Entity>) -> Vec<Entity> {
    let mut ids = StringMap::default();
    entities
        .into_iter()
        .filter(|e| ids.insert(e.id.clone(), 0).is_none())
        .collect()
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
/// second state machine around the first would cost the wasm about 0.9 KB.
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
        #[cfg(not(target_arch = "wasm32"))]
        None,
    )
}

/// [`annotate`] with word lists merged once for many articles: merging them is about
/// half the time of annotating a short article, which an archive build repeats a
/// hundred thousand times.
#[cfg(not(target_arch = "wasm32"))]
pub fn annotate_with_lexicon(
    article: &Article,
    options: &Options,
    lexicon: &lexicon::Lexicon,
) -> Annotation {
    let glossary = first_of_each_id(article.entities.iter().cloned());
    run_to_end(passes::annotate_runs_with(
        &article_runs(article),
        &glossary,
        options,
        &Unlimited,
        Some(lexicon),
    ))
}

/// The folded words of a person's name that a reference may use: capitalised words of
/// two letters or more ("Laura K. Brenner" gives "laura" and "brenner").
fn name_words(name: &str) -> Vec<String> {
    text::tokenize(name)
        .iter()
        .filter(|t| t.is_word() && t.case != Case::Lower && t.end - t.start > 1)
        .map(|t| fold(t.text(name)))
        .collect()
}

/// Tokenizes a run into `tokens` and says whether it is set in title case.
fn tokenize(run: &str, tokens: &mut Vec<Token>) -> bool {
    text::tokenize_into(run, tokens);
    is_title_case(run, tokens)
}

/// A match as a byte range of its run.
#[derive(Debug, Clone, Copy)]
struct ByteSpan {
    entity: usize,
    start: usize,
    end: usize,
}

/// Every run's matches as byte spans, end to end: one allocation for the article rather
/// than one per run.
struct Spans {
    spans: Vec<ByteSpan>,
    /// Where each run's spans end in `spans`.
    run_ends: Vec<usize>,
}

impl Spans {
    fn of_run(&self, run: usize) -> &[ByteSpan] {
        let start = run.checked_sub(1).map_or(0, |before| self.run_ends[before]);
        &self.spans[start..self.run_ends[run]]
    }
}

/// Turns token matches into located mentions, fills each entity's mention list, drops
/// found entities that ended up with no mention, and gives found entities their ids.
async fn finish(
    runs: &[Run<'_>],
    spans: &Spans,
    mut entities: Vec<EntityInfo>,
    clock: &dyn Clock,
) -> Annotation {
    let mut mention_counts = vec![0usize; entities.len()];
    for m in &spans.spans {
        mention_counts[m.entity] += 1;
    }
    let keep: Vec<bool> = entities
        .iter()
        .zip(&mention_counts)
        .map(|(e, &n)| e.origin == Origin::Glossary || n > 0)
        .collect();
    let mut new_index = vec![usize::MAX; entities.len()];
    let mut kept = Vec::with_capacity(entities.len());
    // Found entities need ids unlike any glossary id; with none found, there is no need
    // to gather the glossary's.
    let found_any = entities.iter().any(|e| e.origin != Origin::Glossary);
    let mut used_ids: StringMap = entities
        .iter()
        .filter(|e| found_any && e.origin == Origin::Glossary)
        .map(|e| (e.id.clone(), 0))
        .collect();
    for (old, mut entity) in entities.drain(..).enumerate() {
        if !keep[old] {
            continue;
        }
        if entity.origin != Origin::Glossary {
            entity.id = unique_id(&entity.name, &mut used_ids);
        }
        new_index[old] = kept.len();
        entity.mentions.reserve_exact(mention_counts[old]);
        kept.push(entity);
    }
    let mut annotated = Vec::with_capacity(runs.len());
    for (run_index, run) in runs.iter().enumerate() {
        pause_point(clock).await;
        let located = locate(run.text, spans.of_run(run_index), &new_index);
        for (mention_index, mention) in located.iter().enumerate() {
            kept[mention.entity]
                .mentions
                .push((run_index, mention_index));
        }
        annotated.push(AnnotatedRun {
            place: run.place,
            mentions: located,
        });
    }
    Annotation {
        runs: annotated,
        entities: kept,
    }
}

/// Adds UTF-16 and scalar offsets to byte spans, in one pass over the run.
fn locate(text: &str, spans: &[ByteSpan], new_index: &[usize]) -> Vec<Mention> {
    let mut located = Vec::with_capacity(spans.len());
    let mut byte = 0;
    let mut utf16 = 0;
    let mut chars = 0;
    let mut advance = |to: usize| {
        let skipped = &text[byte..to];
        if skipped.is_ascii() {
            utf16 += skipped.len();
            chars += skipped.len();
        } else {
            for c in skipped.chars() {
                utf16 += c.len_utf16();
                chars += 1;
            }
        }
        byte = to;
        (utf16, chars)
    };
    for span in spans {
        let (start_utf16, start_char) = advance(span.start);
        let (end_utf16, end_char) = advance(span.end);
        located.push(Mention {
            entity: new_index[span.entity],
            start: span.start,
            end: span.end,
            start_utf16,
            end_utf16,
            start_char,
            end_char,
        });
    }
    located
}

/// A headline set in title case ("China Seeks Its Way Back to Interpol"), where capitals
/// say nothing about names: short, with no full stop at the end, and most longer words
/// capitalised.
pub fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    if tokens.len() > 40 || text.trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let (mut long_words, mut capitalized) = (0, 0);
    for token in tokens.iter().filter(|t| t.is_word() && t.end - t.start > 3) {
        long_words += 1;
        capitalized += token.first_upper() as usize;
    }
    long_words >= 3 && capitalized * 10 >= long_words * 8
}

fn glossary_entity(entity: &Entity) -> EntityInfo {
    EntityInfo {
        id: entity.id.clone(),
        name: entity.name.clone(),
        kind: entity.kind,
        summary: entity.summary.clone(),
        source: if entity.summary.is_some() {
            Source::Glossary
        } else {
            Source::None
        },
        origin: Origin::Glossary,
        short: None,
        aliases: entity.aliases.clone(),
        facts: entity.facts.clone(),
        links: entity.links.clone(),
        image: entity.image.clone(),
        related: Vec::new(),
        mentions: Vec::new(),
        passage: None,
    }
}

fn acronym_entity(definition: &acronyms::Definition, lexicon: &lexicon::Lexicon) -> EntityInfo {
    let long = &definition.long;
    let proper = long.chars().next().is_some_and(text::is_upper);
    let words: Vec<String> = text::tokenize(long)
        .iter()
        .filter(|t| t.is_word())
        .map(|t| fold(t.text(long)))
        .collect();
    let kind = if proper {
        names::kind_from_words(&words, lexicon)
    } else {
        Kind::Concept
    };
    let name = if proper {
        long.clone()
    } else {
        text::capitalize(long)
    };
    EntityInfo::found(
        name,
        kind,
        Origin::Acronym,
        Some(definition.short.clone()),
        vec![definition.short.clone(), long.clone()],
    )
}

/// A readable id from a name ("Fox Hunt" → "fox-hunt"), made unique among `used`.
fn unique_id(name: &str, used: &mut StringMap) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.push(text::lower(c));
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    let base = if slug.is_empty() {
        "entity".to_owned()
    } else {
        slug
    };
    let mut id = base.clone();
    let mut n = 2;
    while used.insert(id.clone(), 0).is_some() {
        id = [&base, "-", &crate::decimal(n)].concat();
        n += 1;
    }
    id
}

/// Resolves each glossary entity's `related` ids to table indices.
fn link_related(annotation: &mut Annotation, glossary: &[Entity]) {
    if glossary.iter().all(|g| g.related.is_empty()) {
        return;
    }
    let index: StringMap = annotation
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    let related: Vec<(usize, Vec<usize>)> = glossary
        .iter()
        .filter_map(|g| {
            let at = *index.get(g.id.as_str())?;
            Some((
                at,
                g.related
                    .iter()
                    .filter_map(|r| index.get(r.as_str()).copied())
                    .filter(|&r| r != at)
                    .collect(),
            ))
        })
        .collect();
    for (at, list) in related {
        annotation.entities[at].related = list;
    }
}
