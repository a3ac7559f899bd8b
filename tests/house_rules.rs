//! The rules of ARCHITECTURE.md that Cargo cannot check by itself, checked on the source:
//!
//! - each crate depends on exactly the crates its layer may use, as `cargo metadata`
//!   resolves the manifests (Cargo then refuses any import across a layer the wrong way,
//!   but only as long as nobody adds a dependency);
//! - no code of gloss parses a string as HTML, in Rust or in the loader, but the command
//!   line's reader of a page's text;
//! - no source file is over 500 lines, and no function over 100 lines unless its comment
//!   says why with "Long by design:".
//!
//! Each failure names the file, the line and the rule.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every crate of the workspace, with the dependencies (gloss's own and others) its
/// layer may have, lowest layer first. Native-only and wasm-only dependencies count
/// alike; dev-dependencies are the tests' business.
const EDGES: &[(&str, &[&str])] = &[
    ("crates/base", &[]),
    ("crates/model", &["gloss-base"]),
    ("crates/engine", &["gloss-base", "gloss-model"]),
    ("crates/cards", &[]),
    (
        "crates/view",
        &["gloss-base", "gloss-model", "gloss-engine", "gloss-cards"],
    ),
    (
        "crates/cli",
        &[
            "gloss-base",
            "gloss-model",
            "gloss-engine",
            "gloss-view",
            "serde_json",
            "serde",
            "lexopt",
            "scraper",
        ],
    ),
    (
        ".",
        &[
            "gloss-base",
            "gloss-model",
            "gloss-engine",
            "gloss-cards",
            "gloss-view",
            "wasm-bindgen",
            "js-sys",
            "web-sys",
            "talc",
        ],
    ),
];

/// Every package of the workspace with the packages it depends on (normal and build
/// dependencies, for any target; dev-dependencies are the tests' business), as Cargo
/// itself resolves the manifests: tables, inherited entries, renames and all.
fn resolved_edges() -> Vec<(String, Vec<String>)> {
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata failed");
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let mut edges = Vec::new();
    for package in metadata["packages"].as_array().expect("a package list") {
        let manifest = package["manifest_path"].as_str().expect("a manifest path");
        let folder = Path::new(manifest)
            .parent()
            .and_then(|folder| folder.strip_prefix(root()).ok())
            .expect("a member under the repository")
            .to_string_lossy()
            .replace('\\', "/");
        let folder = if folder.is_empty() {
            ".".into()
        } else {
            folder
        };
        let mut names: Vec<String> = package["dependencies"]
            .as_array()
            .expect("a dependency list")
            .iter()
            .filter(|d| d["kind"].as_str() != Some("dev"))
            .map(|d| d["name"].as_str().expect("a package name").to_owned())
            .collect();
        names.sort();
        names.dedup();
        edges.push((folder, names));
    }
    edges
}

#[test]
fn each_crate_depends_on_exactly_what_its_layer_may_use() {
    let mut report = Vec::new();
    let edges = resolved_edges();
    for (folder, found) in &edges {
        let Some((_, allowed)) = EDGES.iter().find(|(path, _)| path == folder) else {
            report.push(format!(
                "{folder}: a crate this test does not know; add its edges"
            ));
            continue;
        };
        let mut expected: Vec<String> = allowed.iter().map(|d| d.to_string()).collect();
        expected.sort();
        if *found != expected {
            report.push(format!(
                "{folder}/Cargo.toml: depends on {found:?}, its layer allows {expected:?}"
            ));
        }
    }
    for (path, _) in EDGES {
        if !edges.iter().any(|(folder, _)| folder == path) {
            report.push(format!("{path}: in the table but not in the workspace"));
        }
    }
    assert!(report.is_empty(), "layering broken:\n{}", report.join("\n"));
}

/// Every file under `dir` whose name ends with one of `endings`, skipping built and
/// installed folders.
fn files(dir: &Path, endings: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("a folder entry").path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            if !matches!(name.as_ref(), "target" | "node_modules" | "pkg" | "corpus") {
                files(&path, endings, out);
            }
        } else if endings.iter().any(|ending| name.ends_with(ending)) {
            out.push(path);
        }
    }
}

