//! `gloss glossary build`: a site glossary from a publisher's archive (native only).
//!
//! Two passes over the articles, each spread over every core with `std::thread::scope`:
//!
//! 1. **Find.** Each article is annotated with every finder on, and what it knows of each
//!    entity (names, aliases, short form, kind, a definition and where it stands) is
//!    merged, article by article in input order, into clusters: the same entity is
//!    recognised through its full names and long forms (strong keys), and through a
//!    short form or a person's surname (weak keys) only where that is unambiguous.
//! 2. **Count.** The finished glossary's names are matched in every article again, which
//!    counts mentions and articles, finds the first and last dates an entity was seen, and
//!    writes each article's slice of the glossary (`--per-article`).
//!
//! Memory is bounded by the glossary, not the archive: inputs are streamed (a directory
//! is walked lazily, JSON Lines read line by line, stdin kept in a temporary file for
//! the second pass), at most a few articles per thread are in flight, and the results
//! wait in input order only within that window. Output is deterministic: pass 1 merges
//! in input order whatever the thread count, pass 2 only adds, and ids and files are
//! written in sorted order.

use crate::engine::matcher::{Matcher, TokenMatch};
use crate::engine::text::{self, fold, Case};
use crate::engine::{self, Options, Source};
use crate::model::{self, Article, Kind};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// What `gloss glossary build` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Files, directories, JSON Lines files, or `-` for JSON Lines on stdin.
    pub inputs: Vec<String>,
    /// Where the site glossary goes; stdout when `None`.
    pub output: Option<PathBuf>,
    /// A site glossary to merge into: its ids are kept, its counts added to.
    pub update: Option<PathBuf>,
    /// Where each article's slice of the glossary goes.
    pub per_article: Option<PathBuf>,
    /// Editors' corrections and suppressions, applied last.
    pub overrides: Option<PathBuf>,
    /// Worker threads; every core when 0.
    pub threads: usize,
    /// No progress lines on stderr.
    pub quiet: bool,
}

/// `gloss glossary build ...`, after the words `glossary build`.
pub fn command(parser: &mut lexopt::Parser) -> Result<(String, i32), String> {
    use crate::cli::usage_error;
    use lexopt::prelude::*;
    let mut config = Config::default();
    let path = |parser: &mut lexopt::Parser| -> Result<PathBuf, String> {
        Ok(PathBuf::from(parser.value().map_err(usage_error)?))
    };
    while let Some(arg) = parser.next().map_err(usage_error)? {
        match arg {
            Short('o') | Long("output") => config.output = Some(path(parser)?),
            Long("update") => config.update = Some(path(parser)?),
            Long("per-article") => config.per_article = Some(path(parser)?),
            Long("overrides") => config.overrides = Some(path(parser)?),
            Long("threads") => {
                config.threads = parser
                    .value()
                    .map_err(usage_error)?
                    .parse()
                    .map_err(usage_error)?
            }
            Long("quiet") | Short('q') => config.quiet = true,
            Value(input) => config.inputs.push(input.string().map_err(usage_error)?),
            other => return Err(usage_error(other.unexpected())),
        }
    }
    if config.inputs.is_empty() {
        return Err(format!(
            "glossary build needs articles to read\n{}",
            crate::cli::USAGE
        ));
    }
    let built = build(&config, &mut std::io::stdin().lock())?;
    let code = if built.failed > 0 { 1 } else { 0 };
    match &config.output {
        Some(path) => {
            std::fs::write(path, &built.json).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok((String::new(), code))
        }
        None => Ok((built.json, code)),
    }
}

/// A finished build.
#[derive(Debug, Clone)]
pub struct Built {
    /// The site glossary, as JSON text.
    pub json: String,
    pub articles: usize,
    /// Articles that could not be read (each reported on stderr).
    pub failed: usize,
    pub entities: usize,
}

/// One entity of the site glossary as written. Fields gloss reads come first; `archive`
/// is what the build knows of it, which gloss ignores; anything else an editor or an
/// earlier glossary gave (facts, links, image, related, sameAs) is kept as it was.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SiteEntity {
    pub id: String,
    pub name: String,
    #[serde(default = "other_kind")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<Archive>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn other_kind() -> String {
    "other".into()
}

/// What the archive says of an entity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Archive {
    /// Where the summary was found, when it was found in an article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceArticle>,
    #[serde(default)]
    pub mentions: u64,
    #[serde(default)]
    pub articles: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
}

/// The article a summary came from, and the sentence it was taken from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceArticle {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
}

/// A site glossary file: an entity array, or an object with `entities`.
#[derive(Deserialize)]
#[serde(untagged)]
enum GlossaryFile<T> {
    List(Vec<T>),
    Object { entities: Vec<T> },
}

impl<T> GlossaryFile<T> {
    fn entities(self) -> Vec<T> {
        match self {
            GlossaryFile::List(list) | GlossaryFile::Object { entities: list } => list,
        }
    }
}

