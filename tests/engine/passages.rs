//! The passage a card shows when nothing defines a name: of the sentences that name it,
//! the one that says most of it (the first of equals), sliced from the text exactly,
//! with the name's place in it.

use crate::{run_texts, PERSON, PLACE};
use gloss_cli::json::article_from_json;
use gloss_engine::{annotate, annotate_runs, Options, Run, RunPlace};
use gloss_model::Entity;
use std::path::Path;

/// A sentence too long to show whole. A macro, so that `concat!` can add to it.
macro_rules! long {
    () => {
        "Ana Ruiz spoke. Over three decades of patient work along the valley, with a team of engineers, surveyors, farmers and volunteers who came from every town along the river and from abroad, the project that began as a small survey of silted channels grew into a plan that Kestria adopted in full, and that neighbouring states have copied in parts, though none at the same scale."
    };
}

/// A row: the runs, the name, the passage expected (empty where only its bounds are
/// checked) and whether it is cut before and after.
struct Row {
    name: &'static str,
    texts: &'static [&'static str],
    entity: &'static str,
    passage: &'static str,
    cut_before: bool,
    cut_after: bool,
}

const ROWS: &[Row] = &[
    Row {
        name: "the sentence of the first mention",
        texts: &["Rain fell. Then Kestria closed its border on Monday. Kestria said little."],
        entity: "Kestria",
        passage: "Then Kestria closed its border on Monday.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "an abbreviation does not end the sentence",
        texts: &[
            "Officials in the U.S. and Mr. Stone met Kestria envoys at 9 a.m. on Monday. Later they left.",
        ],
        entity: "Kestria",
        passage: "Officials in the U.S. and Mr. Stone met Kestria envoys at 9 a.m. on Monday.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a quotation keeps its quotation marks",
        texts: &["He left. \u{201C}Kestria will not sign,\u{201D} she said. Then silence."],
        entity: "Kestria",
        passage: "\u{201C}Kestria will not sign,\u{201D} she said.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a closing quote stays with its sentence",
        texts: &["She wrote \u{201C}Kestria is far.\u{201D} Then she left."],
        entity: "Kestria",
        passage: "She wrote \u{201C}Kestria is far.\u{201D}",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a title with no full stop is the whole run",
        texts: &["Kestria Closes Its Border"],
        entity: "Kestria",
        passage: "Kestria Closes Its Border",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a name that runs across a sentence's end takes every sentence it touches",
        texts: &["Rain fell. Then Kestria closed its border. Kestria said little."],
        entity: "fell. Then Kestria",
        passage: "Rain fell. Then Kestria closed its border.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a long sentence that a name runs out of is cut before the whole name's clause",
        texts: &[concat!(long!(), " Then Kestria left.")],
        entity: "same scale. Then Kestria",
        passage: "though none at the same scale. Then Kestria left.",
        cut_before: true,
        cut_after: false,
    },
    Row {
        name: "a passage that is only the name gives way to the next mention's sentence",
        texts: &["Kestria", "Then Kestria closed its border."],
        entity: "Kestria",
        passage: "Then Kestria closed its border.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a later sentence with a role right before the name says more than the first",
        texts: &["Crowds met Ana Ruiz on the quay. They thanked harbour director Ana Ruiz for the berth."],
        entity: "Ana Ruiz",
        passage: "They thanked harbour director Ana Ruiz for the berth.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a later sentence with a title right before the name says more than the first",
        texts: &["Crowds met Ana Ruiz on the quay. Senator Ana Ruiz spoke first."],
        entity: "Ana Ruiz",
        passage: "Senator Ana Ruiz spoke first.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a later sentence with the name as a verb's subject says more than a mention",
        texts: &["Rain fell on Corvanta. Corvanta builds ferries for the navy."],
        entity: "Corvanta",
        passage: "Corvanta builds ferries for the navy.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a later sentence that says where the name is based says more than a mention",
        texts: &["Rain fell on Corvanta. Corvanta, based in Halden, will hire."],
        entity: "Corvanta",
        passage: "Corvanta, based in Halden, will hire.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a role before a comma that does not open the sentence is someone else's",
        texts: &["Ana Ruiz founded the dockers' cooperative in 2004 and still runs it. After long talks with the harbour minister, Ana Ruiz left early."],
        entity: "Ana Ruiz",
        passage: "Ana Ruiz founded the dockers' cooperative in 2004 and still runs it.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a verb of saying further into what follows the comma makes it no appositive",
        texts: &["Kestria exports timber to twelve countries. Talks will go on in Kestria, the country's foreign minister said on Friday."],
        entity: "Kestria",
        passage: "Kestria exports timber to twelve countries.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a French courtesy title says nothing: the first sentence stays",
        texts: &["Crowds met Ana Ruiz on the quay. Ils ont salu\u{E9} Mme Ana Ruiz."],
        entity: "Ana Ruiz",
        passage: "Crowds met Ana Ruiz on the quay.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a courtesy title says nothing: the first sentence stays",
        texts: &["Crowds met Ana Ruiz on the quay. They thanked Ms Ana Ruiz for the berth."],
        entity: "Ana Ruiz",
        passage: "Crowds met Ana Ruiz on the quay.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a role further before the name is someone else's: the first sentence stays",
        texts: &["Rain fell on Kestria. A police officer with Kestria spoke."],
        entity: "Kestria",
        passage: "Rain fell on Kestria.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a subject with nothing after its verb says nothing: the first sentence stays",
        texts: &["Ministers met in Kestria on Friday. Kestria agreed."],
        entity: "Kestria",
        passage: "Ministers met in Kestria on Friday.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a subject of a verb of saying says nothing: the first sentence stays",
        texts: &["Ministers met in Kestria on Friday. Kestria said it would wait."],
        entity: "Kestria",
        passage: "Ministers met in Kestria on Friday.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a name before a noun or a preposition is no subject: the first sentence stays",
        texts: &["Ministers met in Kestria on Friday. Kestria ministers met again. Kestria in spring is wet."],
        entity: "Kestria",
        passage: "Ministers met in Kestria on Friday.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a reporting clause after the name is no appositive: the first sentence stays",
        texts: &["Crowds filled Kestria on Monday. Talks go on in Kestria, the minister said."],
        entity: "Kestria",
        passage: "Crowds filled Kestria on Monday.",
        cut_before: false,
        cut_after: false,
    },
    Row {
        name: "a long sentence cut before the name keeps the role just before it",
        texts: &[concat!(
            "Over three decades of patient work along the valley, with a team of engineers, surveyors, farmers and volunteers who came from every town along the river and from abroad through many hard winters and long dry summers, the survey grew into a plan that Kestria adopted in full, ",
            "the port's director, Ana Ruiz, said on Monday."
        )],
        entity: "Ana Ruiz",
        passage: "the port's director, Ana Ruiz, said on Monday.",
        cut_before: true,
        cut_after: false,
    },
    Row {
        name: "a very long sentence is cut before the clause that holds the name",
        texts: &[long!()],
        entity: "Kestria",
        passage: "the project that began as a small survey of silted channels grew into a plan that Kestria adopted in full, and that neighbouring states have copied in parts, though none at the same scale.",
        cut_before: true,
        cut_after: false,
    },
    Row {
        name: "a very long sentence is cut at a word boundary after the name",
        texts: &[long!()],
        entity: "valley",
        passage: "",
        cut_before: false,
        cut_after: true,
    },
];

