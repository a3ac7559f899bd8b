//! The articles of an archive, read in a fixed order: files, directories walked lazily in
//! name order, JSON Lines files and stdin line by line (stdin copied to a spill file so the
//! second pass can read it again). Each article is handed on as an [`Input`], its text
//! and the name its per-article file takes.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// One article's text and the name its per-article file takes.
pub(super) struct Input {
    /// The name from its path, or, for a JSON Lines record, the fallback when the
    /// record has no `id` or `url`.
    pub(super) name: String,
    pub(super) from_lines: bool,
    pub(super) text: String,
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

pub(super) fn read_lines(
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
