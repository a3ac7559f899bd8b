//! What counts as an article's text in a page, as `www/loader/enhance.mjs` decides it in
//! the browser (`isFurniture`, and the blocks `textBlocks` groups text by), from the same
//! data, `gloss_model::page_text::RULES`. Where the loader uses a JavaScript regular
//! expression, this matches as it does: `\s` is JavaScript's white space, `\b` and the
//! case-insensitive letters are ASCII's.

use scraper::{ElementRef, Node, Selector};
use serde::Deserialize;

/// The rules' data file, as written: two selectors, and two lists of words for the
/// loader's regular expressions, separated by `|`, where a word may end in an optional
/// part (`credits?`, `photo(graph)?`).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RulesFile {
    skip: String,
    furniture: String,
    furniture_text: usize,
    credit: String,
    blocks: String,
}

/// The rules, ready to apply.
pub struct Rules {
    skip: Selector,
    blocks: Selector,
    furniture_words: Vec<String>,
    furniture_text: usize,
    credit_words: Vec<String>,
}

impl Rules {
    /// The rules gloss ships. Their file is gloss's own, so a file that does not read is
    /// a bug that every test of the page reader shows.
    pub fn shipped() -> Rules {
        let file: RulesFile = serde_json::from_str(gloss_model::page_text::RULES)
            .expect("crates/model/data/page-text.json reads");
        let selector =
            |list: &str| Selector::parse(list).expect("page-text.json's selectors parse");
        Rules {
            skip: selector(&file.skip),
            blocks: selector(&file.blocks),
            furniture_words: words(&file.furniture),
            furniture_text: file.furniture_text,
            credit_words: words(&file.credit),
        }
    }

    /// Whether the walk leaves `element` and all it holds alone (`isFurniture`).
    pub fn is_furniture(&self, element: ElementRef) -> bool {
        if self.skip.matches(&element) {
            return true;
        }
        // `getAttribute` gives null for a missing attribute, which joins as "null".
        let named = [
            element.attr("class").unwrap_or("null"),
            " ",
            element.attr("role").unwrap_or("null"),
        ]
        .concat();
        if self.names_furniture(&named) && utf16_len(&text_content(element)) < self.furniture_text {
            return true;
        }
        element.value().name() == "figcaption" && self.is_credit(&text_content(element))
    }

    /// Whether an element is a block, whose text the engine reads as one run.
    pub fn is_block(&self, element: ElementRef) -> bool {
        self.blocks.matches(&element)
    }

    /// `(^|[\s_-])(WORDS)($|[\s_-])`, case-insensitive: one of the words, whole.
    fn names_furniture(&self, text: &str) -> bool {
        let separator = |c: char| c == '_' || c == '-' || is_js_space(c);
        self.furniture_words.iter().any(|word| {
            (0..=text.len())
                .filter(|&at| text.is_char_boundary(at))
                .any(|at| {
                    let before = text[..at].chars().next_back().is_none_or(separator);
                    let rest = &text[at..];
                    before
                        && starts_with_ascii_ci(rest, word)
                        && rest[word.len()..].chars().next().is_none_or(separator)
                })
        })
    }

    /// `^\s*((WORDS)s?( credits?| illustration)?\s*(:|by\b)|©|courtesy\b)`,
    /// case-insensitive: a caption that is only a credit.
    fn is_credit(&self, caption: &str) -> bool {
        let text = caption.trim_start_matches(is_js_space);
        if text.starts_with('©') || starts_with_word(text, "courtesy") {
            return true;
        }
        self.credit_words.iter().any(|word| {
            if !starts_with_ascii_ci(text, word) {
                return false;
            }
            let after_word = &text[word.len()..];
            let plural = after_word.strip_prefix(['s', 'S']);
            [Some(after_word), plural]
                .into_iter()
                .flatten()
                .any(|rest| {
                    [" credits", " credit", " illustration", ""]
                        .iter()
                        .filter(|suffix| starts_with_ascii_ci(rest, suffix))
                        .any(|suffix| {
                            let end = rest[suffix.len()..].trim_start_matches(is_js_space);
                            end.starts_with(':') || starts_with_word(end, "by")
                        })
                })
        })
    }
}