/// The project's own code: Rust, the loader and pages' JavaScript, TypeScript and CSS.
fn source_files() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    for dir in [
        "src",
        "crates",
        "tests",
        "bench",
        "fuzz/fuzz_targets",
        "www",
        "scripts",
    ] {
        files(
            &root().join(dir),
            &[".rs", ".mjs", ".js", ".ts", ".css"],
            &mut paths,
        );
    }
    paths.sort();
    assert!(paths.len() > 50, "the source tree was not found");
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(root())
                .expect("under the repository")
                .to_string_lossy()
                .replace('\\', "/");
            (name, fs::read_to_string(&path).expect("a readable file"))
        })
        .collect()
}

/// APIs that parse a string as HTML, in the loader's spelling and in web-sys's.
const HTML_PARSERS: &[&str] = &[
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "createContextualFragment",
    "DOMParser",
    "parseFromString",
    "document.write",
    "srcdoc",
    "setHTML",
    "parseHTMLUnsafe",
    "set_inner_html",
    "set_outer_html",
    "insert_adjacent_html",
    "create_contextual_fragment",
    "DomParser",
    "parse_from_string",
    "set_srcdoc",
    "set_html",
    "Html::parse",
    "html5ever::",
];

/// The one place that parses HTML, and what with: the command line's reading of a page's
/// text at publish time, whose parse is only read from, never written out as markup.
const PAGE_READER: (&str, &str) = ("crates/cli/src/page/mod.rs", "Html::parse");

#[test]
fn no_code_of_gloss_parses_html() {
    let mut report = Vec::new();
    for (file, text) in source_files() {
        // The tests may use these APIs to check what gloss built; gloss itself never does.
        let gloss_code = file.starts_with("src/")
            || (file.starts_with("crates/") && file.contains("/src/"))
            || (file.starts_with("www/") && !file.starts_with("www/demo/"));
        if !gloss_code {
            continue;
        }
        let rust = file.ends_with(".rs");
        if !rust && !file.ends_with(".mjs") && !file.ends_with(".js") {
            continue;
        }
        // Comments and strings blanked: a comment may name these APIs, and a `//` inside a
        // string ("https://…") is no comment.
        for (number, code) in code_only(&text, rust).lines().enumerate() {
            for api in HTML_PARSERS {
                if code.contains(api) && (file.as_str(), *api) != PAGE_READER {
                    report.push(format!("{file}:{}: uses {api}", number + 1));
                }
            }
        }
    }
    assert!(report.is_empty(), "HTML parsed:\n{}", report.join("\n"));
}

#[test]
fn no_source_file_is_over_500_lines() {
    let long: Vec<String> = source_files()
        .into_iter()
        .filter(|(_, text)| text.lines().count() > 500)
        .map(|(file, text)| format!("{file}: {} lines", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "split these by job:\n{}", long.join("\n"));
}

/// The text with every comment, string and character literal blanked out (line breaks
/// kept), so that braces are counted only where they are code. Good enough for Rust and
/// the loader's JavaScript; a regular expression literal holding a quote would fool it,
/// and none does.
fn code_only(text: &str, rust: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                while chars.peek().is_some_and(|&n| n != '\n') {
                    chars.next();
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for n in chars.by_ref() {
                    if n == '\n' {
                        out.push('\n');
                    }
                    if last == '*' && n == '/' {
                        break;
                    }
                    last = n;
                }
            }
            // A Rust lifetime ('a) is no character literal: only 'x' and '\x' are.
            '\'' if rust => {
                let rest: String = chars.clone().take(3).collect();
                let literal = rest.chars().nth(1) == Some('\'')
                    || (rest.starts_with('\\') && !rest.starts_with("\\\\"));
                if literal {
                    while let Some(n) = chars.next() {
                        if n == '\'' {
                            break;
                        }
                        if n == '\\' {
                            chars.next();
                        }
                    }
                }
                out.push(' ');
            }
            '"' | '\'' | '`' => {
                while let Some(n) = chars.next() {
                    match n {
                        '\\' => {
                            chars.next();
                        }
                        '\n' => out.push('\n'),
                        _ if n == c => break,
                        _ => {}
                    }
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The functions of a file: `(first line, lines, the first line's text)`, from the line
/// that opens each (`fn name(`, `function name(`, an arrow `=> {` or a method) to its
/// closing brace.
fn functions(text: &str, rust: bool) -> Vec<(usize, usize, String)> {
    let code = code_only(text, rust);
    let lines: Vec<&str> = code.lines().collect();
    let opens = |line: &str| {
        if rust {
            // `fn name`, whatever follows on the line (rustfmt breaks long generics).
            line.split_whitespace().any(|word| word == "fn")
        } else {
            line.contains("function") && line.contains('(')
                || line.contains("=> {")
                || is_js_method(line)
        }
    };
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        if !opens(line) {
            continue;
        }
        let (mut depth, mut brackets, mut opened) = (0i32, 0i32, false);
        'lines: for (at, line) in lines.iter().enumerate().skip(start) {
            for c in line.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    '(' | '[' => brackets += 1,
                    ')' | ']' => brackets -= 1,
                    // A declaration without a body: a trait method, an extern. (A `;`
                    // inside brackets is an array type's, `[u8; 4]`.)
                    ';' if !opened && depth == 0 && brackets == 0 => break 'lines,
                    _ => {}
                }
                if opened && depth == 0 {
                    found.push((start + 1, at - start + 1, line.trim().to_owned()));
                    break 'lines;
                }
            }
        }
    }
    found
}

