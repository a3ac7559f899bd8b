//! The kind each found name gets, from the cues around it.

use crate::{run_texts, ORG, PERSON, PLACE};
use gloss_engine::{annotate_runs, Options};
use gloss_model::Kind;

/// A row: a text with no glossary, a name in it, and the kind it must get.
struct Row {
    name: &'static str,
    text: &'static str,
    entity: &'static str,
    kind: Kind,
}

const ROWS: &[Row] = &[
    Row {
        name: "organisation word",
        text: "He joined the International Cooperation Department last year.",
        entity: "International Cooperation Department",
        kind: ORG,
    },
    Row {
        name: "head before a connector",
        text: "Members of the Inter-Parliamentary Alliance on China met.",
        entity: "Inter-Parliamentary Alliance on China",
        kind: ORG,
    },
    Row {
        name: "known country",
        text: "They flew to Turkey.",
        entity: "Turkey",
        kind: PLACE,
    },
    Row {
        name: "comma place",
        text: "It was held in Istanbul, Turkey.",
        entity: "Istanbul",
        kind: PLACE,
    },
    Row {
        name: "given name",
        text: "A study by Peter Dahlin appeared.",
        entity: "Peter Dahlin",
        kind: PERSON,
    },
    Row {
        name: "family name first",
        text: "Officials named Meng Hongwei as chief.",
        entity: "Meng Hongwei",
        kind: PERSON,
    },
    Row {
        name: "role noun before",
        text: "The Chinese leader Zorvan Taliq spoke.",
        entity: "Zorvan Taliq",
        kind: PERSON,
    },
    Row {
        name: "appositive role",
        text: "They met Zorvan Taliq, a vice-minister at the ministry, later.",
        entity: "Zorvan Taliq",
        kind: PERSON,
    },
    Row {
        name: "appositive organisation",
        text: "They met Safeguard Defenders, a non-governmental organization based in Madrid.",
        entity: "Safeguard Defenders",
        kind: ORG,
    },
    Row {
        name: "campaign after the name",
        text: "He ran the country's Fox Hunt campaign.",
        entity: "Fox Hunt",
        kind: Kind::Event,
    },
    Row {
        name: "numbered assembly",
        text: "Delegates met at the 89th General Assembly of Interpol in Istanbul.",
        entity: "89th General Assembly of Interpol",
        kind: Kind::Event,
    },
    Row {
        name: "assembly without a number",
        text: "Delegates of the General Assembly of Interpol voted.",
        entity: "General Assembly of Interpol",
        kind: ORG,
    },
    Row {
        name: "numbered body that is not a meeting",
        text: "She opened an account at the 1st Harbour Bank of Leeds.",
        entity: "1st Harbour Bank of Leeds",
        kind: ORG,
    },
    Row {
        name: "a title before one name",
        text: "Later, President Adams spoke.",
        entity: "Adams",
        kind: PERSON,
    },
    Row {
        name: "an abbreviated title",
        text: "They met Mr. Okafor.",
        entity: "Okafor",
        kind: PERSON,
    },
    Row {
        name: "a role before a comma",
        text: "Her colleague, Ciar\u{E1}n McGrath, agreed.",
        entity: "Ciar\u{E1}n McGrath",
        kind: PERSON,
    },
    Row {
        name: "a lone legislature",
        text: "It went to Congress.",
        entity: "Congress",
        kind: ORG,
    },
    Row {
        name: "quoted title",
        text: "He is the author of \u{201C}Trial By Media,\u{201D} a book.",
        entity: "Trial By Media",
        kind: Kind::Work,
    },
    Row {
        name: "an undefined acronym before 'said' is no person",
        text: "The VDA said no. Officials in Orlanza agreed.",
        entity: "VDA",
        kind: Kind::Other,
    },
];

#[test]
fn kinds_from_cues() {
    for row in ROWS {
        let annotation = annotate_runs(&run_texts(&[row.text]), &[], &Options::default());
        let found = annotation
            .entities
            .iter()
            .find(|e| e.name == row.entity)
            .unwrap_or_else(|| {
                panic!(
                    "row {}: {} not found in {:?}",
                    row.name,
                    row.entity,
                    annotation
                        .entities
                        .iter()
                        .map(|e| &e.name)
                        .collect::<Vec<_>>()
                )
            });
        assert_eq!(found.kind, row.kind, "row: {}", row.name);
    }
}