/// One editor's override: the entity it applies to (by `id`, or by a name or alias in
/// `match`), and either `"suppress": true` or the fields to set.
#[derive(Debug, Deserialize)]
struct Override {
    id: Option<String>,
    #[serde(rename = "match")]
    matches: Option<String>,
    #[serde(default)]
    suppress: bool,
    #[serde(flatten)]
    fields: Map<String, Value>,
}

/// Builds a site glossary. `stdin` is read when an input is `-`.
pub fn build(config: &Config, stdin: &mut dyn BufRead) -> Result<Built, String> {
    let threads = if config.threads > 0 {
        config.threads
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    let overrides = match &config.overrides {
        Some(path) => read_json::<GlossaryFile<Override>>(path)?.entities(),
        None => Vec::new(),
    };
    let mut merger = Merger::default();
    if let Some(path) = &config.update {
        for entity in read_json::<GlossaryFile<SiteEntity>>(path)?.entities() {
            merger.add_existing(entity);
        }
    }
    // Pass 1: find and merge, in input order.
    let spill = if config.inputs.iter().any(|i| i == "-") {
        let path = std::env::temp_dir().join(format!(
            "gloss-build-{}-{}.jsonl",
            std::process::id(),
            SPILLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        Some(TempFile(path))
    } else {
        None
    };
    let lexicon = engine::lexicon::Lexicon::new();
    let mut progress = Progress::new("finding", config.quiet);
    let mut failed = 0;
    let mut articles = 0;
    {
        let mut spill_writer = match &spill {
            Some(file) => Some(BufWriter::new(
                File::create(&file.0).map_err(|e| format!("{}: {e}", file.0.display()))?,
            )),
            None => None,
        };
        let mut stdin_source = StdinSource::Read {
            stdin,
            spill: spill_writer.as_mut(),
        };
        run_parallel(
            &config.inputs,
            &mut stdin_source,
            threads,
            |input| find(&input, &lexicon),
            |result| {
                articles += 1;
                match result {
                    Ok(findings) => merger.add_article(findings),
                    Err(message) => {
                        failed += 1;
                        eprintln!("gloss: {message}");
                    }
                }
                progress.tick(articles, merger.live_clusters());
            },
        )?;
        if let Some(mut writer) = spill_writer {
            writer.flush().map_err(|e| e.to_string())?;
        }
    }
    progress.done(articles, merger.live_clusters());

    // The glossary without its counts, overrides applied.
    let existing_ids: std::collections::HashSet<String> = merger.existing_ids();
    let mut entities = merger.finish();
    apply_overrides(&mut entities, &overrides)?;
    sort_by_id(&mut entities);

    // Pass 2: count, and write each article's slice.
    let matcher = matcher_for(&entities);
    let slices: Vec<Value> = entities.iter().map(slice_entry).collect();
    if let Some(dir) = &config.per_article {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut counts = vec![Archive::default(); entities.len()];
    let mut progress = Progress::new("counting", config.quiet);
    let mut counted = 0;
    let mut write_error = None;
    let mut stdin_source = match &spill {
        Some(file) => StdinSource::Spilled(&file.0),
        None => StdinSource::None,
    };
    run_parallel(
        &config.inputs,
        &mut stdin_source,
        threads,
        |input| count(&input, &matcher, &slices, config.per_article.as_deref()),
        |result| {
            counted += 1;
            match result {
                Ok(seen) => {
                    for (entity, mentions) in seen.entities {
                        let archive = &mut counts[entity];
                        archive.mentions += mentions as u64;
                        archive.articles += 1;
                        if let Some(date) = &seen.date {
                            if archive.first_seen.as_ref().is_none_or(|d| date < d) {
                                archive.first_seen = Some(date.clone());
                            }
                            if archive.last_seen.as_ref().is_none_or(|d| date > d) {
                                archive.last_seen = Some(date.clone());
                            }
                        }
                    }
                }
                // Reported in the first pass already; a write error stops the build.
                Err(CountError::Unreadable) => {}
                Err(CountError::Write(message)) => {
                    write_error.get_or_insert(message);
                }
            }
            progress.tick(counted, entities.len());
        },
    )?;
    progress.done(counted, entities.len());
    if let Some(message) = write_error {
        return Err(message);
    }
    // An entity no article names once the glossary is finished (its only name is
    // another entity's) is dropped, unless an earlier glossary had it.
    let mut kept = Vec::with_capacity(entities.len());
    for (entity, seen) in entities.into_iter().zip(counts) {
        if seen.articles > 0 || existing_ids.contains(&entity.id) {
            kept.push((entity, seen));
        }
    }
    let mut entities: Vec<SiteEntity> = Vec::with_capacity(kept.len());
    for (mut entity, seen) in kept {
        let archive = entity.archive.get_or_insert_with(Archive::default);
        archive.mentions += seen.mentions;
        archive.articles += seen.articles;
        archive.first_seen = earlier(archive.first_seen.take(), seen.first_seen, true);
        archive.last_seen = earlier(archive.last_seen.take(), seen.last_seen, false);
        entities.push(entity);
    }

    /// The file: an object, so that a later format can add members beside the list.
    #[derive(Serialize)]
    struct SiteGlossary<'a> {
        entities: &'a [SiteEntity],
    }
    let json = serde_json::to_string_pretty(&SiteGlossary {
        entities: &entities,
    })
    .map_err(|e| e.to_string())?
        + "\n";
    // The output must be a glossary gloss reads: check it with gloss's own reader.
    super::json::glossary_from_json(&json)
        .map_err(|e| format!("the built glossary does not read back: {e}"))?;
    Ok(Built {
        json,
        articles,
        failed,
        entities: entities.len(),
    })
}

/// The earlier (or, with `first` false, the later) of two optional dates.
fn earlier(a: Option<String>, b: Option<String>, first: bool) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if (a <= b) == first { a } else { b }),
        (a, b) => a.or(b),
    }
}

static SPILLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A temporary file, removed when dropped.
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------
// Inputs

/// One article's text and the name its per-article file takes.
struct Input {
    /// The name from its path, or, for a JSON Lines record, the fallback when the
    /// record has no `id` or `url`.
    name: String,
    from_lines: bool,
    text: String,
}

/// What `-` reads: stdin (copied to a spill file for the second pass), the spill file, or
/// nothing.
enum StdinSource<'a> {
    Read {
        stdin: &'a mut dyn BufRead,
        spill: Option<&'a mut BufWriter<File>>,
    },
    Spilled(&'a Path),
    None,
}

/// Calls `each` with every article of `inputs`, in a fixed order: arguments in the
/// order given, a directory's entries sorted by name, JSON Lines line by line.
fn each_input(
    inputs: &[String],
    stdin: &mut StdinSource,
    each: &mut dyn FnMut(Input) -> bool,
) -> Result<(), String> {
    for input in inputs {
        let keep_going = if input == "-" {
            match stdin {
                StdinSource::Read { stdin, spill } => {
                    let spill = spill.as_deref_mut();
                    read_lines(&mut **stdin, "stdin", spill, each)?
                }
                StdinSource::Spilled(path) => {
                    let path: &Path = path;
                    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
                    read_lines(&mut BufReader::new(file), "stdin", None, each)?
                }
                StdinSource::None => true,
            }
        } else {
            let path = Path::new(input);
            if path.is_dir() {
                walk(path, path, each)?
            } else {
                read_file(path, &stem(path), each)?
            }
        };
        if !keep_going {
            break;
        }
    }
    Ok(())
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned())
}

fn is_lines(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// A directory, depth first, entries in name order; hidden entries are skipped.
fn walk(root: &Path, dir: &Path, each: &mut dyn FnMut(Input) -> bool) -> Result<bool, String> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for path in entries {
        let keep_going = if path.is_dir() {
            walk(root, &path, each)?
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "jsonld" | "jsonl" | "ndjson")
        ) {
            let relative = path.strip_prefix(root).unwrap_or(&path).with_extension("");
            let name: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            read_file(&path, &name.join("/"), each)?
        } else {
            true
        };
        if !keep_going {
            return Ok(false);
        }
    }
    Ok(true)
}

fn read_file(path: &Path, name: &str, each: &mut dyn FnMut(Input) -> bool) -> Result<bool, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if is_lines(path) {
        return read_lines(&mut BufReader::new(file), name, None, each);
    }
    let mut text = String::new();
    BufReader::new(file)
        .read_to_string(&mut text)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(each(Input {
        name: name.to_owned(),
        from_lines: false,
        text,
    }))
}

fn read_lines(
    reader: &mut dyn BufRead,
    name: &str,
    mut spill: Option<&mut BufWriter<File>>,
    each: &mut dyn FnMut(Input) -> bool,
) -> Result<bool, String> {
    let mut line_number = 0;
    loop {
        let mut line = String::new();
        let read = reader
            .read_line(&mut line)
            .map_err(|e| format!("{name}: {e}"))?;
        if read == 0 {
            return Ok(true);
        }
        line_number += 1;
        if let Some(spill) = spill.as_deref_mut() {
            spill
                .write_all(line.as_bytes())
                .map_err(|e| format!("spill file: {e}"))?;
        }
        if line.trim().is_empty() {
            continue;
        }
        let input = Input {
            name: format!("{name}-{line_number}"),
            from_lines: true,
            text: line,
        };
        if !each(input) {
            return Ok(false);
        }
    }
}

