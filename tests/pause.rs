//! Work done in slices gives exactly what work done in one go gives: the browser polls the
//! reader and the engine many times, with pauses in between, and nothing may depend on
//! where the pauses fall.

mod common;

use gloss_base::pause::{poll_once, Clock};
use gloss_cli::json::{article_from_json, parse_json, Json};
use gloss_engine::{annotate, annotate_paused, Options};
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
    let mut texts = vec![(
        "demo".to_owned(),
        std::fs::read_to_string(root.join("www/demo/article.json")).unwrap(),
    )];
    if let Some(seed) = common::shared_fixture("seed-article.json") {
        texts.push(("seed".to_owned(), seed));
    }
    texts
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
