//! The layering rules of ARCHITECTURE.md, checked on the source. Data flows one way,
//! model → engine → view → embed, and the web crates stay at the edge. A rule that
//! nothing checks erodes, so each `use` or path that crosses a layer the wrong way fails
//! here, naming the file, the line and the rule.

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A file may name its own layer and those below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    /// `lib.rs`'s helpers and `pause.rs`: leaves every layer may use.
    Leaf,
    Model,
    Engine,
    View,
    /// The browser's entry points (`embed.rs`, `embed/`) and the native ones (`cli.rs`,
    /// `cli/`, `bin/`), side by side at the top.
    Edge,
}

/// The crate's top-level modules, and the layer each belongs to.
const MODULES: &[(&str, Layer)] = &[
    ("pause", Layer::Leaf),
    ("model", Layer::Model),
    ("engine", Layer::Engine),
    // The cards' controller and placement: plain Rust beside the engine, below the view.
    ("cards", Layer::Engine),
    ("view", Layer::View),
    ("embed", Layer::Edge),
    ("cli", Layer::Edge),
];

/// The crates that reach the browser. Only the view's DOM modules and `embed` use them.
const WEB_CRATES: &[&str] = &[
    "wasm_bindgen",
    "js_sys",
    "web_sys",
    "gloo_events",
    "gloo_timers",
];

/// The view's modules that build or drive DOM nodes. The rest of the view (the tree, what
/// cards say, the HTML writer) is plain Rust that runs natively too.
const VIEW_DOM_MODULES: &[&str] = &[
    "src/view/dom.rs",
    "src/view/dom/",
    "src/view/cards.rs",
    "src/view/cards/",
    "src/view/enhance.rs",
    "src/view/listener.rs",
    "src/view/progress.rs",
];

fn layer_of(file: &str) -> Layer {
    let rest = file.trim_start_matches("src/");
    let top = rest.split(['/', '.']).next().unwrap_or_default();
    match top {
        "lib" => Layer::Leaf,
        "bin" => Layer::Edge,
        _ => MODULES
            .iter()
            .find(|(name, _)| *name == top)
            .map(|(_, layer)| *layer)
            .unwrap_or_else(|| {
                panic!("{file}: a top-level module this test does not know; add it to MODULES")
            }),
    }
}

fn is_view_dom(file: &str) -> bool {
    VIEW_DOM_MODULES.iter().any(|m| file.starts_with(m))
}

/// The code of a line, without its `//` comment (doc comments often name other layers).
fn code(line: &str) -> &str {
    match line.find("//") {
        Some(at) => &line[..at],
        None => line,
    }
}

/// Whether `text` names `word` as a path segment: `crate::engine` or `web_sys::Element`,
/// not `some_engine`.
fn names(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// Every way `file` breaks the rules: `(line number, what it names, the rule)`.
fn violations(file: &str, source: &str) -> Vec<(usize, String, &'static str)> {
    let layer = layer_of(file);
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let line = code(line);
        for (module, module_layer) in MODULES {
            let path = ["crate::", module].concat();
            let external = ["gloss::", module].concat();
            if (names(line, &path) || names(line, &external)) && *module_layer > layer {
                found.push((number + 1, path, "a layer names a layer above it"));
            }
        }
        if names(line, "crate::embed") && file.starts_with("src/cli") {
            found.push((
                number + 1,
                "crate::embed".into(),
                "the CLI and embed are apart",
            ));
        }
        if names(line, "crate::cli") && file.starts_with("src/embed") {
            found.push((
                number + 1,
                "crate::cli".into(),
                "the CLI and embed are apart",
            ));
        }
        let web_allowed = layer == Layer::Edge || is_view_dom(file);
        for krate in WEB_CRATES {
            if names(line, krate) && !web_allowed {
                found.push((
                    number + 1,
                    (*krate).into(),
                    "only the view's DOM modules and embed use the web crates",
                ));
            }
        }
        if names(line, "serde_json") && matches!(layer, Layer::Model | Layer::Engine | Layer::View)
        {
            found.push((
                number + 1,
                "serde_json".into(),
                "JSON text is the CLI's business",
            ));
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a readable source folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_source_file_keeps_to_its_layer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    assert!(files.len() > 20, "the source tree was not found");
    let mut report = Vec::new();
    for path in &files {
        let file = path
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        let source = fs::read_to_string(path).expect("a readable source file");
        for (line, what, rule) in violations(&file, &source) {
            report.push(format!("{file}:{line}: names {what}: {rule}"));
        }
    }
    assert!(report.is_empty(), "layering broken:\n{}", report.join("\n"));
}

/// The checker itself, on made-up files: each row is a file, a line of code, and whether
/// that line breaks a rule.
#[test]
fn the_checker_finds_what_it_should() {
    let rows: &[(&str, &str, &str, bool)] = &[
        (
            "model reaches the engine",
            "src/model/read.rs",
            "use crate::engine::pause;",
            true,
        ),
        (
            "model uses the leaf",
            "src/model/read.rs",
            "use crate::pause::Clock;",
            false,
        ),
        (
            "model knows wasm-bindgen",
            "src/model/value.rs",
            "impl X for wasm_bindgen::JsValue {}",
            true,
        ),
        (
            "model parses JSON text",
            "src/model/read.rs",
            "serde_json::from_str(text)",
            true,
        ),
        (
            "engine reaches the view",
            "src/engine/mod.rs",
            "use crate::view::tree;",
            true,
        ),
        (
            "engine uses web-sys",
            "src/engine/names/votes.rs",
            "fn f(e: web_sys::Element) {}",
            true,
        ),
        (
            "the controller reaches the view",
            "src/cards/controller.rs",
            "use crate::view::dom;",
            true,
        ),
        (
            "the controller uses web-sys",
            "src/cards/placement.rs",
            "use web_sys::DomRect;",
            true,
        ),
        (
            "the view uses the controller",
            "src/view/cards.rs",
            "use crate::cards::Controller;",
            false,
        ),
        (
            "view uses the engine",
            "src/view/tree.rs",
            "use crate::engine::Annotation;",
            false,
        ),
        (
            "pure view uses web-sys",
            "src/view/tree.rs",
            "use web_sys::Document;",
            true,
        ),
        (
            "DOM module uses web-sys",
            "src/view/dom.rs",
            "use web_sys::Document;",
            false,
        ),
        (
            "view reaches embed",
            "src/view/card.rs",
            "use crate::embed::View;",
            true,
        ),
        (
            "embed uses everything below",
            "src/embed.rs",
            "use crate::view::{self, cards};",
            false,
        ),
        (
            "embed reaches the CLI",
            "src/embed/js_value.rs",
            "use crate::cli::json;",
            true,
        ),
        (
            "CLI reads JSON text",
            "src/cli/json.rs",
            "use serde_json::Value;",
            false,
        ),
        (
            "a comment names anything",
            "src/model/types.rs",
            "// see crate::view::tree",
            false,
        ),
        (
            "a longer name is not a layer",
            "src/model/types.rs",
            "let crate_engineer = 1;",
            false,
        ),
    ];
    for (name, file, line, breaks) in rows {
        assert_eq!(!violations(file, line).is_empty(), *breaks, "{name}");
    }
}
