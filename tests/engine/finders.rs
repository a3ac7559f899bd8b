//! The automatic finders, with no glossary: acronyms and their long forms, surnames
//! after full names, titles, particles and initials, institutions, and the capitalised
//! words that are not names.

use crate::{mentions_by, owned, run_texts, Expected};
use gloss_engine::{annotate_runs, Options, Source};

/// A row: texts with no glossary, and the (surface, name of the linked entity) pairs
/// expected.
struct Row {
    name: &'static str,
    texts: &'static [&'static str],
    expected: Expected,
}

const ROWS: &[Row] = &[
    Row {
        name: "acronym definition and later use",
        texts: &[
            "A member of its Ministry of Public Security (MPS) spoke.",
            "The MPS denied it.",
        ],
        expected: &[
            (
                "Ministry of Public Security",
                "Ministry of Public Security",
            ),
            ("MPS", "Ministry of Public Security"),
            ("MPS", "Ministry of Public Security"),
        ],
    },
    Row {
        name: "lower-case long form",
        texts: &[
            "Safeguard Defenders, a non-governmental organization (NGO) that works in Spain.",
            "Other NGO leaders agreed.",
        ],
        expected: &[
            ("Safeguard Defenders", "Safeguard Defenders"),
            (
                "non-governmental organization",
                "Non-governmental organization",
            ),
            ("NGO", "Non-governmental organization"),
            ("Spain", "Spain"),
            ("NGO", "Non-governmental organization"),
        ],
    },
    Row {
        name: "surname after a family-name-first name",
        texts: &[
            "China put forward Hu Binchen for the post.",
            "Hu is a deputy director. Critics said Hu\u{2019}s record was poor.",
        ],
        expected: &[
            ("China", "China"),
            ("Hu Binchen", "Hu Binchen"),
            ("Hu", "Hu Binchen"),
            ("Hu", "Hu Binchen"),
        ],
    },
    Row {
        name: "surname after a given-name-first name",
        texts: &[
            "The report was written by Peter Dahlin in Madrid.",
            "Dahlin said more.",
        ],
        expected: &[
            ("Peter Dahlin", "Peter Dahlin"),
            ("Madrid", "Madrid"),
            ("Dahlin", "Peter Dahlin"),
        ],
    },
    Row {
        name: "a bare surname makes no entity",
        texts: &["Dahlin said more."],
        expected: &[],
    },
    Row {
        name: "a common noun opening a sentence is not part of the name",
        texts: &["Profits fell. Rival Samsung Electronics did worse."],
        expected: &[("Samsung Electronics", "Samsung Electronics")],
    },
    Row {
        name: "a company with and without its legal form",
        texts: &[
            "Shares in Apple fell.",
            "Apple Inc. said sales were weak.",
        ],
        expected: &[("Apple", "Apple Inc"), ("Apple Inc", "Apple Inc")],
    },
    Row {
        name: "a title before the name is not part of it",
        texts: &[
            "Fed Chair Jerome Powell spoke on Monday.",
            "Powell said little.",
        ],
        expected: &[
            ("Jerome Powell", "Jerome Powell"),
            ("Powell", "Jerome Powell"),
        ],
    },
    Row {
        name: "sentence-initial ordinary words are not names",
        texts: &[
            "Unlike the others, it works.",
            "Reports say so. Now we know. Many agree.",
        ],
        expected: &[],
    },
    Row {
        name: "dates are not names",
        texts: &["On Nov. 15 and on Monday, May 6, nothing happened."],
        expected: &[],
    },
    Row {
        name: "demonyms alone are not names",
        texts: &["A Chinese official and a Swedish writer."],
        expected: &[],
    },
    Row {
        name: "connectors inside names",
        texts: &[
            "Members of the Inter-Parliamentary Alliance on China met at the 89th General Assembly of Interpol.",
        ],
        expected: &[
            (
                "Inter-Parliamentary Alliance on China",
                "Inter-Parliamentary Alliance on China",
            ),
            (
                "89th General Assembly of Interpol",
                "89th General Assembly of Interpol",
            ),
        ],
    },
    Row {
        name: "a shorter form of a longer name links to it",
        texts: &[
            "Delegates met at the 89th General Assembly of Interpol.",
            "At the General Assembly, they voted.",
        ],
        expected: &[
            (
                "89th General Assembly of Interpol",
                "89th General Assembly of Interpol",
            ),
            ("General Assembly", "89th General Assembly of Interpol"),
        ],
    },
    Row {
        name: "a title-case headline creates nothing",
        texts: &["Why A Vote Inside Interpol Drew Attention"],
        expected: &[],
    },
    Row {
        name: "a sentence-initial word is a name only if the article shows it capitalised alone",
        texts: &[
            "Business groups met. The Business Council of Australia said so.",
            "Tax rises. Fares rose. Using data, they agreed.",
        ],
        expected: &[
            (
                "Business Council of Australia",
                "Business Council of Australia",
            ),
        ],
    },
    Row {
        name: "contractions are never names",
        texts: &[
            "\u{201C}I'm here,\u{201D} she said. \u{201C}I\u{2019}d go. I've seen it. They're late.\u{201D}",
        ],
        expected: &[],
    },
    Row {
        name: "a middle initial is inside the name, and the surname links through it",
        texts: &[
            "The firm was founded by Laura K. Brenner in Ohio.",
            "Brenner said so.",
        ],
        expected: &[
            ("Laura K. Brenner", "Laura K. Brenner"),
            ("Ohio", "Ohio"),
            ("Brenner", "Laura K. Brenner"),
        ],
    },
    Row {
        name: "a particle is inside the name, and the surname links through it",
        texts: &[
            "Defence Minister Ahmed al-Rashidi spoke.",
            "Rashidi said more.",
        ],
        expected: &[
            ("Ahmed al-Rashidi", "Ahmed al-Rashidi"),
            ("Rashidi", "Ahmed al-Rashidi"),
        ],
    },
    Row {
        name: "a name may open with a lower-case particle",
        texts: &["Fighters of al-Shabaab fled."],
        expected: &[("al-Shabaab", "al-Shabaab")],
    },
    Row {
        name: "a particle opening a sentence links to the full name",
        texts: &[
            "Chief Inspector Pieter van der Berg led it.",
            "Van der Berg said so.",
        ],
        expected: &[
            ("Pieter van der Berg", "Pieter van der Berg"),
            ("Van der Berg", "Pieter van der Berg"),
        ],
    },
    Row {
        name: "a particle-headed name in either case",
        texts: &["De la Vega paints. Prices for de la Vega\u{2019}s canvases rose."],
        expected: &[("De la Vega", "De la Vega"), ("de la Vega", "De la Vega")],
    },
    Row {
        name: "a common-word head the article capitalises mid-sentence",
        texts: &[
            "First Solar said profits rose.",
            "Shares in First Solar fell.",
        ],
        expected: &[
            ("First Solar", "First Solar"),
            ("First Solar", "First Solar"),
        ],
    },
    Row {
        name: "General before one word is kept whole",
        texts: &["Shares in General Mills rose."],
        expected: &[("General Mills", "General Mills")],
    },
    Row {
        name: "a place after a person's name is cut off, and a demonym after a place",
        texts: &["Senator Dana Whitfield of Ohio spoke. The Ohio Democrat said no."],
        expected: &[
            ("Dana Whitfield", "Dana Whitfield"),
            ("Ohio", "Ohio"),
            ("Ohio", "Ohio"),
        ],
    },
    Row {
        name: "a place name with of is not cut",
        texts: &["She flew to the United States of America."],
        expected: &[("United States of America", "United States of America")],
    },
    Row {
        name: "for, on and and join only an institution's name",
        texts: &[
            "The Institute for Health and Social Policy wrote.",
            "She left Madrid for the Kent coast. Texas and Oklahoma agreed.",
        ],
        expected: &[
            (
                "Institute for Health and Social Policy",
                "Institute for Health and Social Policy",
            ),
            ("Madrid", "Madrid"),
            ("Kent", "Kent"),
            ("Texas", "Texas"),
            ("Oklahoma", "Oklahoma"),
        ],
    },
    Row {
        name: "acronyms used without a definition, but not a dateline (a place) or a Roman numeral",
        texts: &["LONDON \u{2014} The UK and NATO met the FBI and EUROPOL in World War II."],
        expected: &[
            ("LONDON", "London"),
            ("UK", "UK"),
            ("NATO", "NATO"),
            ("FBI", "FBI"),
            ("EUROPOL", "EUROPOL"),
            ("World War II", "World War II"),
        ],
    },
    Row {
        name: "dotted acronyms",
        texts: &["Officials in the U.S. spoke to the U.S. Africa Command."],
        expected: &[
            ("U.S.", "U.S."),
            ("U.S. Africa Command", "U.S. Africa Command"),
        ],
    },
    Row {
        name: "an acronym links to the name it abbreviates",
        texts: &["The United Nations met.", "The UN agreed."],
        expected: &[
            ("United Nations", "United Nations"),
            ("UN", "United Nations"),
        ],
    },
    Row {
        name: "a one-word institution links to the name it heads, and a legislature stands alone",
        texts: &[
            "The Bank of England held rates.",
            "The Bank said so, and Parliament agreed. The Government did not.",
        ],
        expected: &[
            ("Bank of England", "Bank of England"),
            ("Bank", "Bank of England"),
            ("Parliament", "Parliament"),
        ],
    },
    Row {
        name: "a title before one name makes a person",
        texts: &[
            "President Adams spoke.",
            "Adams left, and Mr. Okafor stayed.",
        ],
        expected: &[
            ("Adams", "Adams"),
            ("Adams", "Adams"),
            ("Okafor", "Okafor"),
        ],
    },
    Row {
        name: "a portfolio between a title and the person",
        texts: &[
            "Minister for Housing Siobh\u{E1}n O'Sullivan spoke.",
            "O'Sullivan said so.",
        ],
        expected: &[
            ("Siobh\u{E1}n O'Sullivan", "Siobh\u{E1}n O'Sullivan"),
            ("O'Sullivan", "Siobh\u{E1}n O'Sullivan"),
        ],
    },
    Row {
        name: "a list line of officials is read, though set like a headline",
        texts: &[
            "Homeland Security Secretary Peter J. Lindqvist",
            "Senator Luis Ortega-Marsh (D-Ariz.)",
        ],
        expected: &[
            ("Peter J. Lindqvist", "Peter J. Lindqvist"),
            ("Luis Ortega-Marsh", "Luis Ortega-Marsh"),
        ],
    },
    Row {
        name: "a soft hyphen does not split a name",
        texts: &[
            "Dr. Anahera Tauta\u{AD}hikura spoke.",
            "Tautahikura said so.",
        ],
        expected: &[
            ("Anahera Tauta\u{AD}hikura", "Anahera Tauta\u{AD}hikura"),
            ("Tautahikura", "Anahera Tauta\u{AD}hikura"),
        ],
    },
    Row {
        name: "a name at a sentence start with evidence elsewhere",
        texts: &[
            "Fox Hunt is run by the ministry.",
            "They joined the Fox Hunt campaign.",
        ],
        expected: &[("Fox Hunt", "Fox Hunt"), ("Fox Hunt", "Fox Hunt")],
    },
    Row {
        name: "a team's word alone is the team",
        texts: &[
            "Plymouth Argyle drew 2-2 with Leeds United on Saturday.",
            "Late on, Leeds had led twice, and Argyle's keeper was injured.",
        ],
        expected: &[
            ("Plymouth Argyle", "Plymouth Argyle"),
            ("Leeds United", "Leeds United"),
            ("Leeds", "Leeds United"),
            ("Argyle", "Plymouth Argyle"),
        ],
    },
    Row {
        name: "not: a word two teams share, nor a name outside a match",
        texts: &[
            "Halvik United beat Halvik City 2-1 on Sunday, and Halvik was quiet.",
            "The Kestria Front won 40 seats. Voters in Kestria were unhappy.",
        ],
        expected: &[
            ("Halvik United", "Halvik United"),
            ("Halvik City", "Halvik City"),
            ("Halvik", "Halvik"),
            ("Kestria Front", "Kestria Front"),
            ("Kestria", "Kestria"),
        ],
    },
];

