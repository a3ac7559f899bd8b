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
pub mod context;
pub mod lexicon;
pub mod matcher;
pub mod names;
// Kept while other branches still name the old path; see ARCHITECTURE.md.
pub use crate::pause;
pub mod people;
pub mod text;

use crate::model::{Article, Entity, Fact, Kind, Link, Span};
use crate::pause::{pause_point, run_to_end, Clock, Unlimited};
pub use crate::StringMap;
pub use context::Passage;
use matcher::Matcher;
use text::{fold, Case, Token};

/// Which automatic finders run. Glossary matching always runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Acronym definitions: "Long Form (LF)", and acronyms used without one ("NATO").
    pub acronyms: bool,
    /// Proper names found from capitalisation and cues.
    pub names: bool,
    /// One-word references to people named earlier.
    pub people: bool,
    /// Summaries taken from the article for entities no glossary describes.
    pub context: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            acronyms: true,
            names: true,
            people: true,
            context: true,
        }
    }
}

impl Options {
    /// Glossary matching only.
    pub fn glossary_only() -> Self {
        Options {
            acronyms: false,
            names: false,
            people: false,
            context: false,
        }
    }
}

/// Where a text run sits in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Title,
    Subtitle,
    Caption,
    /// `item` is 0 except in lists, where it is the item's index.
    Body {
        block: usize,
        item: usize,
    },
    Disclaimer,
    Bio {
        author: usize,
    },
}

/// A text run to annotate.
#[derive(Debug, Clone, Copy)]
pub struct Run<'a> {
    pub place: Place,
    pub text: &'a str,
    /// The run's inline spans; a name is never marked inside or across a linked one.
    pub spans: &'a [Span],
}

impl<'a> Run<'a> {
    /// A run of plain text.
    pub fn new(place: Place, text: &'a str) -> Run<'a> {
        Run {
            place,
            text,
            spans: &[],
        }
    }

    /// Whether bytes `start..end` touch a linked span.
    fn touches_link(&self, start: usize, end: usize) -> bool {
        self.spans
            .iter()
            .any(|s| s.href.is_some() && s.start < end && start < s.end)
    }
}

/// The runs of an article in reading order. The kicker, byline and credit are left out:
/// they label the article rather than tell it.
pub fn article_runs(article: &Article) -> Vec<Run<'_>> {
    let mut runs = vec![Run::new(Place::Title, &article.title)];
    let caption = article.image.as_ref().and_then(|i| i.caption.as_deref());
    for (place, text) in [
        (Place::Subtitle, article.subtitle.as_deref()),
        (Place::Caption, caption),
    ] {
        runs.extend(text.map(|text| Run::new(place, text)));
    }
    for (block, content) in article.body.iter().enumerate() {
        for (item, rich) in content.texts().into_iter().enumerate() {
            runs.push(Run {
                place: Place::Body { block, item },
                text: &rich.text,
                spans: &rich.spans,
            });
        }
    }
    runs.extend(
        article
            .disclaimer
            .as_deref()
            .map(|text| Run::new(Place::Disclaimer, text)),
    );
    for (author, person) in article.authors.iter().enumerate() {
        runs.extend(
            person
                .bio
                .as_deref()
                .map(|text| Run::new(Place::Bio { author }, text)),
        );
    }
    runs
}

/// A mention of an entity in a run, located three ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub entity: usize,
    /// Byte offsets into the run.
    pub start: usize,
    pub end: usize,
    /// UTF-16 code unit offsets, as the DOM counts.
    pub start_utf16: usize,
    pub end_utf16: usize,
    /// Unicode scalar value offsets, as tools count.
    pub start_char: usize,
    pub end_char: usize,
}

impl Mention {
    pub fn text<'a>(&self, run: &'a str) -> &'a str {
        &run[self.start..self.end]
    }
}

/// Where a card's summary came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Glossary,
    /// Taken from the article: the run's index and the sentence it came from.
    Article {
        run: usize,
        sentence: String,
    },
    /// Built from an acronym's definition.
    Acronym,
    /// Nothing describes it.
    None,
}

/// How the engine learned of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Glossary,
    Acronym,
    Name,
}

/// One row of the entity table: what a card shows, and where the entity is mentioned.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityInfo {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub summary: Option<String>,
    pub source: Source,
    pub origin: Origin,
    /// The short form, for an entity defined as an acronym.
    pub short: Option<String>,
    pub aliases: Vec<String>,
    pub facts: Vec<Fact>,
    pub links: Vec<Link>,
    pub image: Option<String>,
    /// Indices of related entities in the table.
    pub related: Vec<usize>,
    /// `(run, mention)` pairs, in reading order.
    pub mentions: Vec<(usize, usize)>,
    /// For an entity with no summary, the sentence in which it is first named, which
    /// its card shows instead (with [`Options::context`] on).
    pub passage: Option<Passage>,
}

