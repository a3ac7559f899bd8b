//! `gloss annotate`: an article's entity table and every mention, as JSON.

use gloss_engine::{self as engine, Annotation, RunPlace, Source};
use gloss_model::Article;
use serde_json::{json, Map, Value};

/// The `annotate` output: the entity table, the body's mentions, and the mentions in the
/// title, caption, disclaimer and bios under keys of their own.
pub fn annotation_json(article: &Article, annotation: &Annotation) -> Value {
    let runs = engine::article_runs(article);
    let entities: Vec<Value> = annotation
        .entities
        .iter()
        .map(|e| {
            let source = match &e.source {
                Source::Glossary => json!("glossary"),
                Source::Acronym => json!({"from": "acronym"}),
                Source::None => Value::Null,
                Source::Article { run, sentence } => {
                    let mut place = place_json(runs[*run].place);
                    place.insert("from".into(), json!("article"));
                    place.insert("sentence".into(), json!(sentence));
                    Value::Object(place)
                }
            };
            // With no summary, the sentence the card quotes instead.
            let passage = e.passage.as_ref().map(|p| {
                let mut place = place_json(runs[p.run].place);
                place.insert("text".into(), json!(p.text));
                place.insert("name".into(), json!(&p.text[p.mark_start..p.mark_end]));
                Value::Object(place)
            });
            json!({
                "id": e.id,
                "name": e.name,
                "kind": e.kind.as_str(),
                "summary": e.summary,
                "source": source,
                "passage": passage,
                "mentions": e.mentions.len(),
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert("entities".into(), Value::Array(entities));
    // The body's mentions under "mentions", the other runs under keys of their own.
    const KEYS: [&str; 6] = [
        "mentions",
        "title",
        "subtitle",
        "caption",
        "disclaimer",
        "bio",
    ];
    let mut groups: [Vec<Value>; 6] = Default::default();
    for (run, annotated) in runs.iter().zip(&annotation.runs) {
        let list = &mut groups[match run.place {
            RunPlace::Body { .. } => 0,
            RunPlace::Title => 1,
            RunPlace::Subtitle => 2,
            RunPlace::Caption => 3,
            RunPlace::Disclaimer => 4,
            RunPlace::Bio { .. } => 5,
        }];
        for mention in &annotated.mentions {
            let mut row = place_json(run.place);
            row.insert("start".into(), json!(mention.start_char));
            row.insert("end".into(), json!(mention.end_char));
            row.insert("text".into(), json!(mention.text(run.text)));
            row.insert(
                "entity".into(),
                json!(annotation.entities[mention.entity].id),
            );
            list.push(Value::Object(row));
        }
    }
    for (key, list) in KEYS.iter().zip(groups) {
        out.insert((*key).into(), Value::Array(list));
    }
    Value::Object(out)
}

fn place_json(place: RunPlace) -> Map<String, Value> {
    let mut map = Map::new();
    match place {
        RunPlace::Body { block, item } => {
            map.insert("block".into(), json!(block));
            if item > 0 {
                map.insert("item".into(), json!(item));
            }
        }
        RunPlace::Bio { author } => {
            map.insert("author".into(), json!(author));
        }
        _ => {}
    }
    map
}
