//! Editors' overrides, in every form the README gives: found by `id` or by a name or
//! alias in `match`, in a list or in `{"entities": [...]}`, suppressing or setting
//! `summary`, `name`, `kind`, `aliases`, `links`, `sameAs`, `facts`, `image` and
//! `related`; and the overrides that cannot apply, each skipped with a warning that names
//! its place, while the others apply.

use crate::{build, config, entry, run, scratch, write_articles, Value};
use serde_json::json;
use std::path::{Path, PathBuf};

/// The archive every test here overrides.
fn archive(name: &str) -> PathBuf {
    let dir = scratch(name);
    write_articles(
        &dir,
        &[
            ("o1", "Dams inspected", "2024-01-01", &["The Velmora Dam Authority (VDA), an agency that inspects dams and reservoirs, opened an office."]),
            ("o2", "Hydrology", "2024-01-02", &["Ana Ruiz, a hydrologist at the state university, measured the river."]),
            ("o3", "At the dam", "2024-01-03", &["Officials met Lindqvist at the dam."]),
            ("o4", "Harbour", "2024-01-04", &["Officials in Brindlemoor and Orlanza agreed."]),
            ("o5", "Floods", "2024-01-05", &["The Kestrian Weather Office warned of floods."]),
        ],
    );
    dir
}

fn with_overrides(articles: &Path, name: &str, text: &str) -> (crate::Config, PathBuf) {
    let file = scratch(name).join("overrides.json");
    std::fs::write(&file, text).unwrap();
    let mut with = config(&[articles]);
    with.overrides = Some(file.clone());
    (with, file)
}

#[test]
fn every_form_of_override_applies() {
    let articles = archive("override-forms");
    let slices = scratch("override-forms-slices");
    let (mut with, _) = with_overrides(
        &articles,
        "override-forms-file",
        r#"{"entities": [
    {"id": "ana-ruiz", "summary": "A hydrologist who maps the Orlanza river."},
    {"match": "vda", "kind": "place", "aliases": ["VDA", "the Authority"]},
    {"match": "Lindqvist", "name": "Peter Lindqvist"},
    {"id": "brindlemoor", "suppress": true},
    {"match": "ORLANZA", "suppress": true},
    {"match": "Kestrian Weather Office", "facts": [{"label": "Founded", "value": "1921"}],
     "links": [{"label": "Site", "url": "https://weather.example/"}],
     "sameAs": ["https://en.wikipedia.org/wiki/Kestria", "https://www.wikidata.org/wiki/Q7"],
     "image": "https://weather.example/logo.png", "related": ["velmora-dam-authority"]}
]}"#,
    );
    with.per_article = Some(slices.clone());
    let (glossary, _) = run(&with);

    let ana = entry(&glossary, "Ana Ruiz").unwrap();
    assert_eq!(ana["summary"], "A hydrologist who maps the Orlanza river.");
    // Found through an alias, in any case; the list of aliases is replaced.
    let vda = entry(&glossary, "Velmora Dam Authority").unwrap();
    assert_eq!(vda["kind"], "place");
    assert_eq!(vda["aliases"], json!(["VDA", "the Authority"]));
    // A rename keeps the name the articles use as an alias, so the entry keeps its
    // mentions and its slices.
    let peter = entry(&glossary, "Peter Lindqvist").unwrap();
    assert_eq!(peter["aliases"], json!(["Lindqvist"]));
    assert_eq!(peter["id"], "lindqvist", "ids stay as they were");
    assert_eq!(peter["archive"]["articles"], 1);
    let slice: Value =
        serde_json::from_str(&std::fs::read_to_string(slices.join("o3.json")).unwrap()).unwrap();
    assert_eq!(slice[0]["name"], "Peter Lindqvist");
    // Suppressed by id and by name.
    assert!(entry(&glossary, "Brindlemoor").is_none());
    assert!(entry(&glossary, "Orlanza").is_none());
    // Facts, links, image and related are set; `sameAs` adds links, labelled by host.
    let office = entry(&glossary, "Kestrian Weather Office").unwrap();
    assert_eq!(
        office["facts"],
        json!([{"label": "Founded", "value": "1921"}])
    );
    assert_eq!(
        office["links"],
        json!([
            {"label": "Site", "url": "https://weather.example/"},
            {"label": "en.wikipedia.org", "url": "https://en.wikipedia.org/wiki/Kestria"},
            {"label": "wikidata.org", "url": "https://www.wikidata.org/wiki/Q7"},
        ])
    );
    assert_eq!(office["image"], "https://weather.example/logo.png");
    assert_eq!(office["related"], json!(["velmora-dam-authority"]));
}

#[test]
fn a_list_of_overrides_works_as_the_object_does() {
    let articles = archive("override-list");
    let (with, _) = with_overrides(
        &articles,
        "override-list-file",
        r#"[{"id": "ana-ruiz", "suppress": true}, {"match": "Lindqvist", "summary": "A diver."}]"#,
    );
    let (glossary, _) = run(&with);
    assert!(entry(&glossary, "Ana Ruiz").is_none());
    assert_eq!(
        entry(&glossary, "Lindqvist").unwrap()["summary"],
        "A diver."
    );
}

#[test]
fn an_override_that_cannot_apply_is_skipped_with_a_warning_and_the_others_apply() {
    let articles = archive("override-bad");
    let (with, file) = with_overrides(
        &articles,
        "override-bad-file",
        r#"{"entities": [
    {"match": "Nobody Here", "summary": "Not in the archive."},
    {"id": "ana-ruiz", "colour": "blue", "summary": "Set all the same."},
    {"id": "lindqvist", "kind": "wizard", "summary": "Not set: the kind is wrong."},
    {"summary": "Whose?"},
    {"id": "velmora-dam-authority", "links": [{"label": "No URL"}]}
]}"#,
    );
    let built = build(&with, &mut std::io::empty()).unwrap();
    assert_eq!(built.failed, 0, "warnings fail nothing");
    let file = file.display();
    assert_eq!(
        built.warnings,
        [
            format!("{file}:2:5: warning: entities[0]: no entity Nobody Here"),
            format!("{file}:3:34: warning: entities[1].colour: not a field of an entity; ignored"),
            format!("{file}:4:33: warning: entities[2].kind: unknown kind \"wizard\"; expected person, organization, place, event, concept, work or other; override skipped"),
            format!("{file}:5:5: warning: entities[3]: needs an \"id\" or a \"match\"; skipped"),
            format!("{file}:6:47: warning: entities[4].links[0].url: this field is required; override skipped"),
        ]
    );
    let glossary: Value = serde_json::from_str(&built.json).unwrap();
    assert_eq!(
        entry(&glossary, "Ana Ruiz").unwrap()["summary"],
        "Set all the same."
    );
    let lindqvist = entry(&glossary, "Lindqvist").unwrap();
    assert_eq!(lindqvist["kind"], "other");
    assert!(lindqvist.get("summary").is_none());
    assert!(entry(&glossary, "Velmora Dam Authority")
        .unwrap()
        .get("links")
        .is_none());
}

#[test]
fn an_overrides_file_that_is_not_json_stops_the_build_with_its_place() {
    let articles = archive("override-broken");
    let (with, file) = with_overrides(
        &articles,
        "override-broken-file",
        "{\"entities\": [\n  {\"id\": 1,}\n]}",
    );
    let failure = build(&with, &mut std::io::empty()).unwrap_err();
    assert_eq!(failure.code, 1);
    assert_eq!(
        failure.message,
        format!("{}:2:12: trailing comma", file.display())
    );
}