/// Runs `work` on every input on `threads` threads and hands each result to `merge` in
/// input order. At most a window of inputs per thread is read ahead of the merge, so
/// memory does not grow with the archive.
fn run_parallel<R: Send>(
    inputs: &[String],
    stdin: &mut StdinSource,
    threads: usize,
    work: impl Fn(Input) -> R + Sync,
    mut merge: impl FnMut(R) + Send,
) -> Result<(), String> {
    let window = threads * 8;
    let (job_sender, job_receiver) = mpsc::sync_channel::<(usize, Input)>(threads * 2);
    let job_receiver = Mutex::new(job_receiver);
    let (result_sender, result_receiver) = mpsc::channel::<(usize, R)>();
    // How many results have been merged, for the reader to stay within the window.
    let merged = (Mutex::new(0usize), Condvar::new());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let result_sender = result_sender.clone();
            let (job_receiver, work) = (&job_receiver, &work);
            scope.spawn(move || loop {
                let job = job_receiver.lock().map(|r| r.recv());
                let Ok(Ok((seq, input))) = job else {
                    return;
                };
                if result_sender.send((seq, work(input))).is_err() {
                    return;
                }
            });
        }
        drop(result_sender);
        // The merge runs on a thread of its own, and the inputs are read on this one
        // (stdin's lock cannot move between threads).
        let merged_ref = &merged;
        let merger = scope.spawn(move || {
            let mut waiting = BTreeMap::new();
            let mut next = 0;
            for (seq, result) in result_receiver {
                waiting.insert(seq, result);
                while let Some(result) = waiting.remove(&next) {
                    merge(result);
                    next += 1;
                    let (lock, wake) = merged_ref;
                    *lock.lock().unwrap_or_else(|e| e.into_inner()) = next;
                    wake.notify_all();
                }
            }
        });
        let mut seq = 0;
        let result = each_input(inputs, stdin, &mut |input| {
            let (lock, wake) = &merged;
            let mut done = lock.lock().unwrap_or_else(|e| e.into_inner());
            while seq >= *done + window {
                done = wake.wait(done).unwrap_or_else(|e| e.into_inner());
            }
            drop(done);
            let sent = job_sender.send((seq, input)).is_ok();
            seq += 1;
            sent
        });
        drop(job_sender);
        if merger.join().is_err() {
            return Err("the merge panicked".into());
        }
        result
    })
}

/// Progress on stderr, every two seconds and at the end of a pass.
struct Progress {
    pass: &'static str,
    quiet: bool,
    started: Instant,
    last: Instant,
}

impl Progress {
    fn new(pass: &'static str, quiet: bool) -> Progress {
        let now = Instant::now();
        Progress {
            pass,
            quiet,
            started: now,
            last: now,
        }
    }

    fn tick(&mut self, articles: usize, entities: usize) {
        if !self.quiet && self.last.elapsed() >= Duration::from_secs(2) {
            self.last = Instant::now();
            self.print(articles, entities);
        }
    }

    fn done(&self, articles: usize, entities: usize) {
        if !self.quiet {
            self.print(articles, entities);
        }
    }

    fn print(&self, articles: usize, entities: usize) {
        let seconds = self.started.elapsed().as_secs_f64();
        eprintln!(
            "gloss: {}: {articles} articles in {seconds:.1} s ({:.0} a second), {entities} entities",
            self.pass,
            articles as f64 / seconds.max(1e-9)
        );
    }
}

// ---------------------------------------------------------------------------------------
// Pass 1: what each article says of its entities

/// What one article says.
struct Findings {
    title: String,
    url: Option<String>,
    published: Option<String>,
    entities: Vec<Found>,
}

/// What one article says of one entity.
struct Found {
    name: String,
    kind: Kind,
    aliases: Vec<String>,
    short: Option<String>,
    definition: Option<Definition>,
}

/// A summary, how much it is trusted, and the sentence it came from.
#[derive(Clone)]
struct Definition {
    summary: String,
    rank: u8,
    sentence: Option<String>,
}

/// Ranks of definitions: an acronym's expansion says least, then a definition the
/// engine read in an article, then one an editor wrote (an article's own glossary, or
/// a site glossary's summary with no article behind it).
const RANK_ACRONYM: u8 = 1;
const RANK_ARTICLE: u8 = 2;
const RANK_EDITOR: u8 = 3;

/// Reads an article, v1 or JSON-LD, with its URL and date.
fn read_article(input: &Input) -> Result<(Article, Value), String> {
    let json: Value =
        serde_json::from_str(&input.text).map_err(|e| format!("{}: {e}", input.name))?;
    let read = if model::schema_org::is_json_ld(&json) {
        model::schema_org::read_schema_org(&json)
    } else {
        model::read_article(&json)
    };
    let article = read.map_err(|e| format!("{}: {e}", input.name))?.value;
    Ok((article, json))
}

/// The article's URL: `url` in a v1 article (which gloss itself ignores), or the
/// JSON-LD node's `url`, `mainEntityOfPage` or `@id`.
fn article_url(json: &Value) -> Option<String> {
    let node = match json {
        Value::Object(map) => match map.get("@graph") {
            Some(Value::Array(nodes)) => nodes
                .iter()
                .find(|n| n.get("headline").is_some() || n.get("articleBody").is_some())
                .unwrap_or(json),
            _ => json,
        },
        Value::Array(nodes) => nodes.first()?,
        _ => return None,
    };
    ["url", "mainEntityOfPage", "@id"]
        .iter()
        .find_map(|key| match node.get(key)? {
            Value::String(url) => Some(url.clone()),
            Value::Object(page) => page.get("@id")?.as_str().map(str::to_owned),
            _ => None,
        })
}

