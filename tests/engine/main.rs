//! The engine's rules as tables, in the style of aho-corasick's tests: each row names a
//! rule, gives a glossary and a text, and lists every mention expected, as
//! `(surface text, entity id)`. Negative rows expect nothing. One module per topic.

#[path = "../common/mod.rs"]
mod common;

mod definitions;
mod finders;
mod kind_cues;
mod kinds;
mod marks;
mod matching;
mod offsets;
mod passages;
mod seed;

use gloss_engine::{Annotation, EntityInfo, Run, RunPlace};
use gloss_model::{Entity, Kind};

/// Expected mentions: (surface text, entity id or name).
type Expected = &'static [(&'static str, &'static str)];

/// A glossary entry in a row: id, name, kind, aliases.
type Entry = (&'static str, &'static str, Kind, &'static [&'static str]);

fn glossary(entries: &[Entry]) -> Vec<Entity> {
    entries
        .iter()
        .map(|(id, name, kind, aliases)| Entity {
            id: id.to_string(),
            name: name.to_string(),
            kind: *kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            summary: Some(format!("About {name}.")),
            ..Entity::default()
        })
        .collect()
}

fn run_texts<'a>(texts: &[&'a str]) -> Vec<Run<'a>> {
    texts
        .iter()
        .enumerate()
        .map(|(block, text)| Run::new(RunPlace::Body { block, item: 0 }, text))
        .collect()
}

/// Every mention's text with what `of` reads from the entity it marks (its name, or its
/// id), in reading order.
fn mentions_by(
    annotation: &Annotation,
    texts: &[&str],
    of: fn(&EntityInfo) -> &String,
) -> Vec<(String, String)> {
    annotation
        .runs
        .iter()
        .zip(texts)
        .flat_map(|(run, text)| {
            run.mentions.iter().map(|m| {
                (
                    m.text(text).to_owned(),
                    of(&annotation.entities[m.entity]).clone(),
                )
            })
        })
        .collect()
}

/// A row's expected mentions as owned pairs, to compare with what the engine found.
fn owned(expected: Expected) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(s, i)| (s.to_string(), i.to_string()))
        .collect()
}

const ORG: Kind = Kind::Organization;
const PLACE: Kind = Kind::Place;
const PERSON: Kind = Kind::Person;
const CONCEPT: Kind = Kind::Concept;
