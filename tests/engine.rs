//! The engine's rules as a table, in the style of aho-corasick's tests: each row names a
//! rule, gives a glossary and a text, and lists every mention expected, as
//! `(surface text, entity id)`. Negative rows expect nothing.

use gloss_cli::json::article_from_json;
use gloss_engine::{annotate, annotate_runs, Annotation, Options, Run, RunPlace, Source};
use gloss_model::{Entity, Kind};
use std::path::Path;

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

fn spans(annotation: &Annotation, texts: &[&str]) -> Vec<(String, String)> {
    annotation
        .runs
        .iter()
        .zip(texts)
        .flat_map(|(run, text)| {
            run.mentions.iter().map(|m| {
                (
                    m.text(text).to_owned(),
                    annotation.entities[m.entity].id.clone(),
                )
            })
        })
        .collect()
}

const ORG: Kind = Kind::Organization;
const PLACE: Kind = Kind::Place;
const PERSON: Kind = Kind::Person;
const CONCEPT: Kind = Kind::Concept;

#[test]
fn glossary_matching() {
    let rows: &[(&str, &[Entry], &str, Expected)] = &[
        (
            "whole words only",
            &[("hu", "Hu", PERSON, &[])],
            "Huawei and Hu met.",
            &[("Hu", "hu")],
        ),
        (
            "longest match wins",
            &[
                ("china", "China", PLACE, &[]),
                ("ipac", "Inter-Parliamentary Alliance on China", ORG, &[]),
            ],
            "The Inter-Parliamentary Alliance on China wrote to China.",
            &[
                ("Inter-Parliamentary Alliance on China", "ipac"),
                ("China", "china"),
            ],
        ),
        (
            "leftmost match wins",
            &[
                ("ab", "Alpha Beta", ORG, &[]),
                ("bg", "Beta Gamma", ORG, &[]),
            ],
            "Alpha Beta Gamma",
            &[("Alpha Beta", "ab")],
        ),
        (
            "straight possessive",
            &[("interpol", "Interpol", ORG, &[])],
            "Interpol's rules",
            &[("Interpol", "interpol")],
        ),
        (
            "curly possessive",
            &[("interpol", "Interpol", ORG, &[])],
            "Interpol\u{2019}s rules",
            &[("Interpol", "interpol")],
        ),
        (
            "plural possessive",
            &[("sd", "Safeguard Defenders", ORG, &[])],
            "Safeguard Defenders\u{2019} report",
            &[("Safeguard Defenders", "sd")],
        ),
        (
            "inner apostrophe stays in the word",
            &[("ob", "O'Brien", PERSON, &[])],
            "O\u{2019}Brien said",
            &[("O\u{2019}Brien", "ob")],
        ),
        (
            "dash variants are equal",
            &[("ipac", "Inter-Parliamentary Alliance", ORG, &[])],
            "the Inter\u{2011}Parliamentary Alliance",
            &[("Inter\u{2011}Parliamentary Alliance", "ipac")],
        ),
        (
            "non-breaking space is a space",
            &[("hk", "Hong Kong", PLACE, &[])],
            "in Hong\u{a0}Kong today",
            &[("Hong\u{a0}Kong", "hk")],
        ),
        (
            "plural of a concept",
            &[("rn", "red notice", CONCEPT, &[])],
            "Two red notices and one red notice.",
            &[("red notices", "rn"), ("red notice", "rn")],
        ),
        (
            "-ies plural of a concept",
            &[("a", "agency", CONCEPT, &[])],
            "Several agencies.",
            &[("agencies", "a")],
        ),
        (
            "no plural for names",
            &[("hunt", "Hunt", PERSON, &[])],
            "The Hunts left.",
            &[],
        ),
        (
            "all-capitals alias needs capitals",
            &[("ipac", "IPAC", ORG, &["IPAC"])],
            "IPAC, not ipac or Ipac.",
            &[("IPAC", "ipac")],
        ),
        (
            "a name in capitals",
            &[("interpol", "Interpol", ORG, &[])],
            "INTERPOL SAYS NO",
            &[("INTERPOL", "interpol")],
        ),
        (
            "country is not the bird",
            &[("turkey", "Turkey", PLACE, &[])],
            "We ate turkey in Turkey.",
            &[("Turkey", "turkey")],
        ),
        (
            "lower-case name at a sentence start",
            &[("rn", "red notice", CONCEPT, &[])],
            "Red notices are requests. A red notice is not a warrant.",
            &[("Red notices", "rn"), ("red notice", "rn")],
        ),
        (
            "lower-case name mid-sentence stays lower-case",
            &[("rn", "red notice", CONCEPT, &[])],
            "the Red Notice Club",
            &[],
        ),
        (
            "aliases link to the entity",
            &[("mps", "Ministry of Public Security", ORG, &["MPS"])],
            "The MPS, or Ministry of Public Security.",
            &[("MPS", "mps"), ("Ministry of Public Security", "mps")],
        ),
        (
            "first entry wins a shared alias",
            &[("a", "Lyon", PLACE, &[]), ("b", "Lyon", PERSON, &[])],
            "Lyon",
            &[("Lyon", "a")],
        ),
        (
            "Han characters match inside a run",
            &[("mps", "公安部", ORG, &[])],
            "中华人民共和国公安部发布",
            &[("公安部", "mps")],
        ),
        (
            "accented capitals fold",
            &[("e", "École Normale", ORG, &[])],
            "ÉCOLE NORMALE",
            &[("ÉCOLE NORMALE", "e")],
        ),
    ];
    for (name, entries, text, expected) in rows {
        let annotation = annotate_runs(
            &run_texts(&[text]),
            &glossary(entries),
            &Options::glossary_only(),
        );
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(s, i)| (s.to_string(), i.to_string()))
            .collect();
        assert_eq!(spans(&annotation, &[text]), expected, "row: {name}");
    }
}

