//! The command line, as a library function so that tests can call it.
//!
//! - `gloss annotate ARTICLE [--glossary G]... [FINDERS]` prints the entity table and
//!   every mention as JSON ([`annotate`]);
//! - `gloss check ARTICLE [--glossary G]...` lists problems, unused glossary entries and
//!   undefined acronyms ([`check`]);
//! - `gloss render ARTICLE [--glossary G]... [FINDERS]` writes the reading view as static
//!   HTML that the loader brings to life ([`render`]);
//! - `gloss glossary build ARTICLES... [OPTIONS]` builds a site glossary from an archive
//!   ([`site_glossary`]);
//! - `gloss glossary article ARTICLE [--glossary G]... [-o FILE]` writes an article's
//!   complete glossary, for a page with no finders, and `gloss glossary article PAGE
//!   --select SELECTOR ...` that of the article an HTML page enhances ([`publish`],
//!   [`page`]);
//! - `gloss --help`, `gloss help [COMMAND]`, `gloss COMMAND --help` and `gloss --version`
//!   print on stdout and succeed ([`help`]).
//!
//! Arguments are parsed with `lexopt`, which knows `--name value`, `--name=value` and `-o
//! value`, and stops at `--`. Exit statuses are [`help::SUCCESS`], [`help::PROBLEMS`] and
//! [`help::USAGE`]; problems are written `FILE:LINE:COLUMN: PATH: MESSAGE`
//! ([`diagnostic`]).

pub mod annotate;
mod check;
mod dates;
pub mod help;
pub mod json;
pub mod page;
pub mod publish;
pub mod render;
pub mod site_glossary;

use gloss_engine::{self as engine, Options};
use gloss_model::{Article, Entity, InputError};
use help::Help;
use lexopt::prelude::*;
use std::ffi::OsString;
use std::io::Write;

pub use annotate::annotation_json;

/// Why a command stopped: the message for stderr and the exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub code: i32,
}

impl Failure {
    /// A usage error, which ends with the command's usage and where to read more.
    pub fn usage(help: &Help, message: impl Into<String>) -> Failure {
        Failure {
            message: message.into() + &help.hint(),
            code: help::USAGE,
        }
    }

    /// A file that cannot be read or written.
    pub fn file(path: &std::path::Path, error: std::io::Error) -> Failure {
        Failure {
            message: [&path.display().to_string(), ": ", &error.to_string()].concat(),
            code: help::USAGE,
        }
    }

    /// Input that does not read, with its place.
    pub fn input(file: &str, error: &InputError) -> Failure {
        Failure {
            message: diagnostic(file, false, error),
            code: help::PROBLEMS,
        }
    }
}

/// Turns a `lexopt` error into a usage error of the command whose help is `help`.
pub(crate) fn usage_error(help: &Help, error: lexopt::Error) -> Failure {
    let message = match error {
        lexopt::Error::MissingValue {
            option: Some(option),
        } => [&option, " needs a value"].concat(),
        lexopt::Error::UnexpectedOption(option) => ["unknown option ", &option].concat(),
        lexopt::Error::UnexpectedArgument(value) => {
            ["unexpected argument ", &value.to_string_lossy()].concat()
        }
        other => other.to_string(),
    };
    Failure::usage(help, message)
}

/// Runs one command and returns the process exit status: what it prints goes to stdout
/// (a reader that closed the pipe early, as `head` does, is no error), a failure to
/// stderr after `gloss: `.
pub fn run<I>(args: I) -> i32
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    match execute(args) {
        Ok((output, code)) => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(output.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("gloss: stdout: {error}");
                    help::USAGE
                }
                _ => code,
            }
        }
        Err(failure) => {
            eprintln!("gloss: {}", failure.message);
            failure.code
        }
    }
}

/// Runs a command and returns what it prints on stdout and its exit status.
pub fn execute<I>(args: I) -> Result<(String, i32), Failure>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let main = &help::MAIN;
    let mut parser = lexopt::Parser::from_args(args);
    let command = match parser.next().map_err(|e| usage_error(main, e))? {
        None => return Err(Failure::usage(main, "a command is needed")),
        Some(Short('h') | Long("help")) => return Ok((main.text(), help::SUCCESS)),
        Some(Short('V') | Long("version")) => return Ok((help::version(), help::SUCCESS)),
        Some(Value(command)) => command.string().map_err(|e| usage_error(main, e))?,
        Some(other) => return Err(usage_error(main, other.unexpected())),
    };
    match command.as_str() {
        "help" => help_command(&mut parser),
        "glossary" => {
            let glossary = &help::GLOSSARY_BUILD;
            match parser.next().map_err(|e| usage_error(glossary, e))? {
                Some(Value(sub)) if sub == "build" => site_glossary::command(&mut parser),
                Some(Value(sub)) if sub == "article" => publish::command(&mut parser),
                Some(Short('h') | Long("help")) => Ok((glossary.text(), help::SUCCESS)),
                Some(Value(sub)) if sub == "help" => Ok((glossary.text(), help::SUCCESS)),
                Some(Value(sub)) => Err(Failure::usage(
                    glossary,
                    ["unknown command glossary ", &sub.to_string_lossy()].concat(),
                )),
                Some(other) => Err(usage_error(glossary, other.unexpected())),
                None => Err(Failure::usage(
                    glossary,
                    "glossary needs a command: build or article",
                )),
            }
        }
        "annotate" | "check" | "render" => article_command(&command, &mut parser),
        _ => Err(Failure::usage(
            main,
            ["unknown command ", &command].concat(),
        )),
    }
}

