//! `gloss glossary build`: small archives whose expected entries were worked out by hand,
//! as named rows; determinism across runs and thread counts; per-article slices,
//! overrides, `--update`, stdin and JSON-LD; and, on a generated corpus with known
//! definitions, the share of defined entities that get their definition.

#[path = "../bench/corpus.rs"]
mod corpus;

use gloss_cli::site_glossary::{build, Config};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A fresh directory under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("glossary-build")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes v1 articles `(file name, title, date, paragraphs)` into `dir`.
fn write_articles(dir: &Path, articles: &[(&str, &str, &str, &[&str])]) {
    for (file, title, date, body) in articles {
        let article = serde_json::json!({
            "title": title,
            "published": date,
            "url": format!("https://news.example/{file}"),
            "body": body,
        });
        std::fs::write(dir.join(format!("{file}.json")), article.to_string()).unwrap();
    }
}

fn run(config: &Config) -> (Value, String) {
    let built = build(config, &mut std::io::empty()).unwrap();
    assert_eq!(built.failed, 0);
    // gloss reads the glossary, and ignores `archive` in silence (an editor's own
    // fields, such as `sameAs` in one row, may still be unknown to this reader).
    let read = gloss_cli::json::glossary_from_json(&built.json).unwrap();
    assert!(
        !read.warnings.iter().any(|w| w.path.contains("archive")),
        "{:?}",
        read.warnings
    );
    (serde_json::from_str(&built.json).unwrap(), built.json)
}

fn config(inputs: &[&Path]) -> Config {
    Config {
        inputs: inputs.iter().map(|p| p.display().to_string()).collect(),
        threads: 2,
        quiet: true,
        ..Config::default()
    }
}

/// The entry named `name` (or with `name` among its aliases).
fn entry<'a>(glossary: &'a Value, name: &str) -> Option<&'a Value> {
    glossary["entities"].as_array().unwrap().iter().find(|e| {
        e["name"] == name
            || e["aliases"]
                .as_array()
                .is_some_and(|a| a.iter().any(|alias| alias == name))
    })
}