/// Rows for the automatic finders: a text with no glossary, and the (surface, name of
/// the linked entity) pairs expected.
#[test]
fn automatic_finders() {
    let rows: &[(&str, &[&str], Expected)] = &[
        (
            "acronym definition and later use",
            &["A member of its Ministry of Public Security (MPS) spoke.", "The MPS denied it."],
            &[("Ministry of Public Security", "Ministry of Public Security"), ("MPS", "Ministry of Public Security"), ("MPS", "Ministry of Public Security")],
        ),
        (
            "lower-case long form",
            &["Safeguard Defenders, a non-governmental organization (NGO) that works in Spain.", "Other NGO leaders agreed."],
            &[
                ("Safeguard Defenders", "Safeguard Defenders"),
                ("non-governmental organization", "Non-governmental organization"),
                ("NGO", "Non-governmental organization"),
                ("Spain", "Spain"),
                ("NGO", "Non-governmental organization"),
            ],
        ),
        (
            "surname after a family-name-first name",
            &["China put forward Hu Binchen for the post.", "Hu is a deputy director. Critics said Hu\u{2019}s record was poor."],
            &[("China", "China"), ("Hu Binchen", "Hu Binchen"), ("Hu", "Hu Binchen"), ("Hu", "Hu Binchen")],
        ),
        (
            "surname after a given-name-first name",
            &["The report was written by Peter Dahlin in Madrid.", "Dahlin said more."],
            &[("Peter Dahlin", "Peter Dahlin"), ("Madrid", "Madrid"), ("Dahlin", "Peter Dahlin")],
        ),
        ("a bare surname makes no entity", &["Dahlin said more."], &[]),
        (
            "a common noun opening a sentence is not part of the name",
            &["Profits fell. Rival Samsung Electronics did worse."],
            &[("Samsung Electronics", "Samsung Electronics")],
        ),
        (
            "a company with and without its legal form",
            &["Shares in Apple fell.", "Apple Inc. said sales were weak."],
            &[("Apple", "Apple Inc"), ("Apple Inc", "Apple Inc")],
        ),
        (
            "a title before the name is not part of it",
            &["Fed Chair Jerome Powell spoke on Monday.", "Powell said little."],
            &[("Jerome Powell", "Jerome Powell"), ("Powell", "Jerome Powell")],
        ),
        (
            "sentence-initial ordinary words are not names",
            &["Unlike the others, it works.", "Reports say so. Now we know. Many agree."],
            &[],
        ),
        ("dates are not names", &["On Nov. 15 and on Monday, May 6, nothing happened."], &[]),
        ("demonyms alone are not names", &["A Chinese official and a Swedish writer."], &[]),
        (
            "connectors inside names",
            &["Members of the Inter-Parliamentary Alliance on China met at the 89th General Assembly of Interpol."],
            &[("Inter-Parliamentary Alliance on China", "Inter-Parliamentary Alliance on China"), ("89th General Assembly of Interpol", "89th General Assembly of Interpol")],
        ),
        (
            "a shorter form of a longer name links to it",
            &["Delegates met at the 89th General Assembly of Interpol.", "At the General Assembly, they voted."],
            &[("89th General Assembly of Interpol", "89th General Assembly of Interpol"), ("General Assembly", "89th General Assembly of Interpol")],
        ),
        ("a title-case headline creates nothing", &["Why A Vote Inside Interpol Drew Attention"], &[]),
        (
            "a sentence-initial word is a name only if the article shows it capitalised alone",
            &["Business groups met. The Business Council of Australia said so.", "Tax rises. Fares rose. Using data, they agreed."],
            &[("Business Council of Australia", "Business Council of Australia")],
        ),
        (
            "contractions are never names",
            &["\u{201C}I'm here,\u{201D} she said. \u{201C}I\u{2019}d go. I've seen it. They're late.\u{201D}"],
            &[],
        ),
        (
            "a middle initial is inside the name, and the surname links through it",
            &["The firm was founded by Laura K. Brenner in Ohio.", "Brenner said so."],
            &[("Laura K. Brenner", "Laura K. Brenner"), ("Ohio", "Ohio"), ("Brenner", "Laura K. Brenner")],
        ),
        (
            "a particle is inside the name, and the surname links through it",
            &["Defence Minister Ahmed al-Rashidi spoke.", "Rashidi said more."],
            &[("Ahmed al-Rashidi", "Ahmed al-Rashidi"), ("Rashidi", "Ahmed al-Rashidi")],
        ),
        ("a name may open with a lower-case particle", &["Fighters of al-Shabaab fled."], &[("al-Shabaab", "al-Shabaab")]),
        (
            "a particle opening a sentence links to the full name",
            &["Chief Inspector Pieter van der Berg led it.", "Van der Berg said so."],
            &[("Pieter van der Berg", "Pieter van der Berg"), ("Van der Berg", "Pieter van der Berg")],
        ),
        (
            "a particle-headed name in either case",
            &["De la Vega paints. Prices for de la Vega\u{2019}s canvases rose."],
            &[("De la Vega", "De la Vega"), ("de la Vega", "De la Vega")],
        ),
        (
            "a common-word head the article capitalises mid-sentence",
            &["First Solar said profits rose.", "Shares in First Solar fell."],
            &[("First Solar", "First Solar"), ("First Solar", "First Solar")],
        ),
        (
            "General before one word is kept whole",
            &["Shares in General Mills rose."],
            &[("General Mills", "General Mills")],
        ),
        (
            "a place after a person's name is cut off, and a demonym after a place",
            &["Senator Dana Whitfield of Ohio spoke. The Ohio Democrat said no."],
            &[("Dana Whitfield", "Dana Whitfield"), ("Ohio", "Ohio"), ("Ohio", "Ohio")],
        ),
        (
            "a place name with of is not cut",
            &["She flew to the United States of America."],
            &[("United States of America", "United States of America")],
        ),
        (
            "for, on and and join only an institution's name",
            &["The Institute for Health and Social Policy wrote.", "She left Madrid for the Kent coast. Texas and Oklahoma agreed."],
            &[
                ("Institute for Health and Social Policy", "Institute for Health and Social Policy"),
                ("Madrid", "Madrid"),
                ("Kent", "Kent"),
                ("Texas", "Texas"),
                ("Oklahoma", "Oklahoma"),
            ],
        ),
        (
            "acronyms used without a definition, but not a dateline or a Roman numeral",
            &["LONDON \u{2014} The UK and NATO met the FBI and EUROPOL in World War II."],
            &[("UK", "UK"), ("NATO", "NATO"), ("FBI", "FBI"), ("EUROPOL", "EUROPOL"), ("World War II", "World War II")],
        ),
        (
            "dotted acronyms",
            &["Officials in the U.S. spoke to the U.S. Africa Command."],
            &[("U.S.", "U.S."), ("U.S. Africa Command", "U.S. Africa Command")],
        ),
        (
            "an acronym links to the name it abbreviates",
            &["The United Nations met.", "The UN agreed."],
            &[("United Nations", "United Nations"), ("UN", "United Nations")],
        ),
        (
            "a one-word institution links to the name it heads, and a legislature stands alone",
            &["The Bank of England held rates.", "The Bank said so, and Parliament agreed. The Government did not."],
            &[("Bank of England", "Bank of England"), ("Bank", "Bank of England"), ("Parliament", "Parliament")],
        ),
        (
            "a title before one name makes a person",
            &["President Adams spoke.", "Adams left, and Mr. Okafor stayed."],
            &[("Adams", "Adams"), ("Adams", "Adams"), ("Okafor", "Okafor")],
        ),
        (
            "a portfolio between a title and the person",
            &["Minister for Housing Siobh\u{E1}n O'Sullivan spoke.", "O'Sullivan said so."],
            &[("Siobh\u{E1}n O'Sullivan", "Siobh\u{E1}n O'Sullivan"), ("O'Sullivan", "Siobh\u{E1}n O'Sullivan")],
        ),
        (
            "a list line of officials is read, though set like a headline",
            &["Homeland Security Secretary Peter J. Lindqvist", "Senator Luis Ortega-Marsh (D-Ariz.)"],
            &[("Peter J. Lindqvist", "Peter J. Lindqvist"), ("Luis Ortega-Marsh", "Luis Ortega-Marsh")],
        ),
        (
            "a soft hyphen does not split a name",
            &["Dr. Anahera Tauta\u{AD}hikura spoke.", "Tautahikura said so."],
            &[("Anahera Tauta\u{AD}hikura", "Anahera Tauta\u{AD}hikura"), ("Tautahikura", "Anahera Tauta\u{AD}hikura")],
        ),
        (
            "a name at a sentence start with evidence elsewhere",
            &["Fox Hunt is run by the ministry.", "They joined the Fox Hunt campaign."],
            &[("Fox Hunt", "Fox Hunt"), ("Fox Hunt", "Fox Hunt")],
        ),
    ];
    for (name, texts, expected) in rows {
        let annotation = annotate_runs(&run_texts(texts), &[], &Options::default());
        let got: Vec<(String, String)> = annotation
            .runs
            .iter()
            .zip(texts.iter())
            .flat_map(|(run, text)| {
                run.mentions.iter().map(|m| {
                    (
                        m.text(text).to_owned(),
                        annotation.entities[m.entity].name.clone(),
                    )
                })
            })
            .collect();
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(s, n)| (s.to_string(), n.to_string()))
            .collect();
        assert_eq!(got, expected, "row: {name}");
    }
}

