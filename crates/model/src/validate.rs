//! The rules a parsed article must meet beyond its JSON shape.

use super::path::{element_path, member_path};
use super::{Article, Entity, InputError};
use gloss_base::StringMap;

/// Every problem in the article, in document order. An empty list means it is valid.
/// The entities are not among them: the reader has already left out each one that breaks
/// [`entity_problem`]'s rules, with the problem in `Read::skipped`.
pub fn validate_article(article: &Article) -> Vec<InputError> {
    let mut problems = Vec::new();
    if !has_word_character(&article.title) {
        problems.push(InputError::at("title", "the title must not be empty"));
    }
    if article.body.is_empty() {
        problems.push(InputError::at(
            "body",
            "the body must have at least one block",
        ));
    }
    for (field, value) in [
        ("published", &article.published),
        ("updated", &article.updated),
    ] {
        if let Some(date) = value {
            if !is_iso_8601(date) {
                problems.push(InputError::at(
                    field,
                    "expected an ISO 8601 date such as 2021-11-18 or 2021-11-18T09:30:00Z",
                ));
            }
        }
    }
    problems
}

/// The first of `problems`, as an error.
pub(crate) fn first_problem(problems: Vec<InputError>) -> Result<(), InputError> {
    match problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// The first rule that `entity`, the entry at `path` of the list at `list`, breaks, if
/// any: an id that is empty or that an entry before it kept (`kept` maps each kept id to
/// its entry's index), a name or an alias without a letter or a digit.
pub(crate) fn entity_problem(
    entity: &Entity,
    path: &str,
    list: &str,
    kept: &StringMap,
) -> Option<InputError> {
    if entity.id.trim().is_empty() {
        return Some(InputError::at(
            member_path(path, "id"),
            "the id must not be empty",
        ));
    }
    if let Some(&first) = kept.get(entity.id.as_str()) {
        let message = [
            "duplicate entity id \"",
            &entity.id,
            "\" (first used at ",
            &element_path(list, first),
            ")",
        ];
        return Some(InputError::at(member_path(path, "id"), message.concat()));
    }
    if !has_word_character(&entity.name) {
        return Some(InputError::at(
            member_path(path, "name"),
            "a name must contain a letter or a digit",
        ));
    }
    let at = entity.aliases.iter().position(|a| !has_word_character(a))?;
    Some(InputError::at(
        element_path(&member_path(path, "aliases"), at),
        "an alias must contain a letter or a digit; it is empty or only punctuation",
    ))
}

pub(crate) fn has_word_character(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// Accepts the ISO 8601 forms publishers use: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and a date
/// followed by `T` or a space, `hh:mm`, optional seconds and fraction, and an optional
/// `Z` or `±hh:mm` offset.
pub(crate) fn is_iso_8601(text: &str) -> bool {
    let bytes = text.as_bytes();
    let len = bytes.len();
    // Each check reads through `get`, which the wasm keeps smaller than indexing with
    // its bounds checks.
    let is = |at: usize, set: &[u8]| bytes.get(at).is_some_and(|b| set.contains(b));
    let within = |at: usize, high: u32| match bytes.get(at..at + 2) {
        Some(&[a, b]) if a.is_ascii_digit() && b.is_ascii_digit() => {
            (a - b'0') as u32 * 10 + (b - b'0') as u32 <= high
        }
        _ => false,
    };
    let above_zero = |at: usize| !(is(at, b"0") && is(at + 1, b"0"));
    if !(within(0, 99) && within(2, 99)) {
        return false;
    }
    if len == 4 {
        return true;
    }
    if !(is(4, b"-") && within(5, 12) && above_zero(5)) {
        return false;
    }
    if len == 7 {
        return true;
    }
    if !(is(7, b"-") && within(8, 31) && above_zero(8)) {
        return false;
    }
    if len == 10 {
        return true;
    }
    if !(is(10, b"Tt ") && within(11, 24) && is(13, b":") && within(14, 59)) {
        return false;
    }
    let mut at = 16;
    if is(at, b":") {
        if !within(at + 1, 60) {
            return false;
        }
        at += 3;
        if is(at, b".,") {
            at += 1;
            let start = at;
            while bytes.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
            if at == start {
                return false;
            }
        }
    }
    match bytes.get(at) {
        None => true,
        Some(b'Z' | b'z') => at + 1 == len,
        Some(b'+' | b'-') => match len - at {
            6 => is(at + 3, b":") && within(at + 1, 99) && within(at + 4, 99),
            5 => within(at + 1, 99) && within(at + 3, 99),
            3 => within(at + 1, 99),
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_iso_8601;

    #[test]
    fn iso_8601_dates() {
        for good in [
            "2021",
            "2021-11",
            "2021-11-18",
            "2021-11-18T09:30Z",
            "2021-11-18T09:30:00Z",
            "2021-11-18T09:30:00.123+01:00",
            "2021-11-18 09:30:00-0500",
        ] {
            assert!(is_iso_8601(good), "{good}");
        }
        for bad in [
            "",
            "18/11/2021",
            "2021-13-01",
            "2021-11-18T25:00",
            "Nov. 15",
            "2021-11-18Tx",
            "2021-11-18T09:30:00+1",
        ] {
            assert!(!is_iso_8601(bad), "{bad}");
        }
    }
}