/// What a row expects of one entry: its name, summary (or none), the title of the
/// article the summary came from, and how many articles mention it.
struct Expected {
    name: &'static str,
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

#[test]
fn archives_checked_by_hand() {
    // (row, articles, entries expected, names that must have no entry)
    type Row = (
        &'static str,
        &'static [Article],
        &'static [Expected],
        &'static [&'static str],
    );
    let rows: &[Row] = &[
        (
            "one entity defined in one article and mentioned bare in five others",
            &[
                ("a1", "Forecasts pooled", "2024-01-05", &["The Kestrian Weather Office, a body that pools forecasts from ninety stations, issued a warning on Monday."]),
                ("a2", "Storm warning", "2024-01-09", &["The Kestrian Weather Office said the storm would pass."]),
                ("a3", "Rain again", "2024-02-01", &["Rain fell again, the Kestrian Weather Office said."]),
                ("a4", "Floods", "2024-02-11", &["Officials at the Kestrian Weather Office warned of floods."]),
                ("a5", "Dry spell", "2024-03-02", &["A dry spell is coming, according to the Kestrian Weather Office."]),
                ("a6", "Snow", "2024-03-20", &["Snow is likely in the hills, the Kestrian Weather Office added."]),
            ],
            &[Expected {
                name: "Kestrian Weather Office",
                summary: Some("A body that pools forecasts from ninety stations."),
                source_title: Some("Forecasts pooled"),
                articles: 6,
            }],
            &[],
        ),
        (
            "two people sharing a surname stay two entries, each with its own definition",
            &[
                ("b1", "The hydrologist", "2024-01-01", &["Ana Ruiz, a hydrologist at the state university, measured the river."]),
                ("b2", "The farmer", "2024-01-02", &["Carlos Ruiz, a farmer from the upper valley, lost his crop."]),
                ("b3", "Both", "2024-01-03", &["Ana Ruiz and Carlos Ruiz met on Friday."]),
            ],
            &[
                Expected {
                    name: "Ana Ruiz",
                    summary: Some("A hydrologist at the state university."),
                    source_title: Some("The hydrologist"),
                    articles: 2,
                },
                Expected {
                    name: "Carlos Ruiz",
                    summary: Some("A farmer from the upper valley."),
                    source_title: Some("The farmer"),
                    articles: 2,
                },
            ],
            &["Ruiz"],
        ),
        (
            "an acronym defined only once names the entity everywhere",
            &[
                ("c1", "Dams inspected", "2024-04-01", &["The Velmora Dam Authority (VDA), an agency that inspects dams and reservoirs, opened an office."]),
                ("c2", "VDA report", "2024-04-08", &["The VDA published its report on Tuesday."]),
                ("c3", "Spillway", "2024-04-15", &["Engineers from the VDA checked the spillway."]),
            ],
            &[Expected {
                name: "Velmora Dam Authority",
                summary: Some("An agency that inspects dams and reservoirs."),
                source_title: Some("Dams inspected"),
                articles: 3,
            }],
            &[],
        ),
        (
            "a definition found later beats no definition, and the earliest of equals wins",
            &[
                ("d1", "Bare first", "2024-05-01", &["Peter Lindqvist spoke at the harbour."]),
                ("d2", "Defined", "2024-05-02", &["Peter Lindqvist, the director of the city museum, opened a show."]),
                ("d3", "Defined again", "2024-05-03", &["Peter Lindqvist, a collector of old maps, lent a chart."]),
            ],
            &[Expected {
                name: "Peter Lindqvist",
                summary: Some("The director of the city museum."),
                source_title: Some("Defined"),
                articles: 3,
            }],
            &[],
        ),
    ];
    for (row, articles, expected, absent) in rows {
        let dir = scratch(&row.replace(' ', "-"));
        write_articles(&dir, articles);
        let (glossary, _) = run(&config(&[&dir]));
        for want in *expected {
            let found = entry(&glossary, want.name)
                .unwrap_or_else(|| panic!("row {row}: no entry {} in {glossary:#}", want.name));
            assert_eq!(found["name"], want.name, "row: {row}");
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

#[test]
fn overrides_correct_and_suppress() {
    let dir = scratch("overrides-articles");
    write_articles(
        &dir,
        &[
            (
                "f1",
                "One",
                "2024-01-01",
                &["Ana Ruiz, a hydrologist at the state university, spoke in Orlanza."],
            ),
            (
                "f2",
                "Two",
                "2024-01-02",
                &["Ana Ruiz went to Brindlemoor."],
            ),
        ],
    );
    let overrides = scratch("overrides").join("overrides.json");
    std::fs::write(
        &overrides,
        r#"{"entities": [
            {"id": "ana-ruiz", "summary": "A hydrologist who maps the Orlanza river.", "sameAs": "https://www.wikidata.org/wiki/Q1"},
            {"match": "Brindlemoor", "suppress": true}
        ]}"#,
    )
    .unwrap();
    let mut with = config(&[&dir]);
    with.overrides = Some(overrides);
    let (glossary, _) = run(&with);
    let ana = entry(&glossary, "Ana Ruiz").unwrap();
    assert_eq!(ana["summary"], "A hydrologist who maps the Orlanza river.");
    assert_eq!(ana["sameAs"], "https://www.wikidata.org/wiki/Q1");
    assert!(entry(&glossary, "Brindlemoor").is_none(), "suppressed");
    assert!(entry(&glossary, "Orlanza").is_some(), "the others stay");
}

#[test]
fn output_is_the_same_across_runs_and_thread_counts() {
    let dir = scratch("determinism");
    let mut lines = Vec::new();
    corpus::generate(120, 7, 1500, |line| lines.push(line.to_owned()));
    for (index, line) in lines.iter().enumerate() {
        // Files in a directory tree, a JSON Lines file, and nested directories.
        let sub = dir.join(format!("{:02}", index % 3));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(format!("story-{index}.json")), line).unwrap();
    }
    let mut outputs = Vec::new();
    for threads in [1, 3, 2, 1] {
        let mut config = config(&[&dir]);
        config.threads = threads;
        outputs.push(run(&config).1);
    }
    assert!(
        outputs.windows(2).all(|w| w[0] == w[1]),
        "the outputs differ"
    );
    let glossary: Value = serde_json::from_str(&outputs[0]).unwrap();
    let ids: Vec<&str> = glossary["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ids, sorted, "ids are unique and sorted");
}

#[test]
fn per_article_slices_hold_only_what_the_article_names() {
    let dir = scratch("slices-articles");
    write_articles(
        &dir,
        &[
            (
                "g1",
                "One",
                "2024-01-01",
                &["Ana Ruiz, a hydrologist at the state university, spoke in Orlanza."],
            ),
            ("g2", "Two", "2024-01-02", &["Officials in Orlanza agreed."]),
        ],
    );
    std::fs::create_dir_all(dir.join("section")).unwrap();
    std::fs::write(
        dir.join("section/g3.json"),
        r#"{"title": "Three", "body": ["Nothing here names anyone."]}"#,
    )
    .unwrap();
    let out = scratch("slices");
    let mut with = config(&[&dir]);
    with.per_article = Some(out.clone());
    let (glossary, _) = run(&with);
    let slice = |name: &str| -> Vec<String> {
        let text = std::fs::read_to_string(out.join(name)).unwrap();
        // Each slice is itself a glossary gloss reads.
        gloss_cli::json::glossary_from_json(&text).unwrap();
        let list: Value = serde_json::from_str(&text).unwrap();
        list.as_array()
            .unwrap()
            .iter()
            .map(|e| {
                assert!(e.get("archive").is_none(), "no archive data in a slice");
                e["name"].as_str().unwrap().to_owned()
            })
            .collect()
    };
    assert_eq!(slice("g1.json"), ["Ana Ruiz", "Orlanza"]);
    assert_eq!(slice("g2.json"), ["Orlanza"]);
    assert!(slice("section/g3.json").is_empty());
    let orlanza = entry(&glossary, "Orlanza").unwrap();
    assert_eq!(orlanza["archive"]["articles"], 2);
}

#[test]
fn update_keeps_ids_and_adds_counts() {
    let first = scratch("update-first");
    write_articles(
        &first,
        &[(
            "h1",
            "One",
            "2024-01-01",
            &["Ana Ruiz, a hydrologist at the state university, spoke."],
        )],
    );
    let old = scratch("update-old").join("site.json");
    let (glossary, json) = run(&config(&[&first]));
    // An editor renames the id; an update must keep it.
    std::fs::write(&old, json.replace("\"ana-ruiz\"", "\"dr-ruiz\"")).unwrap();
    assert_eq!(
        entry(&glossary, "Ana Ruiz").unwrap()["archive"]["articles"],
        1
    );
    let second = scratch("update-second");
    write_articles(
        &second,
        &[(
            "h2",
            "Two",
            "2024-02-01",
            &["Ana Ruiz spoke again in Orlanza."],
        )],
    );
    let mut update = config(&[&second]);
    update.update = Some(old);
    let (updated, _) = run(&update);
    let ana = entry(&updated, "Ana Ruiz").unwrap();
    assert_eq!(ana["id"], "dr-ruiz");
    assert_eq!(ana["archive"]["articles"], 2);
    assert_eq!(ana["archive"]["firstSeen"], "2024-01-01");
    assert_eq!(ana["archive"]["lastSeen"], "2024-02-01");
    assert_eq!(ana["summary"], "A hydrologist at the state university.");
}

#[test]
fn json_lines_on_stdin_and_json_ld_files() {
    let dir = scratch("formats");
    std::fs::write(
        dir.join("ld.jsonld"),
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "From JSON-LD",
            "url": "https://news.example/ld", "datePublished": "2024-07-01",
            "articleBody": "The Velmora Dam Authority, an agency that inspects dams and reservoirs, met."}"#,
    )
    .unwrap();
    let stdin = "{\"title\": \"Line one\", \"id\": \"line-one\", \"body\": [\"The Velmora Dam Authority met.\"]}\n\n{\"title\": \"Line two\", \"body\": [\"Nothing.\"]}\n";
    let slices = scratch("formats-slices");
    let config = Config {
        inputs: vec![dir.join("ld.jsonld").display().to_string(), "-".into()],
        per_article: Some(slices.clone()),
        threads: 2,
        quiet: true,
        ..Config::default()
    };
    let built = build(&config, &mut stdin.as_bytes()).unwrap();
    let glossary: Value = serde_json::from_str(&built.json).unwrap();
    let vda = entry(&glossary, "Velmora Dam Authority").unwrap();
    assert_eq!(
        vda["archive"]["articles"], 2,
        "stdin was read twice: {vda:#}"
    );
    assert_eq!(vda["archive"]["source"]["url"], "https://news.example/ld");
    assert!(slices.join("ld.json").exists());
    assert!(slices.join("line-one.json").exists(), "named by its id");
    assert!(slices.join("stdin-3.json").exists(), "named by its line");
}

