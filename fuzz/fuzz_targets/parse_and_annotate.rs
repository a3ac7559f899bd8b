//! Fuzzes the model reader, the engine and the view together: any bytes, read as an
//! article, must give an article or an error, never a panic; any article must annotate
//! and render; and any text must annotate with mentions inside their run, in order.
#![no_main]

use gloss_engine::{annotate, annotate_runs, Options, Run, RunPlace};
use gloss_model::{Entity, Kind};
use gloss_cli::json::article_from_json;
use gloss_view::{self as view, html::to_html};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(read) = article_from_json(&text) {
        let article = read.value;
        let annotation = annotate(&article, &[], &Options::default());
        let (root, _) = view::build(&article, &annotation, &view::ViewOptions::default());
        let _ = to_html(&root.into());
    }
    // The same bytes as article text, against a glossary made from their first words.
    let glossary: Vec<Entity> = text
        .split_whitespace()
        .take(8)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .enumerate()
        .map(|(i, w)| Entity {
            id: i.to_string(),
            name: w.to_owned(),
            kind: if i % 2 == 0 {
                Kind::Concept
            } else {
                Kind::Other
            },
            ..Entity::default()
        })
        .collect();
    let runs = [Run::new(RunPlace::Body { block: 0, item: 0 }, &text)];
    let annotation = annotate_runs(&runs, &glossary, &Options::default());
    let mut end = 0;
    for mention in &annotation.runs[0].mentions {
        assert!(mention.start >= end && mention.start < mention.end && mention.end <= text.len());
        assert!(text.is_char_boundary(mention.start) && text.is_char_boundary(mention.end));
        end = mention.end;
    }
});