/// The mentions of one run.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotatedRun {
    pub place: Place,
    pub mentions: Vec<Mention>,
}

/// The engine's whole output.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub runs: Vec<AnnotatedRun>,
    pub entities: Vec<EntityInfo>,
}

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
    annotate_runs_with(
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
    run_to_end(annotate_runs_with(
        &article_runs(article),
        &glossary,
        options,
        &Unlimited,
        Some(lexicon),
    ))
}

/// The engine. The word lists shared across articles are a native parameter only, so
/// that the wasm carries no branch for them.
async fn annotate_runs_with(
    runs: &[Run<'_>],
    glossary: &[Entity],
    options: &Options,
    clock: &dyn Clock,
    #[cfg(not(target_arch = "wasm32"))] shared_lexicon: Option<&lexicon::Lexicon>,
) -> Annotation {
    let mut entities: Vec<EntityInfo> = glossary.iter().map(glossary_entity).collect();
    let names: usize = glossary.iter().map(|e| 1 + e.aliases.len()).sum();
    let mut matcher = Matcher::with_capacity(names);
    for (index, entity) in glossary.iter().enumerate() {
        pause_point(clock).await;
        let plural = entity.kind == Kind::Concept;
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            matcher.add(name, index, plural);
        }
    }

    // The article's tokens would be most of the engine's memory, and wasm memory never
    // shrinks, so they are not kept: each pass tokenizes a run into one reused buffer,
    // which stays in cache. Glossary matching alone is one pass; every finder makes three
    // (DESIGN.md, "Passes and output", has what that costs).
    let texts: Vec<&str> = runs.iter().map(|r| r.text).collect();
    let mut tokens = Vec::new();
    // The word lists are merged afresh for each article, and only the automatic finders
    // read them.
    let lexicon = std::cell::OnceCell::new();
    #[cfg(not(target_arch = "wasm32"))]
    let lexicon = || shared_lexicon.unwrap_or_else(|| lexicon.get_or_init(lexicon::Lexicon::new));
    #[cfg(target_arch = "wasm32")]
    let lexicon = || lexicon.get_or_init(lexicon::Lexicon::new);
    let mut matches = Vec::new();

    // Acronym definitions, and the evidence the name finder needs from the whole article.
    let mut evidence = names::Evidence::default();
    if options.acronyms || options.names {
        let mut shorts = StringMap::default();
        let mut definitions = Vec::new();
        let mut aliases = Vec::new();
        for &run in &texts {
            pause_point(clock).await;
            let title_case = tokenize(run, &mut tokens);
            if options.names {
                evidence.add_run(run, &tokens, title_case);
            }
            if !options.acronyms {
                continue;
            }
            let found = acronyms::find_definitions(run, &tokens);
            if found.is_empty() {
                continue;
            }
            matcher.find_into(run, &tokens, title_case, &mut matches);
            for definition in found {
                let claimed = matches.iter().find(|m| {
                    let (start, end) =
                        (tokens[m.first].start as usize, tokens[m.last].end as usize);
                    start < definition.long_end && definition.long_start < end
                });
                if shorts.insert(definition.short.clone(), 0).is_some() {
                    continue;
                }
                match claimed {
                    // "the North Atlantic Treaty Organization (NATO)" with the long form a
                    // glossary name: the short form links to that entry.
                    Some(m)
                        if tokens[m.first].start as usize == definition.long_start
                            && tokens[m.last].end as usize == definition.long_end =>
                    {
                        aliases.push((definition.short, m.entity));
                    }
                    Some(_) => {}
                    None => definitions.push(definition),
                }
            }
        }
        // Added once every run is read, so that each definition is judged against the
        // glossaries alone, wherever it stands.
        for (short, entity) in aliases {
            matcher.add(&short, entity, false);
        }
        for definition in definitions {
            let index = entities.len();
            entities.push(acronym_entity(&definition, lexicon()));
            matcher.add(&definition.short, index, false);
            matcher.add(&definition.long, index, true);
        }
    }

    if options.names {
        let mut finder = names::NameFinder::new(evidence, lexicon());
        finder.acronyms = options.acronyms;
        // The words of the glossaries' people: their bare surnames are references.
        for entity in glossary.iter().filter(|e| e.kind == Kind::Person) {
            for word in name_words(&entity.name) {
                finder.add_known_person_word(word);
            }
        }
        for &run in &texts {
            pause_point(clock).await;
            let title_case = tokenize(run, &mut tokens);
            matcher.find_into(run, &tokens, title_case, &mut matches);
            finder.add_run(run, &tokens, title_case, &matches);
        }
        // An acronym the article never spells out links to the glossary entry whose
        // name's initials it is: "NATO" to "North Atlantic Treaty Organization".
        // The initials are worked out only for an article that has such an acronym.
        let found_names = finder.finish();
        let unexplained = |f: &names::FoundName| f.acronym && f.aliases.is_empty();
        let glossary_initials: Vec<String> = glossary
            .iter()
            .filter(|_| found_names.iter().any(unexplained))
            .map(|e| names::initials(&name_words(&e.name), lexicon()))
            .collect();
        for found in found_names {
            let folded = fold(&found.name);
            if let Some(entry) = glossary_initials
                .iter()
                .position(|i| unexplained(&found) && *i == folded)
            {
                matcher.add(&found.name, entry, false);
                continue;
            }
            let index = entities.len();
            let short = found.acronym.then(|| found.name.clone());
            matcher.add(&found.name, index, false);
            for alias in &found.aliases {
                matcher.add(alias, index, false);
            }
            entities.push(EntityInfo {
                id: String::new(),
                name: found.name,
                kind: found.kind,
                summary: None,
                source: Source::None,
                origin: Origin::Name,
                short,
                aliases: found.aliases,
                facts: Vec::new(),
                links: Vec::new(),
                image: None,
                related: Vec::new(),
                mentions: Vec::new(),
                passage: None,
            });
        }
    }

    // Everything found, matched leftmost-longest in one pass, with references to people.
    let people: Vec<people::Person> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| options.people && e.kind == Kind::Person)
        .filter_map(|(index, e)| {
            let words = name_words(&e.name);
            (words.len() > 1).then_some(people::Person {
                entity: index,
                words,
            })
        })
        .collect();
    let mut references = people::References::new(&people);
    let undescribed: Vec<Option<&str>> = entities
        .iter()
        .map(|e| (options.context && e.summary.is_none()).then_some(e.name.as_str()))
        .collect();
    let mut spots = Vec::new();
    let mut spans = Spans {
        spans: Vec::new(),
        run_ends: Vec::with_capacity(runs.len()),
    };
    for (index, run) in runs.iter().enumerate() {
        pause_point(clock).await;
        let title_case = tokenize(run.text, &mut tokens);
        matcher.find_into(run.text, &tokens, title_case, &mut matches);
        references.link(run.text, &tokens, &mut matches);
        spots.extend(
            matches
                .iter()
                .filter(|m| undescribed[m.entity].is_some())
                .map(|m| context::Spot {
                    run: index,
                    first: m.first,
                    last: m.last,
                    entity: m.entity,
                }),
        );
        spans.spans.extend(
            matches
                .iter()
                .map(|m| ByteSpan {
                    entity: m.entity,
                    start: tokens[m.first].start as usize,
                    end: tokens[m.last].end as usize,
                })
                .filter(|m| !run.touches_link(m.start, m.end)),
        );
        spans.run_ends.push(spans.spans.len());
    }

    // Summaries from the article, for what no glossary describes.
    if !spots.is_empty() {
        let described = context::describe_all(&texts, &spots, &undescribed, lexicon(), clock).await;
        for (entity, found) in entities.iter_mut().zip(described) {
            let Some(found) = found else { continue };
            entity.passage = found.passage;
            if let Some(summary) = found.summary {
                entity.passage = None;
                entity.summary = Some(summary);
                entity.source = Source::Article {
                    run: found.run,
                    sentence: found.sentence,
                };
            }
        }
    }
    if options.context {
        for (index, entity) in entities
            .iter_mut()
            .enumerate()
            .filter(|(_, e)| e.summary.is_none())
        {
            let Some(short) = &entity.short else {
                continue;
            };
            let long = entity.aliases.last().unwrap_or(&entity.name);
            if long != short {
                entity.summary = Some([short, " stands for ", long, "."].concat());
                entity.source = Source::Acronym;
                entity.passage = None;
            } else if let Some(spot) = spots.iter().find(|s| s.entity == index) {
                // An acronym the article never spells out: the card says so, with the
                // sentence that first uses it.
                let run = texts[spot.run];
                tokenize(run, &mut tokens);
                let sentence = context::sentence_around(run, &tokens, spot.first);
                entity.summary = Some(
                    [
                        "An abbreviation the article does not spell out. First used in: \u{201C}",
                        &sentence,
                        "\u{201D}",
                    ]
                    .concat(),
                );
                entity.source = Source::Article {
                    run: spot.run,
                    sentence,
                };
            }
        }
    }

    let mut annotation = finish(runs, &spans, entities, clock).await;
    link_related(&mut annotation, glossary);
    annotation
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
    EntityInfo {
        id: String::new(),
        name,
        kind,
        summary: None,
        source: Source::None,
        origin: Origin::Acronym,
        short: Some(definition.short.clone()),
        aliases: vec![definition.short.clone(), long.clone()],
        facts: Vec::new(),
        links: Vec::new(),
        image: None,
        related: Vec::new(),
        mentions: Vec::new(),
        passage: None,
    }
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
