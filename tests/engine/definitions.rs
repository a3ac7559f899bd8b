//! Summaries taken from the article: appositives, role phrases, relative clauses and
//! defining sentences, and the look-alikes that must not become summaries.

use crate::{run_texts, PERSON};
use gloss_engine::{annotate_runs, Options, Source};
use gloss_model::Entity;

/// A row: a name (given to the engine as a glossary entry with no summary, so that the row
/// tests the patterns and not the name finder), the runs, and the summary expected, or
/// `None` where no summary may be taken.
struct Row {
    name: &'static str,
    entity: &'static str,
    texts: &'static [&'static str],
    summary: Option<&'static str>,
}

const ROWS: &[Row] = &[
    Row {
        name: "not: a name in a phrase that opens the sentence, then the main clause",
        entity: "Halden",
        texts: &["In Halden, the police arrested six people on Friday."],
        summary: None,
    },
    Row {
        name: "appositive after the name",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, a lawyer who has defended journalists, spoke."],
        summary: Some("A lawyer who has defended journalists."),
    },
    Row {
        name: "appositive after a bracketed short form",
        entity: "Harbour Trust",
        texts: &["The Harbour Trust (HT), a charity that restores old quays, said no."],
        summary: Some("A charity that restores old quays."),
    },
    Row {
        name: "two described names joined by and",
        entity: "Harbour Trust",
        texts: &[
            "Members of the Harbour Trust, a charity that restores old quays, and Ana Ruiz, a hydrologist, wrote.",
        ],
        summary: Some("A charity that restores old quays."),
    },
    Row {
        name: "role phrase with an article",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, the head of the water tribunal, left."],
        summary: Some("The head of the water tribunal."),
    },
    Row {
        name: "role phrase without an article",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, head of the water tribunal, left early."],
        summary: Some("Head of the water tribunal."),
    },
    Row {
        name: "role phrase with one of",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, one of the founders of the river trust, left."],
        summary: Some("One of the founders of the river trust."),
    },
    Row {
        name: "relative clause with who",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, who founded the river trust in 1998, spoke."],
        summary: Some("Ana Ruiz, who founded the river trust in 1998."),
    },
    Row {
        name: "the X, which does something",
        entity: "Water Tribunal",
        texts: &[
            "The ruling came from the Water Tribunal, which oversees every dam in the valley.",
        ],
        summary: Some("Water Tribunal, which oversees every dam in the valley."),
    },
    Row {
        name: "appositive before the name, at a sentence start",
        entity: "Water Tribunal",
        texts: &["The country's highest water court, the Water Tribunal, ruled on Monday."],
        summary: Some("The country's highest water court."),
    },
    Row {
        name: "appositive before the name, in a caption",
        entity: "Ana Ruiz",
        texts: &["The director of the port authority, Ana Ruiz, at the quay in May"],
        summary: Some("The director of the port authority."),
    },
    Row {
        name: "X is a Y",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz is a hydrologist at the state university. She spoke."],
        summary: Some("Ana Ruiz is a hydrologist at the state university."),
    },
    Row {
        name: "the X was a Y",
        entity: "Harbour Trust",
        texts: &["The Harbour Trust was the city's first conservation charity."],
        summary: Some("The Harbour Trust was the city's first conservation charity."),
    },
    Row {
        name: "acronym definition then X is a Y",
        entity: "World Weather Office",
        texts: &[
            "The World Weather Office (WWO) is a body that pools forecasts from 90 countries.",
        ],
        summary: Some(
            "The World Weather Office (WWO) is a body that pools forecasts from 90 countries.",
        ),
    },
    Row {
        name: "a definition after an honorific's full stop is a whole sentence",
        entity: "Carlos Ruiz",
        texts: &[
            "He met Mr. Ruiz on Monday. Carlos Ruiz is a farmer from the north of the valley.",
        ],
        summary: Some("Carlos Ruiz is a farmer from the north of the valley."),
    },
    Row {
        name: "a definition in the image caption",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, the tribunal's chief engineer, at the dam in May"],
        summary: Some("The tribunal's chief engineer."),
    },
    Row {
        name: "an appositive beats a later defining sentence",
        entity: "Ana Ruiz",
        texts: &[
            "Ana Ruiz is a name many know.",
            "Ana Ruiz, a hydrologist at the university, spoke.",
        ],
        summary: Some("A hydrologist at the university."),
    },
    Row {
        name: "a descriptor right before the name",
        entity: "MarTrust",
        texts: &["Shares fell after the shipping regulator MarTrust fined the line."],
        summary: Some("The shipping regulator."),
    },
    Row {
        name: "a descriptor at a sentence's start",
        entity: "Fairplay",
        texts: &["The consumer group Fairplay welcomed the fine."],
        summary: Some("The consumer group."),
    },
    Row {
        name: "a role phrase of a party opens the sentence",
        entity: "Ana Ruiz",
        texts: &["The leader of the Harbour Party, Ana Ruiz, said no."],
        summary: Some("The leader of the Harbour Party."),
    },
    Row {
        name: "a name's possessive and a role open the sentence",
        entity: "Tom Lind",
        texts: &["Kestria's president, Tom Lind, agreed."],
        summary: Some("Kestria's president."),
    },
    Row {
        name: "a job title with a qualifier inside an appositive",
        entity: "Pia Holm",
        texts: &["Pia Holm, Nordic director at the Fisheries Council, left."],
        summary: Some("Nordic director at the Fisheries Council."),
    },
    Row {
        name: "a two-word appositive with a noun of a kind",
        entity: "Halden",
        texts: &["The talks in Halden, the capital, went on."],
        summary: Some("The capital."),
    },
    Row {
        name: "a clause about a group after a plain article is the name's",
        entity: "Federalists",
        texts: &["Voters left the Federalists, who ran the council until 2019, in droves."],
        summary: Some("Federalists, who ran the council until 2019."),
    },
    Row {
        name: "which with a founding verb is no forecast",
        entity: "Harbour Trust",
        texts: &["The Harbour Trust, which was set up in 1923, said no."],
        summary: Some("Harbour Trust, which was set up in 1923."),
    },
    // Rows that must not become summaries.
    Row {
        name: "a forecast a few words into the clause",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, who is widely expected to resign, spoke."],
        summary: None,
    },
    Row {
        name: "a verb between the article and a role is no descriptor",
        entity: "Tom Lind",
        texts: &["Then the minister met president Tom Lind."],
        summary: None,
    },
    Row {
        name: "a time before a role is no descriptor",
        entity: "Ana Ruiz",
        texts: &["On the next day minister Ana Ruiz left."],
        summary: None,
    },
    Row {
        name: "a role inside a phrase about something else is not the name's",
        entity: "Tom Lind",
        texts: &["The visit by the president of Kestria, Tom Lind, ended."],
        summary: None,
    },
    Row {
        name: "a two-word item of a list",
        entity: "Fairplay",
        texts: &["Complaints came from Fairplay, the union, and dozens of drivers."],
        summary: None,
    },
    Row {
        name: "a bare noun before the name is no descriptor",
        entity: "Fairplay",
        texts: &["Then the group Fairplay welcomed the fine."],
        summary: None,
    },
    Row {
        name: "a noun after a preposition is no descriptor",
        entity: "Fairplay",
        texts: &["Critics of the regulator for Fairplay left."],
        summary: None,
    },
    Row {
        name: "a name before the comma that no role leads is no appositive",
        entity: "Tom Lind",
        texts: &["The talks with the Harbour Party, Tom Lind, and two aides went on."],
        summary: None,
    },
    Row {
        name: "a two-word relative clause is a fragment",
        entity: "Treasury Select Committee",
        texts: &["MPs on the Treasury Select Committee, whose chair, Ana Ruiz, spoke, agreed."],
        summary: None,
    },
    Row {
        name: "a two-word appositive without one",
        entity: "Halden",
        texts: &["The talks in Halden, the same, went on."],
        summary: None,
    },
    Row {
        name: "no definition at all",
        entity: "Ana Ruiz",
        texts: &["He married Ana Ruiz as his first wife in 1990."],
        summary: None,
    },
    Row {
        name: "a list of places",
        entity: "Kestria",
        texts: &["Delegates came from Kestria, the Netherlands and Spain."],
        summary: None,
    },
    Row {
        name: "a time after the name",
        entity: "Ana Ruiz",
        texts: &["They met Ana Ruiz, the next day, in a caf\u{e9}."],
        summary: None,
    },
    Row {
        name: "a reported claim",
        entity: "Ana Ruiz",
        texts: &["Prices rose for Ana Ruiz, the agency said."],
        summary: None,
    },
    Row {
        name: "a quotation",
        entity: "Ana Ruiz",
        texts: &["\u{201C}Ana Ruiz is a liar and a thief,\u{201D} the minister told reporters."],
        summary: None,
    },
    Row {
        name: "a defining sentence that is a claim",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz is a spy for a foreign power, the report said."],
        summary: None,
    },
    Row {
        name: "a question",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz is a what, exactly, in this story?"],
        summary: None,
    },
    Row {
        name: "which with an event",
        entity: "Water Tribunal",
        texts: &["It went to the Water Tribunal, which ruled against the dam on Monday."],
        summary: None,
    },
    Row {
        name: "a relative clause about an event after a person's name",
        entity: "Ana Ruiz",
        texts: &["A ruling on Ana Ruiz, which became law in May, may change that."],
        summary: None,
    },
    Row {
        name: "a relative clause that forecasts",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, who is expected to resign in May, spoke."],
        summary: None,
    },
    Row {
        name: "a relative clause that reports a belief",
        entity: "Harbour Trust",
        texts: &["The Harbour Trust, which is thought to own the quay, said no."],
        summary: None,
    },
    Row {
        name: "a clause about a qualified group is not the bare name's",
        entity: "Federalists",
        texts: &["The region's hardline Federalists, who ran the council until 2019, lost."],
        summary: None,
    },
    Row {
        name: "a main clause cut at the comma before the name",
        entity: "Ana Ruiz",
        texts: &["The tour included the minister's adviser, Ana Ruiz, and two aides."],
        summary: None,
    },
    Row {
        name: "whom with a pronoun",
        entity: "Ana Ruiz",
        texts: &["He thanked Ana Ruiz, whom he married in 1990, for her help."],
        summary: None,
    },
    Row {
        name: "a pronoun in an appositive",
        entity: "Velmora",
        texts: &["He left Velmora, a city he loved, in 2001."],
        summary: None,
    },
    Row {
        name: "a clause cut inside a series",
        entity: "Ana Ruiz",
        texts: &["Ana Ruiz, who won the race in 2010, 2012 and 2014, retired."],
        summary: None,
    },
    Row {
        name: "a time phrase before the name",
        entity: "Ana Ruiz",
        texts: &["After the long meeting, Ana Ruiz, tired, went home."],
        summary: None,
    },
    Row {
        name: "a place phrase before the name",
        entity: "Ana Ruiz",
        texts: &["At the ministry, Ana Ruiz, tired, went home."],
        summary: None,
    },
    Row {
        name: "a phrase before the name within a sentence",
        entity: "Ana Ruiz",
        texts: &["They spoke to the head of the port authority, Ana Ruiz, at noon."],
        summary: None,
    },
    Row {
        name: "another name for the same thing",
        entity: "IPAC",
        texts: &["IPAC, the Inter-Parliamentary Alliance, met."],
        summary: None,
    },
    Row {
        name: "two people, not an appositive",
        entity: "Ana Ruiz",
        texts: &["The leaders of both towns, Ana Ruiz and Bob Stone, met."],
        summary: None,
    },
];

