//! Reading an article or a glossary: which reader a document needs, and the checks
//! every one of them must pass. This is the model's one entry point for input.

use super::validate::first_problem;
use super::value::JsonValue;
use super::{json_ld, v1, validate_article, Article, Entity, InputError, Read};
use gloss_base::pause::{run_to_end, Clock, Unlimited};

/// Reads and validates an article: format v1, or a schema.org article in JSON-LD (with
/// the feature `schema-org`; without it, as in the lean wasm builds, JSON-LD is refused
/// by name rather than misread as v1). An entity that is wrong is left out, with its
/// problem in `skipped`.
pub fn read_article<V: JsonValue>(input: &V) -> Result<Read<Article>, InputError> {
    run_to_end(read_article_paused(input, &Unlimited))
}

/// [`read_article`], pausing between blocks and between entities when `clock`'s time
/// is up.
pub async fn read_article_paused<V: JsonValue>(
    input: &V,
    clock: &dyn Clock,
) -> Result<Read<Article>, InputError> {
    if json_ld::is_json_ld(input) {
        #[cfg(feature = "schema-org")]
        return super::schema_org::read_schema_org(input);
        #[cfg(not(feature = "schema-org"))]
        return Err(InputError::at(
            "@type",
            "a schema.org article needs gloss's full build (build: 'full')",
        ));
    }
    let read = v1::read_article(input, clock).await?;
    first_problem(validate_article(&read.value))?;
    Ok(read)
}

/// Reads an article's shape without the checks of [`validate_article`], so that a checker
/// can list every problem rather than stop at the first.
pub fn read_article_unvalidated<V: JsonValue>(input: &V) -> Result<Read<Article>, InputError> {
    run_to_end(v1::read_article(input, &Unlimited))
}

/// Reads a glossary: an entity array, or an object with `entities`. An entry that is
/// wrong is left out, with its problem in `skipped`.
pub fn read_glossary<V: JsonValue>(input: &V) -> Result<Read<Vec<Entity>>, InputError> {
    run_to_end(read_glossary_paused(input, &Unlimited))
}

pub use v1::read_glossary_paused;