/// Rows for kinds: a text with no glossary, a name in it, and the kind it must get.
#[test]
fn kinds_from_cues() {
    let rows: &[(&str, &str, &str, Kind)] = &[
        (
            "organisation word",
            "He joined the International Cooperation Department last year.",
            "International Cooperation Department",
            ORG,
        ),
        (
            "head before a connector",
            "Members of the Inter-Parliamentary Alliance on China met.",
            "Inter-Parliamentary Alliance on China",
            ORG,
        ),
        ("known country", "They flew to Turkey.", "Turkey", PLACE),
        (
            "comma place",
            "It was held in Istanbul, Turkey.",
            "Istanbul",
            PLACE,
        ),
        (
            "given name",
            "A study by Peter Dahlin appeared.",
            "Peter Dahlin",
            PERSON,
        ),
        (
            "family name first",
            "Officials named Meng Hongwei as chief.",
            "Meng Hongwei",
            PERSON,
        ),
        (
            "role noun before",
            "The Chinese leader Zorvan Taliq spoke.",
            "Zorvan Taliq",
            PERSON,
        ),
        (
            "appositive role",
            "They met Zorvan Taliq, a vice-minister at the ministry, later.",
            "Zorvan Taliq",
            PERSON,
        ),
        (
            "appositive organisation",
            "They met Safeguard Defenders, a non-governmental organization based in Madrid.",
            "Safeguard Defenders",
            ORG,
        ),
        (
            "campaign after the name",
            "He ran the country's Fox Hunt campaign.",
            "Fox Hunt",
            Kind::Event,
        ),
        (
            "numbered assembly",
            "Delegates met at the 89th General Assembly of Interpol in Istanbul.",
            "89th General Assembly of Interpol",
            Kind::Event,
        ),
        (
            "assembly without a number",
            "Delegates of the General Assembly of Interpol voted.",
            "General Assembly of Interpol",
            ORG,
        ),
        (
            "numbered body that is not a meeting",
            "She opened an account at the 1st Harbour Bank of Leeds.",
            "1st Harbour Bank of Leeds",
            ORG,
        ),
        (
            "a title before one name",
            "Later, President Adams spoke.",
            "Adams",
            PERSON,
        ),
        (
            "an abbreviated title",
            "They met Mr. Okafor.",
            "Okafor",
            PERSON,
        ),
        (
            "a role before a comma",
            "Her colleague, Ciar\u{E1}n McGrath, agreed.",
            "Ciar\u{E1}n McGrath",
            PERSON,
        ),
        (
            "a lone legislature",
            "It went to Congress.",
            "Congress",
            ORG,
        ),
        (
            "quoted title",
            "He is the author of \u{201C}Trial By Media,\u{201D} a book.",
            "Trial By Media",
            Kind::Work,
        ),
        (
            "an undefined acronym before 'said' is no person",
            "The VDA said no. Officials in Orlanza agreed.",
            "VDA",
            Kind::Other,
        ),
    ];
    for (name, text, entity, kind) in rows {
        let annotation = annotate_runs(&run_texts(&[text]), &[], &Options::default());
        let found = annotation
            .entities
            .iter()
            .find(|e| e.name == *entity)
            .unwrap_or_else(|| {
                panic!(
                    "row {name}: {entity} not found in {:?}",
                    annotation
                        .entities
                        .iter()
                        .map(|e| &e.name)
                        .collect::<Vec<_>>()
                )
            });
        assert_eq!(found.kind, *kind, "row: {name}");
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

/// Rows for glossary names linked like found names: a glossary, texts, and the (surface,
/// entity id) pairs expected with every finder on.
#[test]
fn glossary_names_link_like_found_names() {
    let rows: &[(&str, &[Entry], &[&str], Expected)] = &[
        (
            "a glossary person's surname links to the entry",
            &[("okafor", "Jane Okafor", PERSON, &[])],
            &[
                "Jane Okafor spoke first.",
                "Later, Okafor said more. Mr. Okafor left.",
            ],
            &[
                ("Jane Okafor", "okafor"),
                ("Okafor", "okafor"),
                ("Okafor", "okafor"),
            ],
        ),
        (
            "a surname through a middle initial and a particle",
            &[("vdb", "Pieter J. van der Berg", PERSON, &[])],
            &["Pieter J. van der Berg spoke.", "Berg said more."],
            &[("Pieter J. van der Berg", "vdb"), ("Berg", "vdb")],
        ),
        (
            "an acronym the article defines for a glossary name links to the entry",
            &[("nato", "North Atlantic Treaty Organization", ORG, &[])],
            &[
                "The North Atlantic Treaty Organization (NATO) met.",
                "NATO agreed.",
            ],
            &[
                ("North Atlantic Treaty Organization", "nato"),
                ("NATO", "nato"),
                ("NATO", "nato"),
            ],
        ),
        (
            "an acronym the article never defines links to the glossary name it abbreviates",
            &[("fbi", "Federal Bureau of Investigation", ORG, &[])],
            &["The FBI opened an inquiry."],
            &[("FBI", "fbi")],
        ),
    ];
    for (name, entries, texts, expected) in rows {
        let annotation = annotate_runs(&run_texts(texts), &glossary(entries), &Options::default());
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(s, i)| (s.to_string(), i.to_string()))
            .collect();
        assert_eq!(spans(&annotation, texts), expected, "row: {name}");
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
        Some("An abbreviation the article does not spell out. First used in: \u{201C}Ministers met at NATO headquarters on Friday.\u{201D}")
    );
    assert!(matches!(nato.source, Source::Article { run: 1, .. }));
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

#[test]
fn offsets_in_three_units() {
    let text = "😀 café Interpol";
    let annotation = annotate_runs(
        &run_texts(&[text]),
        &glossary(&[("i", "Interpol", ORG, &[])]),
        &Options::glossary_only(),
    );
    let m = annotation.runs[0].mentions[0];
    assert_eq!((m.start, m.end), (11, 19), "bytes");
    assert_eq!((m.start_char, m.end_char), (7, 15), "scalar values");
    assert_eq!((m.start_utf16, m.end_utf16), (8, 16), "UTF-16 code units");
}

/// The seed article, with no glossary: every name a reader would look up is found and
/// linked, and no ordinary word is marked.
#[test]
fn seed_article_quality() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/seed-article.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED seed_article_quality: ../shared/fixtures/seed-article.json is not here (it is in CI)");
        return;
    };
    let article = article_from_json(&text).unwrap().value;
    let annotation = annotate(&article, &[], &Options::default());
    let runs = gloss_engine::article_runs(&article);
    let marked: Vec<(String, String)> = annotation
        .runs
        .iter()
        .zip(&runs)
        .flat_map(|(a, r)| {
            a.mentions.iter().map(|m| {
                (
                    m.text(r.text).to_owned(),
                    annotation.entities[m.entity].name.clone(),
                )
            })
        })
        .collect();
    let linked = |surface: &str, name: &str| {
        marked
            .iter()
            .filter(|(s, n)| s == surface && n == name)
            .count()
    };
    assert_eq!(linked("MPS", "Ministry of Public Security"), 4, "every MPS");
    assert_eq!(
        linked("IPAC", "Inter-Parliamentary Alliance on China"),
        2,
        "every IPAC"
    );
    assert_eq!(
        linked("NGO", "Non-governmental organization"),
        4,
        "every NGO, bio included"
    );
    assert_eq!(linked("Hu", "Hu Binchen"), 2, "every Hu");
    assert_eq!(linked("Meng", "Meng Hongwei"), 3, "every Meng");
    assert_eq!(linked("Xi", "Xi Jinping"), 1, "every Xi");
    for (surface, name) in [
        ("Interpol", "Interpol"),
        ("Safeguard Defenders", "Safeguard Defenders"),
        ("Executive Committee", "Executive Committee"),
        ("Fox Hunt", "Fox Hunt"),
        ("Chinese Communist Party", "Chinese Communist Party"),
        (
            "International Cooperation Department",
            "International Cooperation Department",
        ),
        ("Hong Kong", "Hong Kong"),
        ("Tibet", "Tibet"),
        ("Xinjiang", "Xinjiang"),
        ("Istanbul", "Istanbul"),
        ("Turkey", "Turkey"),
        ("Beijing", "Beijing"),
        ("Peter Dahlin", "Peter Dahlin"),
    ] {
        assert!(
            linked(surface, name) >= 1,
            "{surface} should link to {name}"
        );
    }
    let ordinary = [
        "Unlike", "Reports", "Now", "It", "Many", "The", "But", "To", "Views", "Chinese", "Nov",
        "I", "May",
    ];
    for (surface, _) in &marked {
        assert!(
            !ordinary.contains(&surface.as_str()),
            "ordinary word marked: {surface}"
        );
    }
}