#[test]
fn definitions_in_the_article() {
    for row in ROWS {
        let entity = Entity {
            id: "x".into(),
            name: row.entity.to_string(),
            kind: PERSON,
            ..Entity::default()
        };
        let annotation = annotate_runs(&run_texts(row.texts), &[entity], &Options::default());
        let found = annotation.entities.iter().find(|e| e.id == "x").unwrap();
        assert!(
            !found.mentions.is_empty(),
            "row {}: {} is not mentioned",
            row.name,
            row.entity
        );
        assert_eq!(found.summary.as_deref(), row.summary, "row: {}", row.name);
        if row.summary.is_some() {
            assert!(
                matches!(found.source, Source::Article { .. }),
                "row: {}",
                row.name
            );
        }
    }
}

#[test]
fn summaries_from_the_article() {
    let texts = [
        "Lawmakers from the Inter-Parliamentary Alliance on China (IPAC), a global alliance of members of parliaments, wrote.",
        "The Ministry of Public Security (MPS) said little.",
        "Peter Dahlin is the founder of a small group. Later he moved.",
    ];
    let annotation = annotate_runs(&run_texts(&texts), &[], &Options::default());
    let summary = |name: &str| {
        let e = annotation.entities.iter().find(|e| e.name == name).unwrap();
        (e.summary.clone().unwrap_or_default(), e.source.clone())
    };
    let (ipac, source) = summary("Inter-Parliamentary Alliance on China");
    assert_eq!(ipac, "A global alliance of members of parliaments.");
    assert!(matches!(source, Source::Article { run: 0, ref sentence } if sentence == texts[0]));
    assert_eq!(
        summary("Ministry of Public Security"),
        (
            "MPS stands for Ministry of Public Security.".to_owned(),
            Source::Acronym
        )
    );
    assert_eq!(
        summary("Peter Dahlin").0,
        "Peter Dahlin is the founder of a small group."
    );
}
