//! The seed article, a real news story: a check of the whole engine on what it is for.

use crate::common::shared_fixture;
use gloss_cli::json::article_from_json;
use gloss_engine::{annotate, Options};

/// The seed article, with no glossary: every name a reader would look up is found and
/// linked, and no ordinary word is marked.
#[test]
fn seed_article_quality() {
    let Some(text) = shared_fixture("seed-article.json") else {
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