/// The day an article was published (or updated), as `YYYY-MM-DD`.
fn article_date(article: &Article) -> Option<String> {
    let date = article.published.as_ref().or(article.updated.as_ref())?;
    Some(date.get(..10).unwrap_or(date).to_owned())
}

fn find(input: &Input, lexicon: &engine::lexicon::Lexicon) -> Result<Findings, String> {
    let (article, json) = read_article(input)?;
    let annotation = engine::annotate_with_lexicon(&article, &Options::default(), lexicon);
    let entities = annotation
        .entities
        .into_iter()
        .filter(|e| !e.mentions.is_empty())
        .map(|e| {
            let definition = e.summary.map(|summary| {
                let (rank, sentence) = match e.source {
                    Source::Article { sentence, .. } => (RANK_ARTICLE, Some(sentence)),
                    Source::Acronym => (RANK_ACRONYM, None),
                    Source::Glossary | Source::None => (RANK_EDITOR, None),
                };
                Definition {
                    summary,
                    rank,
                    sentence,
                }
            });
            Found {
                name: e.name,
                kind: e.kind,
                aliases: e.aliases,
                short: e.short,
                definition,
            }
        })
        .collect();
    Ok(Findings {
        url: article_url(&json),
        published: article_date(&article),
        title: article.title,
        entities,
    })
}

// ---------------------------------------------------------------------------------------
// Merging entities across the archive

/// How a name identifies an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    /// A full name or long form: names it alone.
    Strong(String),
    /// A short form or a person's surname: names it only while no other entity shares it.
    Weak(String),
}

/// The key of one name of an entity of kind `kind`.
fn key(name: &str, kind: Kind) -> Option<Key> {
    let tokens = text::tokenize(name);
    let words: Vec<&text::Token> = tokens.iter().filter(|t| t.is_word()).collect();
    let folded = fold(name.trim());
    if words.is_empty() || folded.is_empty() {
        return None;
    }
    if words.len() == 1 && words[0].case == Case::AllCaps {
        return Some(Key::Weak(folded));
    }
    if kind == Kind::Person && words.len() == 1 {
        return Some(Key::Weak(["~", &folded].concat()));
    }
    Some(Key::Strong(folded))
}

/// The surname key of a person's full name: `~` and the last word.
fn surname_key(name: &str) -> Option<Key> {
    let tokens = text::tokenize(name);
    let words: Vec<&text::Token> = tokens.iter().filter(|t| t.is_word()).collect();
    if words.len() < 2 {
        return None;
    }
    Some(Key::Weak(["~", &fold(words.last()?.text(name))].concat()))
}

/// A weak key's owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    One(usize),
    Shared,
}

/// An entity as the archive knows it so far.
#[derive(Default)]
struct Cluster {
    /// Names with how many articles used each, in the order first seen; short forms
    /// are marked, so that a long form is preferred as the name.
    names: Vec<(String, u32, bool)>,
    /// Whether any name is a full name or long form.
    has_long_name: bool,
    kind_votes: [u32; 7],
    /// Every other name, folded for uniqueness.
    aliases: Vec<(String, String)>,
    definition: Option<(Definition, SourceArticle)>,
    /// From a glossary given with `--update`: its id, counts and other fields.
    existing: Option<SiteEntity>,
}

/// The longest alias list an entity keeps: enough for every spelling a newsroom uses.
const MAX_ALIASES: usize = 16;
/// The most names an entity keeps votes for.
const MAX_NAMES: usize = 8;

#[derive(Default)]
struct Merger {
    clusters: Vec<Cluster>,
    /// Union-find parents: a merged cluster points to the one it joined.
    parent: Vec<usize>,
    strong: HashMap<String, usize>,
    weak: HashMap<String, Owner>,
}

impl Merger {
    fn root(&mut self, mut at: usize) -> usize {
        while self.parent[at] != at {
            self.parent[at] = self.parent[self.parent[at]];
            at = self.parent[at];
        }
        at
    }

    fn live_clusters(&self) -> usize {
        self.parent
            .iter()
            .enumerate()
            .filter(|(i, p)| i == *p)
            .count()
    }

    fn new_cluster(&mut self) -> usize {
        self.clusters.push(Cluster::default());
        self.parent.push(self.clusters.len() - 1);
        self.clusters.len() - 1
    }

    /// Joins cluster `from` into `into` (both roots).
    fn union(&mut self, into: usize, from: usize) {
        if into == from {
            return;
        }
        let from_cluster = std::mem::take(&mut self.clusters[from]);
        self.parent[from] = into;
        let target = &mut self.clusters[into];
        for (name, votes, short) in from_cluster.names {
            target.add_name(&name, votes, short);
        }
        target.has_long_name |= from_cluster.has_long_name;
        for (vote, add) in target.kind_votes.iter_mut().zip(from_cluster.kind_votes) {
            *vote += add;
        }
        for (alias, _) in from_cluster.aliases {
            target.add_alias(&alias);
        }
        if let Some((definition, source)) = from_cluster.definition {
            target.offer_definition(definition, source);
        }
        if target.existing.is_none() {
            target.existing = from_cluster.existing;
        }
    }