#[test]
fn a_token_is_16_bytes() {
    // Every pass goes through every token of the article: the size is a speed and
    // memory figure, kept on purpose (see `engine::text::Token`).
    assert_eq!(std::mem::size_of::<gloss_engine::text::Token>(), 16);
}

/// Rows for summaries taken from the article: a name (given to the engine as a glossary
/// entry with no summary, so that the row tests the patterns and not the name finder),
/// the runs, and the summary expected, or `None` where no summary may be taken.
#[test]
fn definitions_in_the_article() {
    let rows: &[(&str, &str, &[&str], Option<&str>)] = &[
        (
            "appositive after the name",
            "Ana Ruiz",
            &["Ana Ruiz, a lawyer who has defended journalists, spoke."],
            Some("A lawyer who has defended journalists."),
        ),
        (
            "appositive after a bracketed short form",
            "Harbour Trust",
            &["The Harbour Trust (HT), a charity that restores old quays, said no."],
            Some("A charity that restores old quays."),
        ),
        (
            "two described names joined by and",
            "Harbour Trust",
            &["Members of the Harbour Trust, a charity that restores old quays, and Ana Ruiz, a hydrologist, wrote."],
            Some("A charity that restores old quays."),
        ),
        (
            "role phrase with an article",
            "Ana Ruiz",
            &["Ana Ruiz, the head of the water tribunal, left."],
            Some("The head of the water tribunal."),
        ),
        (
            "role phrase without an article",
            "Ana Ruiz",
            &["Ana Ruiz, head of the water tribunal, left early."],
            Some("Head of the water tribunal."),
        ),
        (
            "role phrase with one of",
            "Ana Ruiz",
            &["Ana Ruiz, one of the founders of the river trust, left."],
            Some("One of the founders of the river trust."),
        ),
        (
            "relative clause with who",
            "Ana Ruiz",
            &["Ana Ruiz, who founded the river trust in 1998, spoke."],
            Some("Ana Ruiz, who founded the river trust in 1998."),
        ),
        (
            "the X, which does something",
            "Water Tribunal",
            &["The ruling came from the Water Tribunal, which oversees every dam in the valley."],
            Some("Water Tribunal, which oversees every dam in the valley."),
        ),
        (
            "appositive before the name, at a sentence start",
            "Water Tribunal",
            &["The country's highest water court, the Water Tribunal, ruled on Monday."],
            Some("The country's highest water court."),
        ),
        (
            "appositive before the name, in a caption",
            "Ana Ruiz",
            &["The director of the port authority, Ana Ruiz, at the quay in May"],
            Some("The director of the port authority."),
        ),
        (
            "X is a Y",
            "Ana Ruiz",
            &["Ana Ruiz is a hydrologist at the state university. She spoke."],
            Some("Ana Ruiz is a hydrologist at the state university."),
        ),
        (
            "the X was a Y",
            "Harbour Trust",
            &["The Harbour Trust was the city's first conservation charity."],
            Some("The Harbour Trust was the city's first conservation charity."),
        ),
        (
            "acronym definition then X is a Y",
            "World Weather Office",
            &["The World Weather Office (WWO) is a body that pools forecasts from 90 countries."],
            Some(
                "The World Weather Office (WWO) is a body that pools forecasts from 90 countries.",
            ),
        ),
        (
            "a definition after an honorific's full stop is a whole sentence",
            "Carlos Ruiz",
            &["He met Mr. Ruiz on Monday. Carlos Ruiz is a farmer from the north of the valley."],
            Some("Carlos Ruiz is a farmer from the north of the valley."),
        ),
        (
            "a definition in the image caption",
            "Ana Ruiz",
            &["Ana Ruiz, the tribunal's chief engineer, at the dam in May"],
            Some("The tribunal's chief engineer."),
        ),
        (
            "an appositive beats a later defining sentence",
            "Ana Ruiz",
            &[
                "Ana Ruiz is a name many know.",
                "Ana Ruiz, a hydrologist at the university, spoke.",
            ],
            Some("A hydrologist at the university."),
        ),
        // Rows that must not become summaries.
        (
            "no definition at all",
            "Ana Ruiz",
            &["He married Ana Ruiz as his first wife in 1990."],
            None,
        ),
        (
            "a list of places",
            "Kestria",
            &["Delegates came from Kestria, the Netherlands and Spain."],
            None,
        ),
        (
            "a time after the name",
            "Ana Ruiz",
            &["They met Ana Ruiz, the next day, in a caf\u{e9}."],
            None,
        ),
        (
            "a reported claim",
            "Ana Ruiz",
            &["Prices rose for Ana Ruiz, the agency said."],
            None,
        ),
        (
            "a quotation",
            "Ana Ruiz",
            &["\u{201C}Ana Ruiz is a liar and a thief,\u{201D} the minister told reporters."],
            None,
        ),
        (
            "a defining sentence that is a claim",
            "Ana Ruiz",
            &["Ana Ruiz is a spy for a foreign power, the report said."],
            None,
        ),
        (
            "a question",
            "Ana Ruiz",
            &["Ana Ruiz is a what, exactly, in this story?"],
            None,
        ),
        (
            "which with an event",
            "Water Tribunal",
            &["It went to the Water Tribunal, which ruled against the dam on Monday."],
            None,
        ),
        (
            "whom with a pronoun",
            "Ana Ruiz",
            &["He thanked Ana Ruiz, whom he married in 1990, for her help."],
            None,
        ),
        (
            "a pronoun in an appositive",
            "Velmora",
            &["He left Velmora, a city he loved, in 2001."],
            None,
        ),
        (
            "a clause cut inside a series",
            "Ana Ruiz",
            &["Ana Ruiz, who won the race in 2010, 2012 and 2014, retired."],
            None,
        ),
        (
            "a time phrase before the name",
            "Ana Ruiz",
            &["After the long meeting, Ana Ruiz, tired, went home."],
            None,
        ),
        (
            "a place phrase before the name",
            "Ana Ruiz",
            &["At the ministry, Ana Ruiz, tired, went home."],
            None,
        ),
        (
            "a phrase before the name within a sentence",
            "Ana Ruiz",
            &["They spoke to the head of the port authority, Ana Ruiz, at noon."],
            None,
        ),
        (
            "another name for the same thing",
            "IPAC",
            &["IPAC, the Inter-Parliamentary Alliance, met."],
            None,
        ),
        (
            "two people, not an appositive",
            "Ana Ruiz",
            &["The leaders of both towns, Ana Ruiz and Bob Stone, met."],
            None,
        ),
    ];
    for (row, name, texts, expected) in rows {
        let entity = Entity {
            id: "x".into(),
            name: name.to_string(),
            kind: PERSON,
            ..Entity::default()
        };
        let annotation = annotate_runs(&run_texts(texts), &[entity], &Options::default());
        let found = annotation.entities.iter().find(|e| e.id == "x").unwrap();
        assert!(
            !found.mentions.is_empty(),
            "row {row}: {name} is not mentioned"
        );
        assert_eq!(found.summary.as_deref(), *expected, "row: {row}");
        if expected.is_some() {
            assert!(matches!(found.source, Source::Article { .. }), "row: {row}");
        }
    }
}

