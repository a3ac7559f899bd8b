//! Whether a document is JSON-LD. Every build tells it from a v1 article, the lean
//! wasm builds included, which read no schema.org (`schema_org.rs`, feature
//! `schema-org`) and refuse a JSON-LD article by name rather than misread it.

use super::value::{JsonValue, Shape};

/// Whether `input` is JSON-LD rather than a v1 article: it has `@context`, `@type` or
/// `@graph` and no v1 `body`, or it is an array of such nodes.
pub fn is_json_ld<V: JsonValue>(input: &V) -> bool {
    is_json_ld_within(input, 4)
}

/// [`is_json_ld`] at most `depth` arrays down, as the schema.org reader looks for the
/// article.
fn is_json_ld_within<V: JsonValue>(input: &V, depth: usize) -> bool {
    let Some(depth) = depth.checked_sub(1) else {
        return false;
    };
    match input.shape() {
        Shape::Array => input
            .elements()
            .is_some_and(|items| items.iter().any(|item| is_json_ld_within(item, depth))),
        Shape::Object => {
            input.member("body").is_none()
                && ["@context", "@type", "@graph"]
                    .iter()
                    .any(|key| input.member(key).is_some())
        }
        _ => false,
    }
}