/// The words a `|`-separated list of the data file stands for, each optional ending
/// both left off and written: `credits?` is "credit" and "credits", `photo(graph)?` is
/// "photo" and "photograph". Any other sign is a mistake in the file.
fn words(list: &str) -> Vec<String> {
    let mut words = Vec::new();
    for alternative in list.split('|') {
        let (stem, optional) = match alternative.strip_suffix(")?") {
            Some(rest) => rest.split_once('(').expect("page-text.json: ( before )?"),
            None => match alternative.strip_suffix('?') {
                Some(rest) => rest.split_at(rest.len() - 1),
                None => (alternative, ""),
            },
        };
        let plain =
            |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        assert!(
            plain(stem) && (optional.is_empty() || plain(optional)),
            "page-text.json: {alternative} is not a word with an optional ending"
        );
        words.push(stem.to_owned());
        if !optional.is_empty() {
            words.push([stem, optional].concat());
        }
    }
    words
}

/// The element's `textContent`: all the text it holds, a `<template>`'s contents aside
/// (they are not the page's children).
pub fn text_content(element: ElementRef) -> String {
    let mut text = String::new();
    let mut stack: Vec<_> = element.children().rev().collect();
    while let Some(node) = stack.pop() {
        match node.value() {
            Node::Text(run) => text.push_str(run),
            Node::Element(_) => stack.extend(node.children().rev()),
            _ => {}
        }
    }
    text
}

/// A string's length as JavaScript counts it, in UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// JavaScript's `\s`: its white space and line terminators, which are not Rust's
/// (U+FEFF is one, U+0085 is not).
pub fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// Whether `text` starts with the ASCII `word`, in any case of its ASCII letters only, as
/// a JavaScript regular expression without the `u` flag compares them.
fn starts_with_ascii_ci(text: &str, word: &str) -> bool {
    text.as_bytes()
        .get(..word.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(word.as_bytes()))
}

/// `word\b`, case-insensitive: `word`, and then no ASCII letter, digit or `_`.
fn starts_with_word(text: &str, word: &str) -> bool {
    starts_with_ascii_ci(text, word)
        && !text[word.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_rules_read_and_their_words_expand_as_the_loader_reads_them() {
        let rules = Rules::shipped();
        assert!(rules.furniture_words.contains(&"credit".into()));
        assert!(rules.furniture_words.contains(&"credits".into()));
        assert!(rules.credit_words.contains(&"photograph".into()));
        assert_eq!(
            words("ads?|photo(graph)?|read-more"),
            ["ad", "ads", "photo", "photograph", "read-more"]
        );
    }

    #[test]
    fn furniture_words_are_whole_words_in_ascii_case() {
        let rules = Rules::shipped();
        for named in [
            "c-byline__name null",
            "share-bar null",
            "null toolbar",
            "x ADS",
        ] {
            assert!(rules.names_furniture(named), "{named}");
        }
        // U+212A KELVIN SIGN folds to "k" in Unicode, not in the loader's expression.
        for plain in [
            "shared-content null",
            "adventure null",
            "header null",
            "null \u{212A}",
        ] {
            assert!(!rules.names_furniture(plain), "{plain}");
        }
        assert!(rules.names_furniture("\u{FEFF}ad"));
        assert!(!rules.names_furniture("\u{85}ad"));
    }

    #[test]
    fn credits_are_the_captions_the_loader_takes_for_credits() {
        let rules = Rules::shipped();
        for credit in [
            "Photo: Agency",
            "  Photograph by Jane Roe",
            "Image credit: Agency",
            "Photos credits : A",
            "Photo illustration by Jane Roe",
            "Sources:",
            "© Agency",
            "COURTESY of the family",
            "\u{A0}video by",
        ] {
            assert!(rules.is_credit(credit), "{credit}");
        }
        for caption in [
            "Photographer Jane Roe at work",
            "Photo byline",
            "Courtesyship",
            "The mayor. Photo: Agency",
            "Imagery: none",
        ] {
            assert!(!rules.is_credit(caption), "{caption}");
        }
    }
}