#[test]
fn a_broken_article_is_reported_and_skipped() {
    let dir = scratch("broken");
    write_articles(
        &dir,
        &[(
            "ok",
            "Fine",
            "2024-01-01",
            &["Officials in Orlanza agreed."],
        )],
    );
    std::fs::write(dir.join("broken.json"), "{\"title\": 3}").unwrap();
    let built = build(&config(&[&dir]), &mut std::io::empty()).unwrap();
    assert_eq!((built.articles, built.failed), (2, 1));
    let glossary: Value = serde_json::from_str(&built.json).unwrap();
    assert!(entry(&glossary, "Orlanza").is_some());
}

/// On a generated archive with known definitions, at least 95% of the entities defined
/// somewhere get that definition.
#[test]
fn defined_entities_get_their_definition() {
    let dir = scratch("coverage");
    let file = dir.join("corpus.jsonl");
    let mut text = String::new();
    let truth = corpus::generate(600, 3, 2000, |line| {
        text.push_str(line);
        text.push('\n');
    });
    std::fs::write(&file, text).unwrap();
    let (glossary, _) = run(&config(&[&file]));
    let defined: Vec<&corpus::Truth> = truth.iter().filter(|t| t.defined_in > 0).collect();
    let mut missed = Vec::new();
    for t in &defined {
        let summary = entry(&glossary, &t.name)
            .and_then(|e| e["summary"].as_str())
            .unwrap_or("");
        if !summary
            .to_lowercase()
            .contains(&t.definition.to_lowercase())
        {
            missed.push(format!("{} ({}): {summary:?}", t.name, t.definition));
        }
    }
    let share = 1.0 - missed.len() as f64 / defined.len() as f64;
    eprintln!(
        "{} of {} defined entities got their definition ({:.1}%)",
        defined.len() - missed.len(),
        defined.len(),
        share * 100.0
    );
    assert!(defined.len() >= 100, "{}", defined.len());
    assert!(share >= 0.95, "{share}: missed {missed:#?}");
}