#[test]
fn automatic_finders() {
    for row in ROWS {
        let annotation = annotate_runs(&run_texts(row.texts), &[], &Options::default());
        let got = mentions_by(&annotation, row.texts, |e| &e.name);
        assert_eq!(got, owned(row.expected), "row: {}", row.name);
    }
}

#[test]
fn an_undefined_acronym_card_says_it_is_an_abbreviation() {
    let texts = [
        "Talks went on.",
        "Ministers met at NATO headquarters on Friday. NATO agreed.",
    ];
    let annotation = annotate_runs(&run_texts(&texts), &[], &Options::default());
    let nato = annotation
        .entities
        .iter()
        .find(|e| e.name == "NATO")
        .unwrap();
    assert_eq!(nato.short.as_deref(), Some("NATO"));
    assert_eq!(
        nato.summary.as_deref(),
        Some("An abbreviation the article does not spell out.")
    );
    assert!(matches!(nato.source, Source::Acronym));
    // The card quotes its first sentence as any name's does, the name marked.
    let passage = nato.passage.as_ref().unwrap();
    assert_eq!(
        passage.text,
        "Ministers met at NATO headquarters on Friday."
    );
    assert_eq!(&passage.text[passage.mark_start..passage.mark_end], "NATO");
}

/// A bracketed short form right after a name is defined by it, whatever its letters;
/// after a person's name it is a party or a post, and stays undefined.
#[test]
fn a_bracket_after_a_name_defines_its_short_form_whatever_its_letters() {
    let texts = [
        "Reporters Without Borders (RSF) condemned the arrest. RSF said more.",
        "Ana Ruiz (SNP) said the Dutch Safety Board (OVV) was right.",
        "Novak Djokovic (SRB) beat him. German Chancellor Olaf Scholz (SPD) spoke.",
        "Tom Lind (SDP) agreed. Later the Social Democratic Party (SDP) won.",
        "Shares in Kestria Ferries Group (KFX.N) rose.",
    ];
    let annotation = annotate_runs(&run_texts(&texts), &[], &Options::default());
    let by_short = |short: &str| {
        annotation
            .entities
            .iter()
            .find(|e| e.short.as_deref() == Some(short))
            .unwrap_or_else(|| panic!("no entity for {short}"))
    };
    let rsf = by_short("RSF");
    assert_eq!(rsf.name, "Reporters Without Borders");
    assert_eq!(
        rsf.summary.as_deref(),
        Some("RSF stands for Reporters Without Borders.")
    );
    assert_eq!(by_short("OVV").name, "Dutch Safety Board");
    // After a person's name, with or without a title or a given name the lists know.
    for short in ["SNP", "SRB", "SPD"] {
        assert_eq!(by_short(short).name, short, "{short} stays undefined");
    }
    // A later bracket the letters spell defines it.
    assert_eq!(by_short("SDP").name, "Social Democratic Party");
    assert!(annotation
        .entities
        .iter()
        .all(|e| e.short.as_deref() != Some("KFX.N")));
}