    /// The cluster for an entity with these keys, creating or joining clusters as the
    /// keys say.
    fn place(&mut self, keys: &[Key], short_only: bool) -> usize {
        let mut roots: Vec<usize> = Vec::new();
        for key in keys {
            if let Key::Strong(key) = key {
                if let Some(&at) = self.strong.get(key) {
                    let root = self.root(at);
                    if !roots.contains(&root) {
                        roots.push(root);
                    }
                }
            }
        }
        if roots.is_empty() {
            // Through a weak key, only to one entity, and only when one side is known by
            // a short form or surname alone: "WWO" joins the World Weather Office, but
            // the World Wildlife Organisation does not.
            let mut candidates: Vec<usize> = Vec::new();
            for key in keys {
                if let Key::Weak(key) = key {
                    if let Some(&Owner::One(at)) = self.weak.get(key) {
                        let root = self.root(at);
                        if !candidates.contains(&root) {
                            candidates.push(root);
                        }
                    }
                }
            }
            // A one-word name of a person that is the full name of something else
            // ("Orlanza" the place) is that thing.
            for key in keys {
                if let Key::Weak(key) = key {
                    if let Some(&at) = key.strip_prefix('~').and_then(|k| self.strong.get(k)) {
                        let root = self.root(at);
                        if !candidates.contains(&root) {
                            candidates.push(root);
                        }
                    }
                }
            }
            if let [candidate] = candidates[..] {
                if short_only || !self.clusters[candidate].has_long_name {
                    roots.push(candidate);
                }
            }
        }
        roots.sort_unstable();
        let target = match roots.first() {
            Some(&first) => first,
            None => self.new_cluster(),
        };
        for &other in roots.iter().skip(1) {
            self.union(target, other);
        }
        for key in keys {
            match key {
                Key::Strong(key) => {
                    self.strong.entry(key.clone()).or_insert(target);
                }
                Key::Weak(key) => {
                    let owner = self.weak.get(key).copied();
                    let shared = match owner {
                        None => Owner::One(target),
                        Some(Owner::One(at)) if self.root(at) == target => Owner::One(target),
                        Some(_) => Owner::Shared,
                    };
                    self.weak.insert(key.clone(), shared);
                }
            }
        }
        target
    }

    fn add_existing(&mut self, entity: SiteEntity) {
        let kind = Kind::parse(&entity.kind).unwrap_or_default();
        let names: Vec<String> = std::iter::once(entity.name.clone())
            .chain(entity.aliases.iter().cloned())
            .collect();
        let keys = keys_of(&names, kind, None);
        let short_only = keys.iter().all(|k| matches!(k, Key::Weak(_)));
        let at = self.place(&keys, short_only);
        let cluster = &mut self.clusters[at];
        cluster.add_name(&entity.name, 1, short_only);
        cluster.has_long_name |= !short_only;
        cluster.kind_votes[kind_index(kind)] += 1;
        for alias in &entity.aliases {
            cluster.add_alias(alias);
        }
        if let Some(summary) = &entity.summary {
            let source = entity.archive.as_ref().and_then(|a| a.source.clone());
            let rank = if source.is_some() {
                RANK_ARTICLE
            } else {
                RANK_EDITOR
            };
            let definition = Definition {
                summary: summary.clone(),
                rank,
                sentence: source.as_ref().and_then(|s| s.sentence.clone()),
            };
            cluster.offer_definition(definition, source.unwrap_or_default());
        }
        if cluster.existing.is_none() {
            cluster.existing = Some(entity);
        }
    }

    fn add_article(&mut self, findings: Findings) {
        for found in findings.entities {
            let names: Vec<String> = std::iter::once(found.name.clone())
                .chain(found.aliases.iter().cloned())
                .collect();
            let keys = keys_of(&names, found.kind, found.short.as_deref());
            let short_only = keys.iter().all(|k| matches!(k, Key::Weak(_)));
            let at = self.place(&keys, short_only);
            let cluster = &mut self.clusters[at];
            let name_is_short = matches!(key(&found.name, found.kind), Some(Key::Weak(_)));
            cluster.add_name(&found.name, 1, name_is_short);
            cluster.has_long_name |= !name_is_short;
            cluster.kind_votes[kind_index(found.kind)] += 1;
            for alias in found.aliases.iter().chain(found.short.as_ref()) {
                cluster.add_alias(alias);
            }
            if let Some(definition) = found.definition {
                let source = SourceArticle {
                    title: findings.title.clone(),
                    url: findings.url.clone(),
                    published: findings.published.clone(),
                    sentence: definition.sentence.clone(),
                };
                cluster.offer_definition(definition, source);
            }
        }
    }

    /// The ids of the entities that came from an earlier glossary.
    fn existing_ids(&self) -> std::collections::HashSet<String> {
        self.clusters
            .iter()
            .filter_map(|c| c.existing.as_ref().map(|e| e.id.clone()))
            .collect()
    }