#[test]
fn passages() {
    for row in ROWS {
        let entity = Entity {
            id: "x".into(),
            name: row.entity.to_string(),
            kind: PLACE,
            ..Entity::default()
        };
        let annotation = annotate_runs(
            &run_texts(row.texts),
            &[entity],
            &Options {
                context: true,
                ..Options::glossary_only()
            },
        );
        let found = annotation.entities.iter().find(|e| e.id == "x").unwrap();
        let name = row.name;
        assert_eq!(found.summary, None, "row: {name}");
        let passage = found
            .passage
            .as_ref()
            .unwrap_or_else(|| panic!("row {name}: no passage"));
        let run = row.texts[passage.run];
        assert_eq!(
            &run[passage.start..passage.end],
            passage.text,
            "row {name}: the text is a slice of the run"
        );
        assert_eq!(
            &passage.text[passage.mark_start..passage.mark_end],
            row.entity,
            "row: {name}"
        );
        assert_eq!(
            (passage.cut_before, passage.cut_after),
            (row.cut_before, row.cut_after),
            "row: {name}"
        );
        if row.passage.is_empty() {
            assert!(passage.text.len() <= 280, "row {name}: {}", passage.text);
            assert!(
                passage.text.starts_with(|c: char| c.is_alphanumeric()),
                "row {name}: {}",
                passage.text
            );
            assert!(
                passage.text.ends_with(|c: char| c.is_alphanumeric()),
                "row {name}: {}",
                passage.text
            );
        } else {
            assert_eq!(passage.text, row.passage, "row: {name}");
        }
    }
}

