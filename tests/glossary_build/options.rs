//! What the command takes besides an archive: overrides, per-article slices, `--update`,
//! JSON Lines on stdin and JSON-LD files, and articles it cannot read.

use crate::{build, config, entry, run, scratch, write_articles, Config, Value};

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
    // `sameAs` becomes a link, which gloss reads (it has no `sameAs`).
    assert_eq!(
        ana["links"],
        serde_json::json!([{"label": "wikidata.org", "url": "https://www.wikidata.org/wiki/Q1"}])
    );
    assert!(ana.get("sameAs").is_none());
    assert!(entry(&glossary, "Brindlemoor").is_none(), "suppressed");
    assert!(entry(&glossary, "Orlanza").is_some(), "the others stay");
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
    let stdin = concat!(
        "{\"title\": \"Line one\", \"url\": \"https://news.example/2024/05/line-one?ref=feed\", \"body\": [\"The Velmora Dam Authority met.\"]}\n",
        "\n",
        "{\"title\": \"Line two\", \"body\": [\"Nothing.\"]}\n",
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Line four\", \"mainEntityOfPage\": {\"@id\": \"https://news.example/2024/06/four.html\"}, \"articleBody\": \"Nothing either.\"}\n",
    );
    let slices = scratch("formats-slices");
    let config = Config {
        inputs: vec![dir.join("ld.jsonld").display().to_string(), "-".into()],
        per_article: Some(slices.clone()),
        threads: 2,
        quiet: true,
        ..Config::default()
    };
    let built = build(&config, &mut stdin.as_bytes()).unwrap();
    assert_eq!(built.failed, 0);
    let glossary: Value = serde_json::from_str(&built.json).unwrap();
    let vda = entry(&glossary, "Velmora Dam Authority").unwrap();
    assert_eq!(
        vda["archive"]["articles"], 2,
        "stdin was read twice: {vda:#}"
    );
    assert_eq!(vda["archive"]["source"]["url"], "https://news.example/ld");
    // A file's slice is named by its path; a record's by its url's path, or its line.
    assert!(slices.join("ld.json").exists(), "named by its file");
    assert!(
        slices.join("2024/05/line-one.json").exists(),
        "named by its url"
    );
    assert!(slices.join("stdin-3.json").exists(), "named by its line");
    assert!(
        slices.join("2024/06/four.json").exists(),
        "named by mainEntityOfPage"
    );
}

/// An input's id names its slice; two records with one url would write one file, so the
/// second is reported, its slice not written, and the build counts it as failed.
#[test]
fn two_inputs_with_one_id_are_reported_and_neither_slice_is_overwritten() {
    let dir = scratch("same-id");
    std::fs::write(
        dir.join("feed.jsonl"),
        concat!(
            "{\"title\": \"First\", \"url\": \"https://news.example/a/story\", \"body\": [\"Officials in Orlanza agreed.\"]}\n",
            "{\"title\": \"Second\", \"url\": \"https://news.example/a/story/\", \"body\": [\"Ana Ruiz, a hydrologist at the state university, spoke.\"]}\n",
            "{\"title\": \"Third\", \"url\": \"https://news.example/a/other\", \"body\": [\"Ana Ruiz went to Orlanza.\"]}\n",
        ),
    )
    .unwrap();
    let slices = scratch("same-id-slices");
    let mut with = config(&[&dir.join("feed.jsonl")]);
    with.per_article = Some(slices.clone());
    let built = build(&with, &mut std::io::empty()).unwrap();
    assert_eq!((built.articles, built.failed), (3, 1));
    let names = |file: &str| -> Vec<String> {
        let list: Value =
            serde_json::from_str(&std::fs::read_to_string(slices.join(file)).unwrap()).unwrap();
        list.as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        names("a/story.json"),
        ["Orlanza"],
        "the first keeps its slice"
    );
    assert_eq!(names("a/other.json"), ["Ana Ruiz", "Orlanza"]);
    // The glossary still counts every article.
    let glossary: Value = serde_json::from_str(&built.json).unwrap();
    assert_eq!(
        entry(&glossary, "Ana Ruiz").unwrap()["archive"]["articles"],
        2
    );
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
