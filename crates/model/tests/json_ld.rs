//! A schema.org article with the feature `schema-org` and without it, as the lean wasm
//! builds read. The workspace's tests always have the feature (the CLI turns it on);
//! `cargo test -p gloss-model --no-default-features` (scripts/test) runs the other half.

use gloss_model::value::{JsonValue, Shape};
use gloss_model::{read_article, InputError};
use serde_json::{json, Value};

/// The model's view of a `serde_json::Value`, as the CLI's `Json`.
#[derive(Clone)]
struct Json<'a>(&'a Value);

impl JsonValue for Json<'_> {
    fn shape(&self) -> Shape {
        match self.0 {
            Value::Null => Shape::Null,
            Value::Bool(_) => Shape::Bool,
            Value::Number(_) => Shape::Number,
            Value::String(_) => Shape::String,
            Value::Array(_) => Shape::Array,
            Value::Object(_) => Shape::Object,
        }
    }
    fn member(&self, key: &'static str) -> Option<Self> {
        self.0.as_object()?.get(key).map(Json)
    }
    fn string(&self) -> Option<String> {
        self.0.as_str().map(str::to_owned)
    }
    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }
    fn elements(&self) -> Option<Vec<Self>> {
        Some(self.0.as_array()?.iter().map(Json).collect())
    }
    fn keys(&self) -> Vec<String> {
        self.0
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }
}

/// JSON-LD as sites write it: a node, a node in an array, and a `@graph`.
fn json_ld_articles() -> Vec<Value> {
    let node = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Delegates in Lyon",
        "articleBody": "Delegates met in Lyon.",
        "mentions": [{"@type": "Place", "name": "Lyon"}],
    });
    vec![
        node.clone(),
        json!([{"@context": "https://schema.org", "@type": "WebPage"}, node.clone()]),
        json!({"@context": "https://schema.org", "@graph": [node]}),
    ]
}

fn read(value: &Value) -> Result<String, InputError> {
    read_article(&Json(value)).map(|read| read.value.title)
}

#[test]
#[cfg(feature = "schema-org")]
fn with_the_feature_json_ld_is_read() {
    for article in json_ld_articles() {
        assert_eq!(read(&article).unwrap(), "Delegates in Lyon", "{article}");
    }
}

#[test]
#[cfg(not(feature = "schema-org"))]
fn without_it_json_ld_is_refused_by_name_never_misread_as_v1() {
    for article in json_ld_articles() {
        let error = read(&article).unwrap_err();
        assert_eq!(
            error.describe(),
            "@type: a schema.org article needs gloss's full build (build: 'full')",
            "{article}"
        );
    }
}

#[test]
fn a_v1_article_reads_either_way() {
    // `@context` beside a v1 `body` is still v1: the body decides.
    let article = json!({"@context": "x", "title": "Delegates in Lyon", "body": ["Text."]});
    assert_eq!(read(&article).unwrap(), "Delegates in Lyon");
}
