//! Matching glossary entries: whole words, the longest and leftmost match, possessives,
//! dashes and spaces, plurals, capitals; and glossary names that the finders link like
//! names they found themselves.

use crate::{
    glossary, mentions_by, owned, run_texts, Entry, Expected, CONCEPT, ORG, PERSON, PLACE,
};
use gloss_cli::json::article_from_json;
use gloss_engine::{annotate, annotate_runs, Options};
use std::path::Path;

/// A row: a glossary, one text, and every mention expected with only the glossary on.
struct Row {
    name: &'static str,
    glossary: &'static [Entry],
    text: &'static str,
    expected: Expected,
}

const ROWS: &[Row] = &[
    Row {
        name: "whole words only",
        glossary: &[("hu", "Hu", PERSON, &[])],
        text: "Huawei and Hu met.",
        expected: &[("Hu", "hu")],
    },
    Row {
        name: "longest match wins",
        glossary: &[
            ("china", "China", PLACE, &[]),
            ("ipac", "Inter-Parliamentary Alliance on China", ORG, &[]),
        ],
        text: "The Inter-Parliamentary Alliance on China wrote to China.",
        expected: &[
            ("Inter-Parliamentary Alliance on China", "ipac"),
            ("China", "china"),
        ],
    },
    Row {
        name: "leftmost match wins",
        glossary: &[
            ("ab", "Alpha Beta", ORG, &[]),
            ("bg", "Beta Gamma", ORG, &[]),
        ],
        text: "Alpha Beta Gamma",
        expected: &[("Alpha Beta", "ab")],
    },
    Row {
        name: "straight possessive",
        glossary: &[("interpol", "Interpol", ORG, &[])],
        text: "Interpol's rules",
        expected: &[("Interpol", "interpol")],
    },
    Row {
        name: "curly possessive",
        glossary: &[("interpol", "Interpol", ORG, &[])],
        text: "Interpol\u{2019}s rules",
        expected: &[("Interpol", "interpol")],
    },
    Row {
        name: "plural possessive",
        glossary: &[("sd", "Safeguard Defenders", ORG, &[])],
        text: "Safeguard Defenders\u{2019} report",
        expected: &[("Safeguard Defenders", "sd")],
    },
    Row {
        name: "inner apostrophe stays in the word",
        glossary: &[("ob", "O'Brien", PERSON, &[])],
        text: "O\u{2019}Brien said",
        expected: &[("O\u{2019}Brien", "ob")],
    },
    Row {
        name: "dash variants are equal",
        glossary: &[("ipac", "Inter-Parliamentary Alliance", ORG, &[])],
        text: "the Inter\u{2011}Parliamentary Alliance",
        expected: &[("Inter\u{2011}Parliamentary Alliance", "ipac")],
    },
    Row {
        name: "non-breaking space is a space",
        glossary: &[("hk", "Hong Kong", PLACE, &[])],
        text: "in Hong\u{a0}Kong today",
        expected: &[("Hong\u{a0}Kong", "hk")],
    },
    Row {
        name: "plural of a concept",
        glossary: &[("rn", "red notice", CONCEPT, &[])],
        text: "Two red notices and one red notice.",
        expected: &[("red notices", "rn"), ("red notice", "rn")],
    },
    Row {
        name: "-ies plural of a concept",
        glossary: &[("a", "agency", CONCEPT, &[])],
        text: "Several agencies.",
        expected: &[("agencies", "a")],
    },
    Row {
        name: "no plural for names",
        glossary: &[("hunt", "Hunt", PERSON, &[])],
        text: "The Hunts left.",
        expected: &[],
    },
    Row {
        name: "all-capitals alias needs capitals",
        glossary: &[("ipac", "IPAC", ORG, &["IPAC"])],
        text: "IPAC, not ipac or Ipac.",
        expected: &[("IPAC", "ipac")],
    },
    Row {
        name: "a name in capitals",
        glossary: &[("interpol", "Interpol", ORG, &[])],
        text: "INTERPOL SAYS NO",
        expected: &[("INTERPOL", "interpol")],
    },
    Row {
        name: "country is not the bird",
        glossary: &[("turkey", "Turkey", PLACE, &[])],
        text: "We ate turkey in Turkey.",
        expected: &[("Turkey", "turkey")],
    },
    Row {
        name: "lower-case name at a sentence start",
        glossary: &[("rn", "red notice", CONCEPT, &[])],
        text: "Red notices are requests. A red notice is not a warrant.",
        expected: &[("Red notices", "rn"), ("red notice", "rn")],
    },
    Row {
        name: "lower-case name mid-sentence stays lower-case",
        glossary: &[("rn", "red notice", CONCEPT, &[])],
        text: "the Red Notice Club",
        expected: &[],
    },
    Row {
        name: "aliases link to the entity",
        glossary: &[("mps", "Ministry of Public Security", ORG, &["MPS"])],
        text: "The MPS, or Ministry of Public Security.",
        expected: &[("MPS", "mps"), ("Ministry of Public Security", "mps")],
    },
    Row {
        name: "first entry wins a shared alias",
        glossary: &[("a", "Lyon", PLACE, &[]), ("b", "Lyon", PERSON, &[])],
        text: "Lyon",
        expected: &[("Lyon", "a")],
    },
    Row {
        name: "Han characters match inside a run",
        glossary: &[("mps", "公安部", ORG, &[])],
        text: "中华人民共和国公安部发布",
        expected: &[("公安部", "mps")],
    },
    Row {
        name: "accented capitals fold",
        glossary: &[("e", "École Normale", ORG, &[])],
        text: "ÉCOLE NORMALE",
        expected: &[("ÉCOLE NORMALE", "e")],
    },
];