/// A JavaScript method or object-literal method: `name(args) {`, `async name(args) {`,
/// `get name() {`, but not a control statement such as `if (…) {`.
fn is_js_method(line: &str) -> bool {
    let line = line.trim();
    let Some(open) = line.find('(') else {
        return false;
    };
    let head: Vec<&str> = line[..open].split_whitespace().collect();
    let Some((name, modifiers)) = head.split_last() else {
        return false;
    };
    let keywords = [
        "if", "for", "while", "switch", "catch", "function", "return", "with",
    ];
    name.chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
        && !keywords.contains(name)
        && modifiers
            .iter()
            .all(|m| matches!(*m, "async" | "static" | "get" | "set"))
        && line.ends_with('{')
        && !line.contains("=>")
}

#[test]
fn no_function_is_over_100_lines_unless_it_says_why() {
    let mut report = Vec::new();
    for (file, text) in source_files() {
        let rust = file.ends_with(".rs");
        if !rust && !file.ends_with(".mjs") && !file.ends_with(".js") {
            continue;
        }
        let lines: Vec<&str> = text.lines().collect();
        for (start, length, _) in functions(&text, rust) {
            // The comment right above the function (or its attributes) may say why.
            let says_why = lines[..start - 1]
                .iter()
                .rev()
                .take_while(|l| {
                    let l = l.trim_start();
                    l.starts_with("//") || l.starts_with("#[") || l.starts_with('*')
                })
                .any(|l| l.contains("Long by design:"));
            if length > 100 && !says_why {
                report.push(format!(
                    "{file}:{start}: {length} lines: split it, or say why (\"Long by design:\")"
                ));
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The checkers themselves, on made-up text.
#[test]
fn the_checkers_find_what_they_should() {
    let rust = "fn short() {\n    let s = \"}\";\n}\n\n/// Long by design: x\nfn long<'a>(x: &'a str) -> char {\n    '{'\n}\n";
    let found = functions(rust, true);
    assert_eq!(
        found.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        [(1, 3), (6, 3)]
    );
    let rust_generic = "pub fn c<\n    T,\n>(x: [u8; 4]) -> T {\n    todo!()\n}\n";
    assert_eq!(
        functions(rust_generic, true)
            .iter()
            .map(|f| (f.0, f.1))
            .collect::<Vec<_>>(),
        [(1, 5)]
    );
    let method = "class A {\n  async load(x) {\n    if (x) {\n      return 1;\n    }\n  }\n}\n";
    assert_eq!(
        functions(method, false)
            .iter()
            .map(|f| (f.0, f.1))
            .collect::<Vec<_>>(),
        [(2, 5)]
    );
    let js = "export function a(x) {\n  const s = `}${x}`; // }\n  return () => {\n    return '{';\n  };\n}\n";
    let found = functions(js, false);
    assert_eq!(
        found.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        [(1, 6), (3, 3)]
    );
}
