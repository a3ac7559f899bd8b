//! Small archives whose expected entries were worked out by hand, as named rows, and the
//! counts, dates, kinds and aliases of one entry.

use crate::{config, entry, run, scratch, write_articles};

/// What a row expects of one entry: its name, kind, summary (or none), the title of the
/// article the summary came from, and how many articles mention it.
struct Expected {
    name: &'static str,
    kind: &'static str,
    summary: Option<&'static str>,
    source_title: Option<&'static str>,
    articles: u64,
}

type Article = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

/// A row: the articles, the entries expected, and names that must have no entry.
struct Row {
    name: &'static str,
    articles: &'static [Article],
    expected: &'static [Expected],
    absent: &'static [&'static str],
}

const ROWS: &[Row] = &[
    Row {
        name: "one entity defined in one article and mentioned bare in five others",
        articles: &[
            ("a1", "Forecasts pooled", "2024-01-05", &["The Kestrian Weather Office, a body that pools forecasts from ninety stations, issued a warning on Monday."]),
            ("a2", "Storm warning", "2024-01-09", &["The Kestrian Weather Office said the storm would pass."]),
            ("a3", "Rain again", "2024-02-01", &["Rain fell again, the Kestrian Weather Office said."]),
            ("a4", "Floods", "2024-02-11", &["Officials at the Kestrian Weather Office warned of floods."]),
            ("a5", "Dry spell", "2024-03-02", &["A dry spell is coming, according to the Kestrian Weather Office."]),
            ("a6", "Snow", "2024-03-20", &["Snow is likely in the hills, the Kestrian Weather Office added."]),
        ],
        expected: &[Expected {
            name: "Kestrian Weather Office",
            kind: "organization",
            summary: Some("A body that pools forecasts from ninety stations."),
            source_title: Some("Forecasts pooled"),
            articles: 6,
        }],
        absent: &[],
    },
    Row {
        name: "two people sharing a surname stay two entries, each with its own definition",
        articles: &[
            ("b1", "The hydrologist", "2024-01-01", &["Ana Ruiz, a hydrologist at the state university, measured the river."]),
            ("b2", "The farmer", "2024-01-02", &["Carlos Ruiz, a farmer from the upper valley, lost his crop."]),
            ("b3", "Both", "2024-01-03", &["Ana Ruiz and Carlos Ruiz met on Friday."]),
        ],
        expected: &[
            Expected {
                name: "Ana Ruiz",
                kind: "person",
                summary: Some("A hydrologist at the state university."),
                source_title: Some("The hydrologist"),
                articles: 2,
            },
            Expected {
                name: "Carlos Ruiz",
                kind: "person",
                summary: Some("A farmer from the upper valley."),
                source_title: Some("The farmer"),
                articles: 2,
            },
        ],
        absent: &["Ruiz"],
    },
    Row {
        name: "an acronym defined only once names the entity everywhere",
        articles: &[
            ("c1", "Dams inspected", "2024-04-01", &["The Velmora Dam Authority (VDA), an agency that inspects dams and reservoirs, opened an office."]),
            ("c2", "VDA report", "2024-04-08", &["The VDA published its report on Tuesday."]),
            ("c3", "Spillway", "2024-04-15", &["Engineers from the VDA checked the spillway."]),
        ],
        expected: &[Expected {
            name: "Velmora Dam Authority",
            kind: "organization",
            summary: Some("An agency that inspects dams and reservoirs."),
            source_title: Some("Dams inspected"),
            articles: 3,
        }],
        absent: &[],
    },
    Row {
        name: "a definition found later beats no definition, and the earliest of equals wins",
        articles: &[
            ("d1", "Bare first", "2024-05-01", &["Peter Lindqvist spoke at the harbour."]),
            ("d2", "Defined", "2024-05-02", &["Peter Lindqvist, the director of the city museum, opened a show."]),
            ("d3", "Defined again", "2024-05-03", &["Peter Lindqvist, a collector of old maps, lent a chart."]),
        ],
        expected: &[Expected {
            name: "Peter Lindqvist",
            kind: "person",
            summary: Some("The director of the city museum."),
            source_title: Some("Defined"),
            articles: 3,
        }],
        absent: &[],
    },
    Row {
        name: "an acronym keeps its long form, kind and definition whichever article comes first",
        articles: &[
            ("i0", "Quay", "2024-01-01", &["Dock workers said the HA had ignored them for years."]),
            ("i1", "Port fees", "2024-01-02", &["The Harbour Authority (HA), which runs the port, raised its fees on Monday."]),
            ("i2", "More", "2024-01-03", &["The HA will meet again in March."]),
        ],
        expected: &[Expected {
            name: "Harbour Authority",
            kind: "organization",
            summary: Some("Harbour Authority, which runs the port."),
            source_title: Some("Port fees"),
            articles: 3,
        }],
        absent: &["HA"],
    },
    Row {
        name: "an acronym no article spells out has no summary: the note that one article does not is no definition",
        articles: &[
            ("j1", "Quay", "2024-01-01", &["Dock workers said the HA had ignored them for years."]),
            ("j2", "More", "2024-01-03", &["The HA will meet again in March."]),
        ],
        expected: &[Expected {
            name: "HA",
            kind: "other",
            summary: None,
            source_title: None,
            articles: 2,
        }],
        absent: &[],
    },
    Row {
        name: "a surname alone joins the one person of that name, whichever article comes first",
        articles: &[
            ("k1", "At the dam", "2024-02-01", &["Officials met Ruiz at the dam."]),
            ("k2", "Hydrology", "2024-02-02", &["Ana Ruiz, a hydrologist at the state university, measured the river."]),
            ("k3", "Low river", "2024-02-03", &["The river is low, Ruiz said on Tuesday."]),
        ],
        expected: &[Expected {
            name: "Ana Ruiz",
            kind: "person",
            summary: Some("A hydrologist at the state university."),
            source_title: Some("Hydrology"),
            articles: 3,
        }],
        absent: &["Ruiz"],
    },
    Row {
        name: "a surname two people share joins neither",
        articles: &[
            ("l1", "At the dam", "2024-02-01", &["Officials met Ruiz at the dam."]),
            ("l2", "Hydrology", "2024-02-02", &["Ana Ruiz, a hydrologist at the state university, measured the river."]),
            ("l3", "The farmer", "2024-02-03", &["Carlos Ruiz, a farmer from the upper valley, lost his crop."]),
        ],
        expected: &[
            Expected {
                name: "Ana Ruiz",
                kind: "person",
                summary: Some("A hydrologist at the state university."),
                source_title: Some("Hydrology"),
                articles: 1,
            },
            Expected {
                name: "Carlos Ruiz",
                kind: "person",
                summary: Some("A farmer from the upper valley."),
                source_title: Some("The farmer"),
                articles: 1,
            },
            Expected {
                name: "Ruiz",
                kind: "other",
                summary: None,
                source_title: None,
                articles: 1,
            },
        ],
        absent: &[],
    },
];

