//! `gloss glossary build`: small archives whose expected entries were worked out by hand,
//! as named rows; determinism across runs and thread counts; per-article slices,
//! overrides, `--update`, stdin and JSON-LD; and, on a generated corpus with known
//! definitions, the share of defined entities that get their definition.

#[path = "../../bench/corpus.rs"]
mod corpus;

mod by_hand;
mod generated;
mod options;
mod overrides;

use gloss_cli::site_glossary::{build, Config};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A fresh directory under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("glossary-build")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes v1 articles `(file name, title, date, paragraphs)` into `dir`.
fn write_articles(dir: &Path, articles: &[(&str, &str, &str, &[&str])]) {
    for (file, title, date, body) in articles {
        let article = serde_json::json!({
            "title": title,
            "published": date,
            "url": format!("https://news.example/{file}"),
            "body": body,
        });
        std::fs::write(dir.join(format!("{file}.json")), article.to_string()).unwrap();
    }
}

fn run(config: &Config) -> (Value, String) {
    let built = build(config, &mut std::io::empty()).unwrap();
    assert_eq!(built.failed, 0);
    // gloss reads the glossary without a warning: it ignores `archive` in silence, and
    // an editor's `sameAs` has become links.
    let read = gloss_cli::json::glossary_from_json(&built.json).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    (serde_json::from_str(&built.json).unwrap(), built.json)
}

fn config(inputs: &[&Path]) -> Config {
    Config {
        inputs: inputs.iter().map(|p| p.display().to_string()).collect(),
        threads: 2,
        quiet: true,
        ..Config::default()
    }
}

/// The entry named `name` (or with `name` among its aliases).
fn entry<'a>(glossary: &'a Value, name: &str) -> Option<&'a Value> {
    glossary["entities"].as_array().unwrap().iter().find(|e| {
        e["name"] == name
            || e["aliases"]
                .as_array()
                .is_some_and(|a| a.iter().any(|alias| alias == name))
    })
}
