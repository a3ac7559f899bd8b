//! The articles of an archive, read in a fixed order: files, directories walked lazily in
//! name order, JSON Lines files and stdin line by line (stdin copied to a spill file so the
//! second pass can read it again). Each article is handed on as an [`Input`]: its text as
//! browsers would decode it, where it is, and the name its per-article file takes.

use crate::diagnostic;
use crate::json::decode;
use gloss_model::InputError;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// One article's text, where it is, and the name its per-article file takes.
pub(super) struct Input {
    /// The name from its path; for a JSON Lines record, the fallback when the record has
    /// no `url` to be named by: the file's name and the line, `archive-7`.
    pub(super) name: String,
    pub(super) from_lines: bool,
    pub(super) text: String,
    /// The file it was read from, as given (`stdin` for standard input).
    pub(super) file: String,
    /// The line of the file it starts on: a JSON Lines record's, else 1.
    pub(super) line: usize,
}

impl Input {
    /// A problem with this input as the command line writes it, its place counted in the
    /// file it came from: `archive.jsonl:7:12: title: expected a string`.
    pub(super) fn diagnostic(&self, warning: bool, mut error: InputError) -> String {
        if let Some((line, column)) = error.position {
            error.position = Some((line + self.line - 1, column));
        }
        diagnostic(&self.file, warning, &error)
    }

    /// Where this input starts, for messages about the whole of it: `archive.jsonl:7`.
    pub(super) fn place(&self) -> String {
        if self.from_lines {
            [&self.file, ":", &self.line.to_string()].concat()
        } else {
            self.file.clone()
        }
    }
}

/// What `-` reads: stdin (copied to a spill file for the second pass), the spill file, or
/// nothing.
pub(super) enum StdinSource<'a> {
    Read {
        stdin: &'a mut dyn BufRead,
        spill: Option<&'a mut BufWriter<File>>,
    },
    Spilled(&'a Path),
    None,
}

/// Calls `each` with every article of `inputs`, in a fixed order: arguments in the
/// order given, a directory's entries sorted by name, JSON Lines line by line.
pub(super) fn each_input(
    inputs: &[String],
    stdin: &mut StdinSource,
    each: &mut dyn FnMut(Input) -> bool,
) -> Result<(), String> {
    for input in inputs {
        let keep_going = if input == "-" {
            match stdin {
                StdinSource::Read { stdin, spill } => {
                    let spill = spill.as_deref_mut();
                    read_lines(&mut **stdin, "stdin", "stdin", spill, each)?
                }
                StdinSource::Spilled(path) => {
                    let path: &Path = path;
                    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
                    read_lines(&mut BufReader::new(file), "stdin", "stdin", None, each)?
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

pub(super) fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned())
}

pub(super) fn is_lines(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// A directory, depth first, entries in name order; hidden entries are skipped.
pub(super) fn walk(
    root: &Path,
    dir: &Path,
    each: &mut dyn FnMut(Input) -> bool,
) -> Result<bool, String> {
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

pub(super) fn read_file(
    path: &Path,
    name: &str,
    each: &mut dyn FnMut(Input) -> bool,
) -> Result<bool, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if is_lines(path) {
        let file_name = path.display().to_string();
        return read_lines(&mut BufReader::new(file), &file_name, name, None, each);
    }
    let mut bytes = Vec::new();
    BufReader::new(file)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(each(Input {
        name: name.to_owned(),
        from_lines: false,
        text: decode(bytes).0,
        file: path.display().to_string(),
        line: 1,
    }))
}

/// Each line of `reader` that is not blank, as one article. `file` is where the lines
/// come from, for messages, and `name` what a record without a `url` is named after.
pub(super) fn read_lines(
    reader: &mut dyn BufRead,
    file: &str,
    name: &str,
    mut spill: Option<&mut BufWriter<File>>,
    each: &mut dyn FnMut(Input) -> bool,
) -> Result<bool, String> {
    let mut line_number = 0;
    loop {
        let mut bytes = Vec::new();
        let read = reader
            .read_until(b'\n', &mut bytes)
            .map_err(|e| format!("{file}: {e}"))?;
        if read == 0 {
            return Ok(true);
        }
        line_number += 1;
        if let Some(spill) = spill.as_deref_mut() {
            spill
                .write_all(&bytes)
                .map_err(|e| format!("spill file: {e}"))?;
        }
        let (line, _) = decode(bytes);
        if line.trim().is_empty() {
            continue;
        }
        let input = Input {
            name: format!("{name}-{line_number}"),
            from_lines: true,
            text: line,
            file: file.to_owned(),
            line: line_number,
        };
        if !each(input) {
            return Ok(false);
        }
    }
}