#[test]
fn archives_checked_by_hand() {
    for Row {
        name: row,
        articles,
        expected,
        absent,
    } in ROWS
    {
        let dir = scratch(&row.replace(' ', "-"));
        write_articles(&dir, articles);
        let (glossary, _) = run(&config(&[&dir]));
        for want in *expected {
            let found = entry(&glossary, want.name)
                .unwrap_or_else(|| panic!("row {row}: no entry {} in {glossary:#}", want.name));
            assert_eq!(found["name"], want.name, "row: {row}");
            assert_eq!(found["kind"], want.kind, "row {row}: {found:#}");
            assert_eq!(
                found["summary"].as_str(),
                want.summary,
                "row {row}: {found:#}"
            );
            assert_eq!(
                found["archive"]["source"]["title"].as_str(),
                want.source_title,
                "row: {row}"
            );
            assert_eq!(
                found["archive"]["articles"], want.articles,
                "row {row}: {found:#}"
            );
            if let Some(title) = want.source_title {
                let (file, _, date, _) = articles.iter().find(|a| a.1 == title).unwrap();
                assert_eq!(
                    found["archive"]["source"]["url"],
                    format!("https://news.example/{file}"),
                    "row: {row}"
                );
                assert_eq!(found["archive"]["source"]["published"], *date, "row: {row}");
            }
        }
        for name in *absent {
            let stray = glossary["entities"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["name"] == *name);
            assert!(stray.is_none(), "row {row}: an entry {name}");
        }
    }
}

#[test]
fn counts_dates_kinds_and_aliases() {
    let dir = scratch("counts");
    write_articles(
        &dir,
        &[
            (
                "e1",
                "One",
                "2023-06-01",
                &["The Velmora Dam Authority (VDA) met. The VDA agreed."],
            ),
            (
                "e2",
                "Two",
                "2021-02-03",
                &["The VDA said no.", "Officials in Orlanza agreed."],
            ),
            (
                "e3",
                "Three",
                "2025-09-09",
                &["Nothing happened in Orlanza."],
            ),
        ],
    );
    let (glossary, _) = run(&config(&[&dir]));
    let vda = entry(&glossary, "Velmora Dam Authority").unwrap();
    assert_eq!(vda["aliases"], serde_json::json!(["VDA"]));
    assert_eq!(vda["kind"], "organization");
    assert_eq!(vda["archive"]["mentions"], 4);
    assert_eq!(vda["archive"]["articles"], 2);
    assert_eq!(vda["archive"]["firstSeen"], "2021-02-03");
    assert_eq!(vda["archive"]["lastSeen"], "2023-06-01");
    assert_eq!(vda["id"], "velmora-dam-authority");
}