    /// The glossary's entities, without counts, ids given.
    fn finish(mut self) -> Vec<SiteEntity> {
        let roots: Vec<usize> = (0..self.clusters.len())
            .filter(|&i| self.parent[i] == i)
            .collect();
        let mut used: crate::StringMap = crate::StringMap::default();
        for &at in &roots {
            if let Some(existing) = &self.clusters[at].existing {
                used.insert(existing.id.clone(), 0);
            }
        }
        let mut entities = Vec::with_capacity(roots.len());
        for at in roots {
            let cluster = std::mem::take(&mut self.clusters[at]);
            entities.push(cluster.into_entity(&mut used));
        }
        entities
    }
}

/// The keys of an entity's names: each name's own, a person's surname, and the short
/// form's.
fn keys_of(names: &[String], kind: Kind, short: Option<&str>) -> Vec<Key> {
    let mut keys: Vec<Key> = Vec::new();
    let mut push = |key: Option<Key>| {
        if let Some(key) = key {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    };
    for name in names {
        push(key(name, kind));
        if kind == Kind::Person {
            push(surname_key(name));
        }
    }
    if let Some(short) = short {
        push(Some(Key::Weak(fold(short))));
    }
    keys
}

fn kind_index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|&k| k == kind).unwrap_or(6)
}

impl Cluster {
    fn add_name(&mut self, name: &str, votes: u32, short: bool) {
        if let Some(entry) = self.names.iter_mut().find(|(n, _, _)| n == name) {
            entry.1 += votes;
        } else if self.names.len() < MAX_NAMES {
            self.names.push((name.to_owned(), votes, short));
        }
    }

    fn add_alias(&mut self, alias: &str) {
        let folded = fold(alias);
        if self.aliases.len() < MAX_ALIASES && !self.aliases.iter().any(|(_, f)| *f == folded) {
            self.aliases.push((alias.to_owned(), folded));
        }
    }

    /// Keeps the better definition: a higher rank, or the first seen of equal rank.
    fn offer_definition(&mut self, definition: Definition, source: SourceArticle) {
        if self
            .definition
            .as_ref()
            .is_none_or(|(kept, _)| definition.rank > kept.rank)
        {
            self.definition = Some((definition, source));
        }
    }

    fn into_entity(self, used: &mut crate::StringMap) -> SiteEntity {
        // The name most articles used, a long form before a short one, the first seen
        // on a tie.
        let mut best: Option<&(String, u32, bool)> = None;
        for entry in &self.names {
            let better =
                best.is_none_or(|b| (b.2 && !entry.2) || (b.2 == entry.2 && entry.1 > b.1));
            if better {
                best = Some(entry);
            }
        }
        let name = best.map_or_else(String::new, |b| b.0.clone());
        let mut kind_at = 6;
        for (index, &votes) in self.kind_votes.iter().enumerate() {
            if votes > self.kind_votes[kind_at]
                || (votes == self.kind_votes[kind_at] && votes > 0 && index < kind_at)
            {
                kind_at = index;
            }
        }
        let folded_name = fold(&name);
        let mut aliases: Vec<String> = self
            .aliases
            .into_iter()
            .filter(|(_, f)| *f != folded_name)
            .map(|(a, _)| a)
            .collect();
        for (other, _, _) in &self.names {
            if fold(other) != folded_name && !aliases.iter().any(|a| fold(a) == fold(other)) {
                aliases.push(other.clone());
            }
        }
        aliases.truncate(MAX_ALIASES);
        let (summary, source) = match self.definition {
            Some((definition, source))
                if definition.rank >= RANK_ARTICLE && !source.title.is_empty() =>
            {
                (Some(definition.summary), Some(source))
            }
            Some((definition, _)) => (Some(definition.summary), None),
            None => (None, None),
        };
        match self.existing {
            Some(mut existing) => {
                existing.name = name;
                existing.kind = Kind::ALL[kind_at].as_str().to_owned();
                existing.aliases = aliases;
                let archive = existing.archive.get_or_insert_with(Archive::default);
                if source.is_some() {
                    archive.source = source;
                }
                existing.summary = summary;
                existing
            }
            None => SiteEntity {
                id: new_id(&name, used),
                name,
                kind: Kind::ALL[kind_at].as_str().to_owned(),
                aliases,
                summary,
                archive: Some(Archive {
                    source,
                    ..Archive::default()
                }),
                extra: Map::new(),
            },
        }
    }
}