/// Rows for the passage a card shows when nothing defines a name: the sentence in which
/// it first appears, sliced from the text exactly, with the name's place in it.
#[test]
fn first_mention_passages() {
    let long = "Ana Ruiz spoke. Over three decades of patient work along the valley, with a team of engineers, surveyors, farmers and volunteers who came from every town along the river and from abroad, the project that began as a small survey of silted channels grew into a plan that Kestria adopted in full, and that neighbouring states have copied in parts, though none at the same scale.";
    let long_then = [long, " Then Kestria left."].concat();
    // (row, runs, name, passage text, cut before, cut after)
    type Row<'a> = (&'a str, &'a [&'a str], &'a str, &'a str, bool, bool);
    let rows: &[Row] = &[
        (
            "the sentence of the first mention",
            &["Rain fell. Then Kestria closed its border on Monday. Kestria said little."],
            "Kestria",
            "Then Kestria closed its border on Monday.",
            false,
            false,
        ),
        (
            "an abbreviation does not end the sentence",
            &["Officials in the U.S. and Mr. Stone met Kestria envoys at 9 a.m. on Monday. Later they left."],
            "Kestria",
            "Officials in the U.S. and Mr. Stone met Kestria envoys at 9 a.m. on Monday.",
            false,
            false,
        ),
        (
            "a quotation keeps its quotation marks",
            &["He left. \u{201C}Kestria will not sign,\u{201D} she said. Then silence."],
            "Kestria",
            "\u{201C}Kestria will not sign,\u{201D} she said.",
            false,
            false,
        ),
        (
            "a closing quote stays with its sentence",
            &["She wrote \u{201C}Kestria is far.\u{201D} Then she left."],
            "Kestria",
            "She wrote \u{201C}Kestria is far.\u{201D}",
            false,
            false,
        ),
        (
            "a title with no full stop is the whole run",
            &["Kestria Closes Its Border"],
            "Kestria",
            "Kestria Closes Its Border",
            false,
            false,
        ),
        (
            "a name that runs across a sentence's end takes every sentence it touches",
            &["Rain fell. Then Kestria closed its border. Kestria said little."],
            "fell. Then Kestria",
            "Rain fell. Then Kestria closed its border.",
            false,
            false,
        ),
        (
            "a long sentence that a name runs out of is cut around the whole name",
            &[long_then.as_str()],
            "same scale. Then Kestria",
            "",
            true,
            true,
        ),
        (
            "a very long sentence is cut at word boundaries around the name",
            &[long],
            "Kestria",
            "",
            true,
            true,
        ),
    ];
    for (row, texts, name, expected, cut_before, cut_after) in rows {
        let entity = Entity {
            id: "x".into(),
            name: name.to_string(),
            kind: PLACE,
            ..Entity::default()
        };
        let annotation = annotate_runs(
            &run_texts(texts),
            &[entity],
            &Options {
                context: true,
                ..Options::glossary_only()
            },
        );
        let found = annotation.entities.iter().find(|e| e.id == "x").unwrap();
        assert_eq!(found.summary, None, "row: {row}");
        let passage = found
            .passage
            .as_ref()
            .unwrap_or_else(|| panic!("row {row}: no passage"));
        let run = texts[passage.run];
        assert_eq!(
            &run[passage.start..passage.end],
            passage.text,
            "row {row}: the text is a slice of the run"
        );
        assert_eq!(
            &passage.text[passage.mark_start..passage.mark_end],
            *name,
            "row: {row}"
        );
        assert_eq!(
            (passage.cut_before, passage.cut_after),
            (*cut_before, *cut_after),
            "row: {row}"
        );
        if expected.is_empty() {
            assert!(passage.text.len() <= 280, "row {row}: {}", passage.text);
            assert!(
                passage.text.starts_with(|c: char| c.is_alphanumeric()),
                "row {row}: {}",
                passage.text
            );
            assert!(
                passage.text.ends_with(|c: char| c.is_alphanumeric()),
                "row {row}: {}",
                passage.text
            );
        } else {
            assert_eq!(passage.text, *expected, "row: {row}");
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
