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
//!
//! This file holds the command, its options and the two passes' driver (`build`); the
//! parts are one job per file: `input.rs` reads the archive, `parallel.rs` runs a pass
//! over every core, `find.rs` and `merge.rs` are pass 1, `count.rs` pass 2, and `file.rs`
//! the site glossary file's types and the editors' overrides.

mod count;
mod file;
mod find;
mod input;
mod merge;
mod parallel;

pub use count::safe_name;
pub use file::{Archive, SiteEntity, SourceArticle};

use crate::{usage_error, Failure};
use count::{count, matcher_for, slice_entry, Slice};
use file::{apply_overrides, read_json, sort_by_id, GlossaryFile, Override};
use find::find;
use gloss_engine as engine;
use input::StdinSource;
use merge::Merger;
use parallel::{run_parallel, Progress};
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;

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
pub fn command(parser: &mut lexopt::Parser) -> Result<(String, i32), Failure> {
    use lexopt::prelude::*;
    let help = &crate::help::GLOSSARY_BUILD;
    let usage = |e| usage_error(help, e);
    let mut config = Config::default();
    let path = |parser: &mut lexopt::Parser| -> Result<PathBuf, Failure> {
        Ok(PathBuf::from(parser.value().map_err(usage)?))
    };
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return Ok((help.text(), crate::help::SUCCESS)),
            Short('o') | Long("output") => config.output = Some(path(parser)?),
            Long("update") => config.update = Some(path(parser)?),
            Long("per-article") => config.per_article = Some(path(parser)?),
            Long("overrides") => config.overrides = Some(path(parser)?),
            Long("threads") => {
                config.threads = parser.value().map_err(usage)?.parse().map_err(usage)?
            }
            Long("quiet") | Short('q') => config.quiet = true,
            Value(input) => config.inputs.push(input.string().map_err(usage)?),
            other => return Err(usage(other.unexpected())),
        }
    }
    if config.inputs.is_empty() {
        return Err(Failure::usage(
            help,
            "glossary build needs articles to read",
        ));
    }
    let built = build(&config, &mut std::io::stdin().lock())?;
    for warning in &built.warnings {
        eprintln!("gloss: {warning}");
    }
    let code = if built.failed > 0 {
        crate::help::PROBLEMS
    } else {
        crate::help::SUCCESS
    };
    match &config.output {
        Some(path) => {
            std::fs::write(path, &built.json).map_err(|e| Failure::file(path, e))?;
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
    /// Inputs with a problem, each reported on stderr: articles that could not be read,
    /// and articles whose slice would have had another's name.
    pub failed: usize,
    pub entities: usize,
    /// What the editors' overrides did not do, and why: for stderr.
    pub warnings: Vec<String>,
}

/// Builds a site glossary. `stdin` is read when an input is `-`.
pub fn build(config: &Config, stdin: &mut dyn BufRead) -> Result<Built, Failure> {
    let unreadable = |message: String| Failure {
        message,
        code: crate::help::USAGE,
    };
    let threads = if config.threads > 0 {
        config.threads
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    let overrides = match &config.overrides {
        Some(path) => {
            let (file, text) = read_json::<GlossaryFile<Override>>(path)?;
            Some((file.entities(), path.display().to_string(), text))
        }
        None => None,
    };
    let mut merger = Merger::default();
    if let Some(path) = &config.update {
        for entity in read_json::<GlossaryFile<SiteEntity>>(path)?.0.entities() {
            merger.add_existing(entity);
        }
    }
    // Standard input is read once: the first pass keeps a copy for the second.
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
    let (articles, failed) =
        find_pass(config, threads, stdin, spill.as_ref(), &mut merger).map_err(unreadable)?;

    // The glossary without its counts, overrides applied.
    let mut kept_ids: HashSet<String> = merger.existing_ids();
    let mut entities = merger.finish();
    let mut warnings = Vec::new();
    if let Some((overrides, file, text)) = &overrides {
        let changed = apply_overrides(&mut entities, overrides, (file, text), &mut warnings);
        kept_ids.extend(changed);
    }
    sort_by_id(&mut entities);

    let (counts, duplicates) =
        count_pass(config, threads, spill.as_ref(), &entities).map_err(unreadable)?;
    // An entity no article names once the glossary is finished (its only name is
    // another entity's) is dropped, unless an earlier glossary had it or an editor's
    // override changed it.
    let mut kept: Vec<SiteEntity> = Vec::with_capacity(entities.len());
    for (mut entity, seen) in entities.into_iter().zip(counts) {
        if seen.articles == 0 && !kept_ids.contains(&entity.id) {
            continue;
        }
        let archive = entity.archive.get_or_insert_with(Archive::default);
        archive.mentions += seen.mentions;
        archive.articles += seen.articles;
        archive.first_seen = earlier(archive.first_seen.take(), seen.first_seen, true);
        archive.last_seen = earlier(archive.last_seen.take(), seen.last_seen, false);
        kept.push(entity);
    }

    /// The file: an object, so that a later format can add members beside the list.
    #[derive(Serialize)]
    struct SiteGlossary<'a> {
        entities: &'a [SiteEntity],
    }
    let json = serde_json::to_string_pretty(&SiteGlossary { entities: &kept })
        .map_err(|e| unreadable(e.to_string()))?
        + "\n";
    // The output must be a glossary gloss reads: check it with gloss's own reader.
    super::json::glossary_from_json(&json)
        .map_err(|e| unreadable(format!("the built glossary does not read back: {e}")))?;
    Ok(Built {
        json,
        articles,
        failed: failed + duplicates,
        entities: kept.len(),
        warnings,
    })
}

/// Pass 1: finds each article's entities and merges them, in input order, copying
/// standard input to `spill` for pass 2. Returns the articles read and those that
/// failed (each reported on stderr).
fn find_pass(
    config: &Config,
    threads: usize,
    stdin: &mut dyn BufRead,
    spill: Option<&TempFile>,
    merger: &mut Merger,
) -> Result<(usize, usize), String> {
    let lexicon = engine::lexicon::Lexicon::new();
    let mut progress = Progress::new("finding", config.quiet);
    let mut failed = 0;
    let mut articles = 0;
    let mut spill_writer = match spill {
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
                Ok(mut findings) => {
                    if let Some(warning) = findings.warning.take() {
                        eprintln!("gloss: {warning}");
                    }
                    merger.add_article(findings)
                }
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
    progress.done(articles, merger.live_clusters());
    Ok((articles, failed))
}

/// Pass 2: matches the finished glossary in every article, counting each entity's
/// mentions and articles and the dates it was seen, and writes each article's slice, in
/// input order: an article whose slice would have an earlier one's name is reported and
/// its slice not written. Returns the counts and how many slices were left unwritten.
fn count_pass(
    config: &Config,
    threads: usize,
    spill: Option<&TempFile>,
    entities: &[SiteEntity],
) -> Result<(Vec<Archive>, usize), String> {
    let matcher = matcher_for(entities);
    let slices: Option<Vec<Value>> = config
        .per_article
        .as_ref()
        .map(|_| entities.iter().map(slice_entry).collect());
    if let Some(dir) = &config.per_article {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut counts = vec![Archive::default(); entities.len()];
    let mut progress = Progress::new("counting", config.quiet);
    let mut counted = 0;
    let mut write_error = None;
    // Each slice's name, with the input that has it.
    let mut written: HashMap<String, String> = HashMap::new();
    let mut duplicates = 0;
    let mut stdin_source = match spill {
        Some(file) => StdinSource::Spilled(&file.0),
        None => StdinSource::None,
    };
    run_parallel(
        &config.inputs,
        &mut stdin_source,
        threads,
        |input| count(&input, &matcher, slices.as_deref()),
        |result| {
            counted += 1;
            // An article that does not read was reported in the first pass already.
            let Some(seen) = result else { return };
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
            if let (Some(slice), Some(dir)) = (seen.slice, &config.per_article) {
                if let Some(first) = written.get(&slice.name) {
                    duplicates += 1;
                    eprintln!(
                        "gloss: {}: its slice {}.json is {first}'s already; not written",
                        slice.input, slice.name
                    );
                } else if let Err(message) = write_slice(dir, &slice) {
                    write_error.get_or_insert(message);
                } else {
                    written.insert(slice.name, slice.input);
                }
            }
            progress.tick(counted, entities.len());
        },
    )?;
    progress.done(counted, entities.len());
    match write_error {
        Some(message) => Err(message),
        None => Ok((counts, duplicates)),
    }
}

/// Writes one slice under `dir`.
fn write_slice(dir: &std::path::Path, slice: &Slice) -> Result<(), String> {
    let path = dir.join(slice.name.clone() + ".json");
    let write = || -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &slice.text)
    };
    write().map_err(|e| format!("{}: {e}", path.display()))
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
