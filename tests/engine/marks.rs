//! Marks that must not recur: ordinary words taken for names, names split or joined
//! wrongly, first names that are words, photo credits, and another language read with
//! English rules. Each class has rows that must give no mark and rows that must give the
//! right one.

use crate::{mentions_by, owned, run_texts, Expected};
use gloss_engine::{annotate_runs, Language, Options};

/// A row: texts in a language, with no glossary, and the (surface, name of the linked
/// entity) pairs expected.
struct Row {
    name: &'static str,
    language: Language,
    texts: &'static [&'static str],
    expected: Expected,
}

const EN: Language = Language::English;

const ROWS: &[Row] = &[
    Row {
        name: "the word after a dateline",
        language: EN,
        texts: &["HALDEN, Norway \u{2014} Hundreds of dock workers gathered on Thursday."],
        expected: &[("HALDEN", "Halden"), ("Norway", "Norway")],
    },
    Row {
        name: "a dateline of its own, with a date",
        language: EN,
        texts: &["KESTRIA 2024-03-01", "Talks began in Kestria on Friday."],
        expected: &[("KESTRIA", "Kestria"), ("Kestria", "Kestria")],
    },
    Row {
        name: "not a dateline: a heading in capitals",
        language: EN,
        texts: &["SOCCER - REDMOOR GO TOP AFTER LATE WINNER"],
        expected: &[],
    },
    Row {
        name: "the first word of a quotation",
        language: EN,
        texts: &["He said: \u{201C}Right now we wait.\u{201D} Officials agreed with Tamm."],
        expected: &[("Tamm", "Tamm")],
    },
    Row {
        name: "words in capitals in headings, labels and compounds",
        language: EN,
        texts: &[
            "WHY IT MATTERS",
            "A label reads REPAIRABLE. Get the WEEKLY letter, a weekly digest.",
            "A TOP-level panel met NATO officials.",
        ],
        expected: &[("NATO", "NATO")],
    },
    Row {
        name: "the plural of an abbreviation",
        language: EN,
        texts: &["CFOs and MPs met NATO officials."],
        expected: &[("NATO", "NATO")],
    },
    Row {
        name: "a lone title, and the name after a title",
        language: EN,
        texts: &[
            "The Home Secretary said no.",
            "Later, Home Secretary Daniel Ashworth-Pryce spoke.",
        ],
        expected: &[("Daniel Ashworth-Pryce", "Daniel Ashworth-Pryce")],
    },
    Row {
        name: "The at a sentence's start is not glued to a name",
        language: EN,
        texts: &["The Lind administration fell.", "Anders Lind resigned."],
        expected: &[("Anders Lind", "Anders Lind")],
    },
    Row {
        name: "and or & inside one name",
        language: EN,
        texts: &[
            "Trinidad and Tobago signed.",
            "Talks with the Institute of Fisheries and Marine Science and with Smith & Nephew ended.",
            "The Committee on Energy and Climate Change met. So did the Ministry of Trade and Fisheries.",
        ],
        expected: &[
            ("Trinidad and Tobago", "Trinidad and Tobago"),
            (
                "Institute of Fisheries and Marine Science",
                "Institute of Fisheries and Marine Science",
            ),
            ("Smith & Nephew", "Smith & Nephew"),
            (
                "Committee on Energy and Climate Change",
                "Committee on Energy and Climate Change",
            ),
            ("Ministry of Trade and Fisheries", "Ministry of Trade and Fisheries"),
        ],
    },
    Row {
        name: "two names joined across and",
        language: EN,
        texts: &["Shares in Corvanta Group and Halden Shipping fell, and the Bank of England and Barclays agreed."],
        expected: &[
            ("Corvanta Group", "Corvanta Group"),
            ("Halden Shipping", "Halden Shipping"),
            ("Bank of England", "Bank of England"),
            ("Barclays", "Barclays"),
        ],
    },
    Row {
        name: "a hyphen inside a name, and a name cut from a longer one",
        language: EN,
        texts: &["Guinea-Bissau and Rolls-Royce signed a deal. The phone uses Touch ID to unlock."],
        expected: &[
            ("Guinea-Bissau", "Guinea-Bissau"),
            ("Rolls-Royce", "Rolls-Royce"),
            ("Touch ID", "Touch ID"),
        ],
    },
    Row {
        name: "a company form or a word in capitals inside a name",
        language: EN,
        texts: &["He joined Fjordverft AS from the IG Metall union."],
        expected: &[("Fjordverft AS", "Fjordverft AS"), ("IG Metall", "IG Metall")],
    },
    Row {
        name: "an adjective before a name",
        language: EN,
        texts: &["Fighters of the radical Kestria Front fled. Radical Kestria Front leaders hid."],
        expected: &[("Kestria Front", "Kestria Front"), ("Kestria Front", "Kestria Front")],
    },
    Row {
        name: "a title or a nationality glued to a name",
        language: EN,
        texts: &["Midfielder Ana Ruiz scored twice against the Czech Tomas Hruby."],
        expected: &[("Ana Ruiz", "Ana Ruiz"), ("Tomas Hruby", "Tomas Hruby")],
    },
    Row {
        name: "a title before a person, and the name before the title",
        language: EN,
        texts: &["Talks followed a visit by U.S. Secretary of State Ellen Brandt, and Senate Majority Leader Raymond Castellano."],
        expected: &[
            ("U.S.", "U.S."),
            ("Ellen Brandt", "Ellen Brandt"),
            ("Raymond Castellano", "Raymond Castellano"),
        ],
    },
    Row {
        name: "first names that are words are not references",
        language: EN,
        texts: &[
            "Officials met Bill Harlow. The Bill passed.",
            "Officials met Will Dorsey. \u{201C}Will they listen?\u{201D} Dorsey said.",
        ],
        expected: &[
            ("Bill Harlow", "Bill Harlow"),
            ("Will Dorsey", "Will Dorsey"),
            ("Dorsey", "Will Dorsey"),
        ],
    },
    Row {
        name: "a title and a surname link to the full name",
        language: EN,
        texts: &["Officials met Ana Ruiz.", "Ms. Ruiz said so."],
        expected: &[("Ana Ruiz", "Ana Ruiz"), ("Ruiz", "Ana Ruiz")],
    },
    Row {
        name: "photo credits inside captions",
        language: EN,
        texts: &[
            "Cranes at the port in Halden. Credit: JANE ROE/NORDIC AGENCY",
            "Sandbags outside homes in Tadcaster. (Jane Roe / The Ledger)",
        ],
        expected: &[("Halden", "Halden"), ("Tadcaster", "Tadcaster")],
    },
    Row {
        name: "not: an English adjective of nationality spelled as a French country",
        language: EN,
        texts: &["The Argentine envoy spoke in Lyon. Later the Argentine said no."],
        expected: &[("Lyon", "Lyon")],
    },
    Row {
        name: "French: the article word is no part of a name, a plural is none",
        language: Language::French,
        texts: &["Le Parlement a vot\u{E9}. Les Europ\u{E9}ens suivent le texte de l\u{2019}Assembl\u{E9}e nationale."],
        expected: &[
            ("Parlement", "Parlement"),
            ("Assembl\u{E9}e nationale", "Assembl\u{E9}e nationale"),
        ],
    },
    Row {
        name: "French titles: \"M.\", \"Mme\" and \"Mlle\" stay out of the name",
        language: Language::French,
        texts: &["M. Luc Ferrand a parl\u{E9}. Mme Ana Ruiz et Mlle Zo\u{E9} Morel aussi."],
        expected: &[
            ("Luc Ferrand", "Luc Ferrand"),
            ("Ana Ruiz", "Ana Ruiz"),
            ("Zo\u{E9} Morel", "Zo\u{E9} Morel"),
        ],
    },
    Row {
        name: "not: an initial M in English",
        language: EN,
        texts: &["Laura M. Brenner spoke first."],
        expected: &[("Laura M. Brenner", "Laura M. Brenner")],
    },
    Row {
        name: "British titles: a councillor's stays out of the name",
        language: EN,
        texts: &["The council's leader, Cllr Aisha Moorcroft, said so."],
        expected: &[("Aisha Moorcroft", "Aisha Moorcroft")],
    },
    Row {
        name: "French particles inside names: \"d\u{2019}\", \"de l\u{2019}\", and a hyphenated saint's name",
        language: Language::French,
        texts: &["Julien d\u{2019}Aubigny et Paul de Saint-Aubin sont au Conseil de l\u{2019}Union europ\u{E9}enne."],
        expected: &[
            ("Julien d\u{2019}Aubigny", "Julien d\u{2019}Aubigny"),
            ("Paul de Saint-Aubin", "Paul de Saint-Aubin"),
            (
                "Conseil de l\u{2019}Union europ\u{E9}enne",
                "Conseil de l\u{2019}Union europ\u{E9}enne",
            ),
        ],
    },
    Row {
        name: "not: a title joined by a space, nor a hyphenated title, opens the name",
        language: EN,
        texts: &["Vice-President Ana Ruiz and Saint Paul Dorsey spoke."],
        expected: &[("Ana Ruiz", "Ana Ruiz"), ("Paul Dorsey", "Paul Dorsey")],
    },
    Row {
        name: "French: a lone legislature or Commission is a name",
        language: Language::French,
        texts: &["Le texte ira au Conseil et \u{E0} la Commission."],
        expected: &[("Conseil", "Conseil"), ("Commission", "Commission")],
    },
    Row {
        name: "not: a French minister's portfolio",
        language: Language::French,
        texts: &["La ministre de l\u{2019}Int\u{E9}rieur et le ministre charg\u{E9} du Num\u{E9}rique ont parl\u{E9} \u{E0} Lyon."],
        expected: &[("Lyon", "Lyon")],
    },
    Row {
        name: "French: the minister after a portfolio is a name of its own",
        language: Language::French,
        texts: &["Le ministre de l\u{2019}Int\u{E9}rieur Paul Verdier a parl\u{E9} \u{E0} Lyon."],
        expected: &[("Paul Verdier", "Paul Verdier"), ("Lyon", "Lyon")],
    },
    Row {
        name: "not: French \"\u{E0} l\u{2019}\" or \"d\u{2019}\" joins a whole name to the next",
        language: Language::French,
        texts: &["Le d\u{E9}put\u{E9} Jean Dupont \u{E0} l\u{2019}Assembl\u{E9}e nationale a vot\u{E9}. Plus tard, Anne Dupont d\u{2019}Airbus a parl\u{E9}."],
        expected: &[
            ("Jean Dupont", "Jean Dupont"),
            ("Assembl\u{E9}e nationale", "Assembl\u{E9}e nationale"),
            ("Anne Dupont", "Anne Dupont"),
            ("Airbus", "Airbus"),
        ],
    },
    Row {
        name: "not: a known body's word opening a sentence before a lower-case word",
        language: EN,
        texts: &["Commission payments to brokers rose. Labour market data was weak in Lyon."],
        expected: &[("Lyon", "Lyon")],
    },
    Row {
        name: "French text read with English rules: particles start names",
        language: EN,
        texts: &["The court ruled for de la Vega."],
        expected: &[("de la Vega", "de la Vega")],
    },
    Row {
        name: "another language: only what holds in every one",
        language: Language::Other,
        texts: &["Der Bundestag stimmte zu. Die Europ\u{E4}ische Zentralbank (EZB) wartet."],
        expected: &[(
            "Europ\u{E4}ische Zentralbank",
            "Europ\u{E4}ische Zentralbank",
        ), ("EZB", "Europ\u{E4}ische Zentralbank")],
    },
];

#[test]
fn marks_that_must_not_recur() {
    let mut wrong = Vec::new();
    for row in ROWS {
        let runs = run_texts(row.texts);
        let options = Options {
            language: row.language,
            ..Options::default()
        };
        let annotation = annotate_runs(&runs, &[], &options);
        let got = mentions_by(&annotation, row.texts, |e| &e.name);
        if got != owned(row.expected) {
            wrong.push(format!("row {}: {got:?}", row.name));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn languages_from_their_tags() {
    for (tag, language) in [
        (None, Language::English),
        (Some(""), Language::English),
        (Some("en"), Language::English),
        (Some("en-GB"), Language::English),
        (Some("EN_us"), Language::English),
        (Some("fr"), Language::French),
        (Some("fr-CA"), Language::French),
        (Some("de"), Language::Other),
        (Some("eng"), Language::Other),
        (Some("f"), Language::Other),
    ] {
        assert_eq!(Language::from_tag(tag), language, "{tag:?}");
    }
}