/// A readable id from a name ("Fox Hunt" → "fox-hunt"), unique among `used`.
fn new_id(name: &str, used: &mut crate::StringMap) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let base = match slug.trim_end_matches('-') {
        "" => "entity".to_owned(),
        slug => slug.to_owned(),
    };
    let mut id = base.clone();
    let mut n = 2;
    while used.insert(id.clone(), 0).is_some() {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Applies editors' overrides: an entry found by `id` (or by a name or alias in `match`)
/// is removed when suppressed, or has the given fields replaced.
fn apply_overrides(entities: &mut Vec<SiteEntity>, overrides: &[Override]) -> Result<(), String> {
    for (index, change) in overrides.iter().enumerate() {
        let position = match (&change.id, &change.matches) {
            (Some(id), _) => entities.iter().position(|e| e.id == *id),
            (None, Some(name)) => {
                let folded = fold(name);
                entities.iter().position(|e| {
                    fold(&e.name) == folded || e.aliases.iter().any(|a| fold(a) == folded)
                })
            }
            (None, None) => {
                return Err(format!(
                    "overrides: entities[{index}]: needs an \"id\" or a \"match\""
                ))
            }
        };
        let Some(position) = position else {
            eprintln!(
                "gloss: warning: overrides: entities[{index}]: no entity {}",
                change
                    .id
                    .as_deref()
                    .or(change.matches.as_deref())
                    .unwrap_or("")
            );
            continue;
        };
        if change.suppress {
            entities.remove(position);
            continue;
        }
        let mut object = match serde_json::to_value(&entities[position]) {
            Ok(Value::Object(object)) => object,
            _ => continue,
        };
        for (field, value) in &change.fields {
            object.insert(field.clone(), value.clone());
        }
        entities[position] = serde_json::from_value(Value::Object(object))
            .map_err(|e| format!("overrides: entities[{index}]: {e}"))?;
    }
    Ok(())
}

fn sort_by_id(entities: &mut [SiteEntity]) {
    entities.sort_by(|a, b| a.id.cmp(&b.id));
}

// ---------------------------------------------------------------------------------------
// Pass 2: counting, and each article's slice

/// A matcher for every name and alias of the glossary, as the engine matches a glossary.
fn matcher_for(entities: &[SiteEntity]) -> Matcher {
    let names: usize = entities.iter().map(|e| 1 + e.aliases.len()).sum();
    let mut matcher = Matcher::with_capacity(names);
    for (index, entity) in entities.iter().enumerate() {
        let plural = entity.kind == "concept";
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            matcher.add(name, index, plural);
        }
    }
    matcher
}

/// An entity as a per-article file gives it: what a card needs, without `archive`.
fn slice_entry(entity: &SiteEntity) -> Value {
    let mut slim = entity.clone();
    slim.archive = None;
    serde_json::to_value(slim).unwrap_or(Value::Null)
}

/// The entities an article mentions, with their mention counts, and its date.
struct Seen {
    entities: Vec<(usize, u32)>,
    date: Option<String>,
}

enum CountError {
    Unreadable,
    Write(String),
}

fn count(
    input: &Input,
    matcher: &Matcher,
    slices: &[Value],
    per_article: Option<&Path>,
) -> Result<Seen, CountError> {
    let (article, json) = read_article(input).map_err(|_| CountError::Unreadable)?;
    let mut counts: BTreeMap<usize, u32> = BTreeMap::new();
    let mut tokens = Vec::new();
    let mut matches: Vec<TokenMatch> = Vec::new();
    for run in engine::article_runs(&article) {
        text::tokenize_into(run.text, &mut tokens);
        let title_case = engine::is_title_case(run.text, &tokens);
        matcher.find_into(run.text, &tokens, title_case, &mut matches);
        for m in &matches {
            *counts.entry(m.entity).or_default() += 1;
        }
    }
    if let Some(dir) = per_article {
        let name = if input.from_lines {
            json.get("id")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .or_else(|| article_url(&json).map(|url| url_name(&url)))
                .unwrap_or_else(|| input.name.clone())
        } else {
            input.name.clone()
        };
        let path = dir.join(safe_name(&name) + ".json");
        let slice: Vec<&Value> = counts.keys().filter_map(|&e| slices.get(e)).collect();
        let write = || -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let mut text = serde_json::to_string(&slice)?;
            text.push('\n');
            std::fs::write(&path, text)
        };
        write().map_err(|e| CountError::Write(format!("{}: {e}", path.display())))?;
    }
    Ok(Seen {
        entities: counts.into_iter().collect(),
        date: article_date(&article),
    })
}

/// A file name from a URL's path: `https://example.org/2024/05/story` → `2024/05/story`.
fn url_name(url: &str) -> String {
    let path = url.split_once("://").map_or(url, |(_, rest)| {
        rest.split_once('/').map_or("", |(_, path)| path)
    });
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = path.trim_matches('/');
    let path = path.strip_suffix(".html").unwrap_or(path);
    if path.is_empty() {
        "index".into()
    } else {
        path.into()
    }
}

/// A relative path that stays inside the per-article directory: letters, digits, `.`,
/// `_`, `-` and `/`, no empty, `.` or `..` segment.
pub fn safe_name(name: &str) -> String {
    let segments: Vec<String> = name
        .split('/')
        .map(|segment| {
            segment
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || matches!(c, '.' | '_' | '-') {
                        c
                    } else {
                        '-'
                    }
                })
                .collect::<String>()
        })
        .filter(|s| !s.is_empty() && s.chars().any(|c| c != '.'))
        .collect();
    if segments.is_empty() {
        "article".into()
    } else {
        segments.join("/")
    }
}