/// `gloss help [COMMAND]`.
fn help_command(parser: &mut lexopt::Parser) -> Result<(String, i32), Failure> {
    let mut words = Vec::new();
    while let Some(arg) = parser.next().map_err(|e| usage_error(&help::MAIN, e))? {
        match arg {
            Value(word) => words.push(word.to_string_lossy().into_owned()),
            other => return Err(usage_error(&help::MAIN, other.unexpected())),
        }
    }
    let mut command = words.join(" ");
    if command == "glossary" {
        command.push_str(" build");
    }
    match Help::of(&command) {
        Some(help) => Ok((help.text(), help::SUCCESS)),
        None => Err(Failure::usage(
            &help::MAIN,
            ["no help for ", &command, ": there is no such command"].concat(),
        )),
    }
}

/// `annotate`, `check` and `render`: one article, glossaries, and for two of them the
/// finders.
fn article_command(command: &str, parser: &mut lexopt::Parser) -> Result<(String, i32), Failure> {
    let help = Help::of(command).unwrap_or(&help::MAIN);
    let usage = |e| usage_error(help, e);
    let mut file = None;
    let mut glossaries = Vec::new();
    let mut options = Options::default();
    let finders = command != "check";
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return Ok((help.text(), help::SUCCESS)),
            Long("glossary") => {
                glossaries.push(parser.value().map_err(usage)?.string().map_err(usage)?)
            }
            Long("no-auto") if finders => options = Options::glossary_only(),
            Long("no-acronyms") if finders => options.acronyms = false,
            Long("no-names") if finders => options.names = false,
            Long("no-people") if finders => options.people = false,
            Long("no-context") if finders => options.context = false,
            Value(value) if file.is_none() => file = Some(value.string().map_err(usage)?),
            other => return Err(usage(other.unexpected())),
        }
    }
    let file = file.ok_or_else(|| Failure::usage(help, [command, " needs an article"].concat()))?;
    match command {
        "annotate" => {
            let (article, glossary) = load(&file, &glossaries)?;
            let annotation = engine::annotate(&article, &glossary, &options);
            let json = annotation_json(&article, &annotation);
            Ok((pretty(&json), help::SUCCESS))
        }
        "render" => {
            let (article, glossary) = load(&file, &glossaries)?;
            Ok((render::render(&article, &glossary, &options), help::SUCCESS))
        }
        _ => check::check(&file, &glossaries),
    }
}

/// A JSON file's text as browsers read it ([`json::decode`]), with a warning for each
/// place where it is not as written: bytes that are not UTF-8, lone surrogate escapes.
pub(crate) fn read_json_text(path: &str) -> Result<(String, Vec<InputError>), Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure::file(path.as_ref(), e))?;
    let (text, mut warnings) = json::decode(bytes);
    warnings.extend(json::lone_surrogate_warnings(&text));
    Ok((text, warnings))
}

/// Reads an article and the site glossaries, each warning on stderr with its place.
pub(crate) fn load(file: &str, glossaries: &[String]) -> Result<(Article, Vec<Entity>), Failure> {
    let (text, warnings) = read_json_text(file)?;
    warn(file, &warnings);
    let article = json::article_from_json(&text).map_err(|e| Failure::input(file, &e))?;
    warn(file, &article.warnings);
    Ok((article.value, load_glossaries(glossaries)?))
}

/// Reads the site glossaries, in order, each warning on stderr with its place.
pub(crate) fn load_glossaries(glossaries: &[String]) -> Result<Vec<Entity>, Failure> {
    let mut entities = Vec::new();
    for path in glossaries {
        let (text, warnings) = read_json_text(path)?;
        warn(path, &warnings);
        let glossary = json::glossary_from_json(&text).map_err(|e| Failure::input(path, &e))?;
        warn(path, &glossary.warnings);
        entities.extend(glossary.value);
    }
    Ok(entities)
}

pub(crate) fn warn(file: &str, warnings: &[InputError]) {
    for warning in warnings {
        eprintln!("gloss: {}", diagnostic(file, true, warning));
    }
}

pub(crate) fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// One problem as the command line writes it, `FILE:LINE:COLUMN: PATH: MESSAGE` (with
/// `warning: ` before the path for a warning): the form compilers use, which editors and
/// terminals turn into a link to the place. The place is left out when it is not known,
/// the path when the text is not JSON.
pub fn diagnostic(file: &str, warning: bool, error: &InputError) -> String {
    let mut out = String::from(file);
    if let Some((line, column)) = error.position {
        out.push_str(&format!(":{line}:{column}"));
    }
    out.push_str(": ");
    if warning {
        out.push_str("warning: ");
    }
    if !error.path.is_empty() {
        out.push_str(&error.path);
        out.push_str(": ");
    }
    out.push_str(&error.message);
    out
}