/// An entity with a summary gets no passage, and with the context finder off no entity
/// gets one.
#[test]
fn passages_only_where_nothing_else_speaks() {
    let texts = ["Kestria closed its border. Ana Ruiz, a hydrologist at the university, spoke."];
    let entities = vec![
        Entity {
            id: "k".into(),
            name: "Kestria".into(),
            kind: PLACE,
            ..Entity::default()
        },
        Entity {
            id: "a".into(),
            name: "Ana Ruiz".into(),
            kind: PERSON,
            ..Entity::default()
        },
    ];
    let annotation = annotate_runs(&run_texts(&texts), &entities, &Options::default());
    let by_id = |id: &str| annotation.entities.iter().find(|e| e.id == id).unwrap();
    assert_eq!(
        by_id("k").passage.as_ref().map(|p| p.text.as_str()),
        Some("Kestria closed its border.")
    );
    assert!(by_id("a").summary.is_some() && by_id("a").passage.is_none());
    let off = Options {
        context: false,
        ..Options::default()
    };
    let annotation = annotate_runs(&run_texts(&texts), &entities, &off);
    assert!(annotation.entities.iter().all(|e| e.passage.is_none()));
}

/// The demo article with its glossary removed: every entity found has something to say,
/// a summary or the sentence of its first mention.
#[test]
fn the_demo_without_its_glossary_says_something_for_every_entity() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("www/demo/article.json"),
    )
    .unwrap();
    let mut article = article_from_json(&text).unwrap().value;
    article.entities.clear();
    let annotation = annotate(&article, &[], &Options::default());
    assert!(
        annotation.entities.len() >= 10,
        "{}",
        annotation.entities.len()
    );
    for entity in &annotation.entities {
        assert!(
            entity.summary.is_some() || entity.passage.is_some(),
            "{} has nothing to say",
            entity.name
        );
    }
}

/// The headline is quoted only when the body names the entity nowhere, and a name that
/// stands alone everywhere gets no passage: it would tell a reader nothing.
#[test]
fn no_headline_and_no_bare_name_when_a_sentence_says_more() {
    let kestria = Entity {
        id: "k".into(),
        name: "Kestria".into(),
        kind: PLACE,
        ..Entity::default()
    };
    let passage = |runs: &[Run]| {
        let options = Options {
            context: true,
            ..Options::glossary_only()
        };
        let annotation = annotate_runs(runs, std::slice::from_ref(&kestria), &options);
        annotation.entities[0]
            .passage
            .as_ref()
            .map(|p| (p.run, p.text.clone()))
    };
    let title = Run::new(RunPlace::Title, "Kestria Closes Its Border");
    let body = |block, text| Run::new(RunPlace::Body { block, item: 0 }, text);
    assert_eq!(
        passage(&[title, body(0, "Rain fell. Then Kestria closed it.")]),
        Some((1, "Then Kestria closed it.".to_owned())),
        "the body's sentence, not the headline's"
    );
    assert_eq!(
        passage(&[title, body(0, "Rain fell.")]),
        Some((0, "Kestria Closes Its Border".to_owned())),
        "the headline when nothing else names it"
    );
    assert_eq!(
        passage(&[
            Run::new(RunPlace::Title, "Kestria"),
            body(0, "Kestria."),
            body(1, "\u{201C}Kestria\u{201D}")
        ]),
        None,
        "the name alone, wherever it stands"
    );
}
