//! What the engine returns: the options it runs with, the runs of text it reads, and the
//! annotation (mentions per run and the entity table) that the view renders.

use super::context::Passage;
use gloss_model::{Article, Fact, Kind, Link, Span};

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
    /// The language whose rules the finders read the text with.
    pub language: Language,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            acronyms: true,
            names: true,
            people: true,
            context: true,
            language: Language::English,
        }
    }
}

/// Which rules the name finders use. Capitals, titles and connectors mean different
/// things in each language, so a text is read only with the rules of its own: English's,
/// French's, or for any other language only what holds in every one (glossary names and
/// acronyms defined in brackets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    French,
    Other,
}

impl Language {
    /// The rules for a BCP 47 tag ("en-GB" is English, "fr-CA" French). Text with no tag is
    /// read as English, as it always was.
    pub fn from_tag(tag: Option<&str>) -> Language {
        let tag = tag.unwrap_or("").as_bytes();
        let primary = |code: &[u8]| {
            tag.len() >= 2
                && tag[..2].eq_ignore_ascii_case(code)
                && matches!(tag.get(2), None | Some(b'-' | b'_'))
        };
        if tag.is_empty() || primary(b"en") {
            Language::English
        } else if primary(b"fr") {
            Language::French
        } else {
            Language::Other
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
            language: Language::English,
        }
    }
}

/// Where a text run sits in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunPlace {
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
    pub place: RunPlace,
    pub text: &'a str,
    /// The run's inline spans; a name is never marked inside or across a linked one.
    pub spans: &'a [Span],
}

impl<'a> Run<'a> {
    /// A run of plain text.
    pub fn new(place: RunPlace, text: &'a str) -> Run<'a> {
        Run {
            place,
            text,
            spans: &[],
        }
    }

    /// Whether bytes `start..end` touch a linked span.
    pub(super) fn touches_link(&self, start: usize, end: usize) -> bool {
        self.spans
            .iter()
            .any(|s| s.href.is_some() && s.start < end && start < s.end)
    }
}

/// The runs of an article in reading order. The kicker, byline and credit are left out:
/// they label the article rather than tell it.
pub fn article_runs(article: &Article) -> Vec<Run<'_>> {
    let mut runs = vec![Run::new(RunPlace::Title, &article.title)];
    let caption = article.image.as_ref().and_then(|i| i.caption.as_deref());
    for (place, text) in [
        (RunPlace::Subtitle, article.subtitle.as_deref()),
        (RunPlace::Caption, caption),
    ] {
        // `if let` rather than extending by an option: that is generic code of its own.
        if let Some(text) = text {
            runs.push(Run::new(place, text));
        }
    }
    for (block, content) in article.body.iter().enumerate() {
        for (item, rich) in content.texts().into_iter().enumerate() {
            runs.push(Run {
                place: RunPlace::Body { block, item },
                text: &rich.text,
                spans: &rich.spans,
            });
        }
    }
    if let Some(text) = article.disclaimer.as_deref() {
        runs.push(Run::new(RunPlace::Disclaimer, text));
    }
    for (author, person) in article.authors.iter().enumerate() {
        if let Some(text) = person.bio.as_deref() {
            runs.push(Run::new(RunPlace::Bio { author }, text));
        }
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
    /// For an entity with no summary, the sentence that says most of it, which
    /// its card shows instead (with [`Options::context`] on).
    pub passage: Option<Passage>,
}

impl EntityInfo {
    /// Whether `origin` is a finder's, `Name` (`Some(true)`) or `Acronym`
    /// (`Some(false)`): never without the finders, so that the lean builds carry none of
    /// what only found entities need.
    pub fn found_as_name(&self) -> Option<bool> {
        match self.origin {
            _ if !cfg!(feature = "finders") => None,
            Origin::Glossary => None,
            origin => Some(origin == Origin::Name),
        }
    }

    /// An entity a finder made: its name, kind, origin, short form and aliases, with
    /// nothing else known yet.
    pub(super) fn found(
        name: String,
        kind: Kind,
        origin: Origin,
        short: Option<String>,
        aliases: Vec<String>,
    ) -> EntityInfo {
        EntityInfo {
            id: String::new(),
            name,
            kind,
            summary: None,
            source: Source::None,
            origin,
            short,
            aliases,
            facts: Vec::new(),
            links: Vec::new(),
            image: None,
            related: Vec::new(),
            mentions: Vec::new(),
            passage: None,
        }
    }
}

/// The mentions of one run.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotatedRun {
    pub place: RunPlace,
    pub mentions: Vec<Mention>,
}

/// The engine's whole output.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub runs: Vec<AnnotatedRun>,
    pub entities: Vec<EntityInfo>,
}
