//! Work done in slices gives exactly what work done in one go gives: the browser polls the
//! reader and the engine many times, with pauses in between, and nothing may depend on
//! where the pauses fall.

mod common;

use gloss_base::pause::{poll_once, Clock};
use gloss_cli::json::{article_from_json, parse_json, Json};
use gloss_engine::{
    annotate, annotate_paused, annotate_runs_in_parts, article_runs, first_of_each_id, Options,
};
use gloss_model::{read_article, read_article_paused};
use std::cell::Cell;
use std::future::Future;
use std::path::Path;

/// A clock whose time is up every `every`-th time it is asked.
struct Every {
    every: usize,
    asked: Cell<usize>,
}

impl Clock for Every {
    fn time_up(&self) -> bool {
        self.asked.set(self.asked.get() + 1);
        self.asked.get() % self.every == 0
    }
}

/// Polls `job` until it is done; returns its output and how many polls it took.
fn in_slices<F: Future>(job: F) -> (F::Output, usize) {
    let mut job = std::pin::pin!(job);
    let mut polls = 1;
    loop {
        if let std::task::Poll::Ready(output) = poll_once(job.as_mut()) {
            return (output, polls);
        }
        polls += 1;
    }
}

fn articles() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let demo = std::fs::read_to_string(root.join("www/demo/article.json")).unwrap();
    let mut texts = vec![
        (
            "one long paragraph".to_owned(),
            one_long_paragraph(&demo, 40_000),
        ),
        ("demo".to_owned(), demo),
    ];
    if let Some(seed) = common::shared_fixture("seed-article.json") {
        texts.push(("seed".to_owned(), seed));
    }
    texts
}

/// The demo article with its paragraphs' text joined and repeated into one paragraph of
/// at least `bytes`, as a JSON-LD `articleBody` without blank lines reads, with the
/// demo's glossary. At 40 KB it is a run of several parts (`gloss_engine::text::PART`
/// tokens each).
fn one_long_paragraph(demo: &str, bytes: usize) -> String {
    let mut article: serde_json::Value = serde_json::from_str(demo).unwrap();
    let texts: Vec<String> = article["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|block| match block {
            serde_json::Value::String(text) => Some(text.clone()),
            _ if block["type"] == "paragraph" => Some(match block["text"].as_str() {
                Some(text) => text.to_owned(),
                None => block["spans"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s["text"].as_str().unwrap())
                    .collect(),
            }),
            _ => None,
        })
        .collect();
    let mut paragraph = String::new();
    while paragraph.len() < bytes {
        for text in &texts {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(text);
        }
    }
    article["body"] = serde_json::json!([paragraph]);
    article.to_string()
}

#[test]
fn reading_in_slices_reads_the_same_article() {
    for (name, text) in articles() {
        let parsed = parse_json(&text).unwrap();
        let value = Json(&parsed);
        let whole = read_article(&value).unwrap();
        for every in [1, 2, 7] {
            let clock = Every {
                every,
                asked: Cell::new(0),
            };
            let (sliced, polls) = in_slices(read_article_paused(&value, &clock));
            let sliced = sliced.unwrap();
            // The model has no PartialEq (nothing else compares articles); its Debug form
            // shows every field.
            assert_eq!(
                format!("{:?}", sliced.value),
                format!("{:?}", whole.value),
                "{name}, a pause every {every}"
            );
            assert!(polls > 1, "{name}: it paused");
        }
    }
}

#[test]
fn annotating_in_slices_finds_the_same_mentions() {
    for (name, text) in articles() {
        let article = article_from_json(&text).unwrap().value;
        for options in [Options::default(), Options::glossary_only()] {
            let whole = annotate(&article, &[], &options);
            for every in [1, 3, 50] {
                let clock = Every {
                    every,
                    asked: Cell::new(0),
                };
                let (sliced, polls) = in_slices(annotate_paused(&article, &[], &options, &clock));
                assert_eq!(sliced, whole, "{name}, {options:?}, a pause every {every}");
                assert!(polls > 1 || every > 3, "{name}: it paused");
            }
        }
    }
}

#[test]
fn a_long_run_read_in_parts_gives_what_one_go_gives() {
    // A part of one token ends a part at every place one can end, and a part longer than
    // any run reads each run in one go.
    let in_one_go = 1 << 40;
    for (name, text) in articles() {
        let article = article_from_json(&text).unwrap().value;
        let runs = article_runs(&article);
        let glossary = first_of_each_id(article.entities.iter().cloned());
        for options in [Options::default(), Options::glossary_only()] {
            let whole = annotate_runs_in_parts(&runs, &glossary, &options, in_one_go);
            assert_eq!(
                annotate(&article, &[], &options),
                whole,
                "{name}, {options:?}"
            );
            for part in [1, 2, 3, 7, 64, 1000] {
                let in_parts = annotate_runs_in_parts(&runs, &glossary, &options, part);
                assert_eq!(
                    in_parts, whole,
                    "{name}, {options:?}, parts of {part} tokens"
                );
            }
        }
    }
}

#[test]
fn a_long_run_pauses_within_itself() {
    // With a pause at every pause point, the polls of a long paragraph and of a short
    // one; the context pass, which pauses at every mention, is off.
    let options = Options {
        context: false,
        ..Options::default()
    };
    let demo = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("www/demo/article.json"),
    )
    .unwrap();
    let [(long_parts, long_polls), (short_parts, short_polls)] = [40_000, 1].map(|bytes| {
        let article = article_from_json(&one_long_paragraph(&demo, bytes))
            .unwrap()
            .value;
        let tokens = article_runs(&article)
            .iter()
            .map(|run| gloss_engine::text::tokenize(run.text).len())
            .max()
            .unwrap();
        let clock = Every {
            every: 1,
            asked: Cell::new(0),
        };
        let (sliced, polls) = in_slices(annotate_paused(&article, &[], &options, &clock));
        assert_eq!(sliced, annotate(&article, &[], &options));
        (tokens.div_ceil(gloss_engine::text::PART), polls)
    });
    let more = long_parts - short_parts;
    assert!(more >= 3, "{long_parts} parts against {short_parts}");
    // Each of the parts more pauses the evidence pass and the name finder's pass once.
    assert!(
        long_polls - short_polls >= 2 * more,
        "{long_polls} polls against {short_polls}, for {more} parts more"
    );
}
