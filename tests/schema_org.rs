//! schema.org input: a NewsArticle in JSON-LD maps to the v1 model, single values and
//! arrays alike, and its `about` and `mentions` become glossary entities.

use gloss_cli::json::article_from_json;
use gloss_engine::{annotate, Options};
use gloss_model::{Block, Kind, Rich};

#[test]
fn news_article_maps_to_v1() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/news-article.jsonld"
    ))
    .unwrap();
    let read = article_from_json(&text).unwrap();
    let article = read.value;
    assert_eq!(article.title, "Delegates gather for the police assembly");
    assert_eq!(
        article.subtitle.as_deref(),
        Some("A vote on the Executive Committee is expected")
    );
    assert_eq!(article.kicker.as_deref(), Some("World"));
    assert_eq!(article.lang.as_deref(), Some("en-GB"));
    assert_eq!(
        article.published.as_deref(),
        Some("2021-11-23T08:00:00+00:00")
    );
    assert_eq!(article.updated, None, "a malformed date is dropped");
    assert_eq!(
        read.warnings[0].to_string(),
        "dateModified: not an ISO 8601 date, ignored"
    );
    let authors: Vec<(&str, Option<&str>)> = article
        .authors
        .iter()
        .map(|a| (a.name.as_str(), a.url.as_deref()))
        .collect();
    assert_eq!(
        authors,
        [
            ("Desk Editor", None),
            ("Ana Ruiz", Some("https://example.org/ana"))
        ]
    );
    let image = article.image.unwrap();
    assert_eq!(image.src.as_deref(), Some("https://example.org/hall.jpg"));
    assert_eq!(
        image.caption.as_deref(),
        Some("The assembly hall before the vote.")
    );
    assert_eq!(image.credit.as_deref(), Some("Example Photo Desk"));
    assert_eq!((image.width, image.height), (Some(1200), Some(800)));
    assert_eq!(article.topics, ["Interpol", "elections", "policing"]);
    assert_eq!(article.body.len(), 3);
    assert_eq!(
        article.body[2],
        Block::Paragraph {
            text: Rich::plain("Interpol said the ballot would be secret.")
        }
    );
    let entities: Vec<(&str, Kind, Vec<&str>, usize)> = article
        .entities
        .iter()
        .map(|e| {
            (
                e.name.as_str(),
                e.kind,
                e.aliases.iter().map(String::as_str).collect(),
                e.links.len(),
            )
        })
        .collect();
    assert_eq!(
        entities,
        [
            ("Interpol", Kind::Organization, vec!["ICPO"], 1),
            ("Istanbul", Kind::Place, vec![], 2),
            (
                "Inter-Parliamentary Alliance on China",
                Kind::Organization,
                vec!["IPAC"],
                0
            ),
            ("Tuesday", Kind::Other, vec![], 0),
        ]
    );
    assert_eq!(article.entities[1].links[0].label, "wikidata.org");
    assert_eq!(
        article.entities[0].summary.as_deref(),
        Some("The international police organisation.")
    );
}

#[test]
fn json_ld_entities_mark_the_text() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/news-article.jsonld"
    ))
    .unwrap();
    let article = article_from_json(&text).unwrap().value;
    let annotation = annotate(&article, &[], &Options::glossary_only());
    let marked: Vec<&str> = annotation
        .entities
        .iter()
        .filter(|e| !e.mentions.is_empty())
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        marked,
        [
            "interpol",
            "istanbul",
            "inter-parliamentary-alliance-on-china",
            "tuesday"
        ]
    );
}

#[test]
fn json_ld_errors_name_the_field() {
    let rows = [
        (
            r#"{"@context": "https://schema.org", "@type": "WebPage", "name": "x"}"#,
            "@type: no Article or NewsArticle in this JSON-LD",
        ),
        (
            r#"{"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": "x"}"#,
            "headline: this field is required",
        ),
        (
            r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}"#,
            "articleBody: this field is required to render the article",
        ),
    ];
    for (input, expected) in rows {
        assert_eq!(
            article_from_json(input).unwrap_err().to_string(),
            expected,
            "{input}"
        );
    }
}

/// An article with `body` as its `articleBody` and one `about` thing linked to `link`.
fn json_ld(body: &str, link: &str) -> String {
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "A headline",
        "articleBody": body,
        "about": { "@type": "Organization", "name": "Interpol", "sameAs": link },
    })
    .to_string()
}

#[test]
fn article_body_splits_into_paragraphs() {
    // name, articleBody, paragraphs
    let rows: &[(&str, &str, &[&str])] = &[
        ("blank lines", "One.\n\nTwo.", &["One.", "Two."]),
        (
            "single breaks without blank lines",
            "One.\nTwo.",
            &["One.", "Two."],
        ),
        (
            "single breaks stay inside a paragraph",
            "One\ncontinued.\n\nTwo.",
            &["One\ncontinued.", "Two."],
        ),
        ("three breaks", "One.\n\n\nTwo.", &["One.", "Two."]),
        ("white space around", "  \n\n One. \n\n", &["One."]),
        ("no break", "Only one.", &["Only one."]),
    ];
    for (name, body, expected) in rows {
        let article = article_from_json(&json_ld(body, "https://example.org"))
            .unwrap()
            .value;
        let texts: Vec<&str> = article
            .body
            .iter()
            .map(|b| match b {
                Block::Paragraph { text } => text.text.as_str(),
                other => panic!("{name}: {other:?}"),
            })
            .collect();
        assert_eq!(&texts, expected, "{name}");
    }
}

#[test]
fn same_as_links_are_labelled_with_their_host() {
    // name, sameAs, label
    let rows = [
        (
            "a path",
            "https://en.wikipedia.org/wiki/Interpol",
            "en.wikipedia.org",
        ),
        (
            "www. dropped",
            "https://www.interpol.int/en",
            "interpol.int",
        ),
        (
            "query and fragment",
            "https://example.org?q=1#top",
            "example.org",
        ),
        (
            "a colon before the scheme's",
            "https://example.org:8080/a",
            "example.org:8080",
        ),
    ];
    for (name, url, label) in rows {
        let article = article_from_json(&json_ld("Text.", url)).unwrap().value;
        assert_eq!(article.entities[0].links[0].label, label, "{name}");
    }
}

/// JSON-LD is looked for at most four arrays down, as its article is: real pages nest one
/// or two, and a page nesting thousands must not exhaust the wasm's stack.
#[test]
fn json_ld_is_looked_for_four_arrays_down_at_most() {
    let nested = |depth: usize| {
        let mut value =
            serde_json::json!({"@context": "https://schema.org", "@type": "NewsArticle"});
        for _ in 0..depth {
            value = serde_json::Value::Array(vec![value]);
        }
        value
    };
    let is_json_ld = |value: &serde_json::Value| {
        gloss_model::schema_org::is_json_ld(&gloss_cli::json::Json(value))
    };
    assert!(is_json_ld(&nested(0)));
    assert!(is_json_ld(&nested(3)));
    assert!(!is_json_ld(&nested(4)));
    assert!(!is_json_ld(&nested(3000)));
}