#[test]
fn glossary_matching() {
    for row in ROWS {
        let annotation = annotate_runs(
            &run_texts(&[row.text]),
            &glossary(row.glossary),
            &Options::glossary_only(),
        );
        assert_eq!(
            mentions_by(&annotation, &[row.text], |e| &e.id),
            owned(row.expected),
            "row: {}",
            row.name
        );
    }
}

/// A row for glossary names linked like found names: a glossary, texts, and the (surface,
/// entity id) pairs expected with every finder on.
struct LinkRow {
    name: &'static str,
    glossary: &'static [Entry],
    texts: &'static [&'static str],
    expected: Expected,
}

const LINK_ROWS: &[LinkRow] = &[
    LinkRow {
        name: "a glossary person's surname links to the entry",
        glossary: &[("okafor", "Jane Okafor", PERSON, &[])],
        texts: &[
            "Jane Okafor spoke first.",
            "Later, Okafor said more. Mr. Okafor left.",
        ],
        expected: &[
            ("Jane Okafor", "okafor"),
            ("Okafor", "okafor"),
            ("Okafor", "okafor"),
        ],
    },
    LinkRow {
        name: "a surname through a middle initial and a particle",
        glossary: &[("vdb", "Pieter J. van der Berg", PERSON, &[])],
        texts: &["Pieter J. van der Berg spoke.", "Berg said more."],
        expected: &[("Pieter J. van der Berg", "vdb"), ("Berg", "vdb")],
    },
    LinkRow {
        name: "an acronym the article defines for a glossary name links to the entry",
        glossary: &[("nato", "North Atlantic Treaty Organization", ORG, &[])],
        texts: &[
            "The North Atlantic Treaty Organization (NATO) met.",
            "NATO agreed.",
        ],
        expected: &[
            ("North Atlantic Treaty Organization", "nato"),
            ("NATO", "nato"),
            ("NATO", "nato"),
        ],
    },
    LinkRow {
        name: "an acronym the article never defines links to the glossary name it abbreviates",
        glossary: &[("fbi", "Federal Bureau of Investigation", ORG, &[])],
        texts: &["The FBI opened an inquiry."],
        expected: &[("FBI", "fbi")],
    },
];

#[test]
fn glossary_names_link_like_found_names() {
    for row in LINK_ROWS {
        let annotation = annotate_runs(
            &run_texts(row.texts),
            &glossary(row.glossary),
            &Options::default(),
        );
        assert_eq!(
            mentions_by(&annotation, row.texts, |e| &e.id),
            owned(row.expected),
            "row: {}",
            row.name
        );
    }
}

#[test]
fn article_entities_beat_site_glossary() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/all-blocks.json"),
    )
    .unwrap();
    let article = article_from_json(&text).unwrap().value;
    let site = glossary(&[
        ("writer", "Writer Site Entry", PERSON, &[]),
        ("lyon", "Lyon", PLACE, &[]),
    ]);
    let annotation = annotate(&article, &site, &Options::glossary_only());
    let writer = annotation
        .entities
        .iter()
        .find(|e| e.id == "writer")
        .unwrap();
    assert_eq!(writer.name, "A. Writer");
    assert_eq!(
        annotation
            .entities
            .iter()
            .filter(|e| e.id == "writer")
            .count(),
        1
    );
}
