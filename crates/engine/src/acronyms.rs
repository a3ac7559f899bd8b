//! Acronym definitions, found with the Schwartz–Hearst algorithm: "Long Form (LF)" and
//! "LF (Long Form)".

use super::text::{is_upper, lower, Token, TokenKind};
use std::ops::Range;

/// A definition found in a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub short: String,
    pub long: String,
    /// Byte range of the long form in the run.
    pub long_start: usize,
    pub long_end: usize,
    /// Whether the short form's letters spell the long form; if not, the long form is
    /// the name right before the bracket.
    pub spelled: bool,
}

/// Every acronym definition in a run whose bracket opens at one of the tokens `opens`
/// (a part of a long run, or all of it).
pub fn find_definitions(run: &str, tokens: &[Token], opens: Range<usize>) -> Vec<Definition> {
    let mut found = Vec::new();
    for open in opens {
        let token = &tokens[open];
        if token.text(run) != "(" {
            continue;
        }
        let Some(close) = tokens[open + 1..]
            .iter()
            .take(16)
            .position(|t| matches!(t.text(run), ")" | "("))
            .map(|p| open + 1 + p)
            .filter(|&c| tokens[c].text(run) == ")")
        else {
            continue;
        };
        // Inside the brackets, ";" and ":" end the short form: "(MPS; since 1983)".
        let inner_end = tokens[open + 1..close]
            .iter()
            .position(|t| matches!(t.text(run), ";" | ":" | ","))
            .map_or(close, |p| open + 1 + p);
        if inner_end == open + 1 {
            continue;
        }
        let inner_start_byte = tokens[open + 1].start as usize;
        let inner = &run[inner_start_byte..tokens[inner_end - 1].end as usize];
        if is_short_form(inner) {
            let window = window_start(run, tokens, open, letters(inner));
            let before = &run[window..token.start as usize];
            let matched = long_form_start(inner, before)
                .map(|start| window + start)
                .filter(|&start| accept(inner, run[start..token.start as usize].trim_end()));
            // A short form whose letters follow another language ("Reporters Without
            // Borders (RSF)") is defined by the name right before its bracket.
            if let Some(start) = matched.or_else(|| name_before(run, tokens, open, inner)) {
                let long = run[start..token.start as usize].trim_end();
                found.push(Definition {
                    short: inner.to_owned(),
                    long: long.to_owned(),
                    long_start: start,
                    long_end: start + long.len(),
                    spelled: matched.is_some(),
                });
            }
        } else if open > 0 && inner_end - (open + 1) >= 2 {
            // The reverse form, "LF (Long Form)": the short form is the word before.
            let word = &tokens[open - 1];
            let short = word.text(run);
            if is_short_form(short) && letters(short) <= inner.split_whitespace().count() + 1 {
                if let Some(start) = long_form_start(short, inner).filter(|&s| s == 0) {
                    let long = inner[start..].trim_end();
                    if accept(short, long) {
                        found.push(Definition {
                            short: short.to_owned(),
                            long: long.to_owned(),
                            long_start: inner_start_byte + start,
                            long_end: inner_start_byte + start + long.len(),
                            spelled: true,
                        });
                    }
                }
            }
        }
    }
    found
}

/// Where the name right before the bracket at token `open` starts, in bytes: two or more
/// capitalised words, with "of", "for", "and", "on" and "the" between them, and no "The"
/// or "A" that opens a sentence. A short form with a hyphen ("D-OH", a party and a
/// state after a politician's name) or a full stop (a ticker, "AAPL.O") is not a name's.
fn name_before(run: &str, tokens: &[Token], open: usize, short: &str) -> Option<usize> {
    if short.contains(['-', '.']) {
        return None;
    }
    let mut first = open;
    let mut capitalized = 0;
    while first > 0 {
        let token = &tokens[first - 1];
        let text = token.text(run);
        if token.kind == TokenKind::Word && text.starts_with(|c: char| is_upper(c)) {
            capitalized += 1;
        } else if !(token.kind == TokenKind::Word
            && matches!(text, "of" | "for" | "and" | "on" | "the")
            && first < open)
        {
            break;
        }
        first -= 1;
    }
    // Back over trailing connectors and an opening article.
    while first < open
        && (tokens[first].text(run).starts_with(|c: char| !is_upper(c))
            || matches!(tokens[first].text(run), "The" | "A" | "An"))
    {
        if tokens[first].text(run).starts_with(|c: char| is_upper(c)) {
            capitalized -= 1;
        }
        first += 1;
    }
    (capitalized >= 2).then(|| tokens[first].start as usize)
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// A short form: at most two words, 2–10 characters, starting with a letter or digit,
/// with a letter, and written with two or more capitals so that "(see above)" is not one.
fn is_short_form(text: &str) -> bool {
    // One pass over the characters rather than one for each test: less code in the wasm.
    let (mut length, mut capitals, mut has_letter) = (0, 0, false);
    for c in text.chars() {
        if !(c.is_alphanumeric() || matches!(c, ' ' | '&' | '-' | '.' | '/')) {
            return false;
        }
        length += 1;
        capitals += usize::from(is_upper(c));
        has_letter |= c.is_alphabetic();
    }
    (2..=10).contains(&length)
        && text.split_whitespace().count() <= 2
        && text.chars().next().is_some_and(char::is_alphanumeric)
        && has_letter
        && capitals >= 2
}

/// The byte where the search window before the bracket starts: min(|A| + 5, 2|A|) words
/// back, but never across a sentence end or another bracket.
fn window_start(run: &str, tokens: &[Token], open: usize, short_length: usize) -> usize {
    let size = (short_length + 5).min(2 * short_length);
    let mut words = 0;
    let mut start = tokens[open].start as usize;
    for token in tokens[..open].iter().rev() {
        let text = token.text(run);
        if matches!(text, "." | "!" | "?" | "(" | ")" | ";" | ":") {
            break;
        }
        if token.kind == TokenKind::Word || token.kind == TokenKind::Number {
            if words == size {
                break;
            }
            // Hyphenated parts are one word: count only those after white space.
            if token.space_before() || token.start == 0 {
                words += 1;
            }
        }
        start = token.start as usize;
    }
    start
}

/// Matches the short form against the text right to left, as Schwartz and Hearst do.
/// Returns the byte where the long form starts: the start of the word holding the match
/// for the short form's first character, which must itself start a word. Both are walked
/// back by `char`, without collecting them: each collected element type costs the wasm
/// code of its own.
fn long_form_start(short: &str, text: &str) -> Option<usize> {
    // The text before the character matched last.
    let mut before = text;
    for (at, c) in short.char_indices().rev() {
        let c = lower(c);
        if !c.is_alphanumeric() {
            continue;
        }
        loop {
            let candidate = before.chars().next_back()?;
            before = &before[..before.len() - candidate.len_utf8()];
            let starts_word = before
                .chars()
                .next_back()
                .is_none_or(|previous| !lower(previous).is_alphanumeric());
            if lower(candidate) == c && (at > 0 || starts_word) {
                break;
            }
        }
    }
    // Back to white space, so a hyphenated first word is kept whole.
    while let Some(previous) = before.chars().next_back() {
        if lower(previous).is_whitespace() {
            break;
        }
        before = &before[..before.len() - previous.len_utf8()];
    }
    Some(before.len())
}

/// Schwartz and Hearst's rejects, plus one: a long form must be longer than its short form,
/// must not contain it as a word, must balance its brackets and must have two words.
/// Brackets counted by byte and words split by a loop: a `str` pattern brings a searcher
/// of its own into the wasm.
fn accept(short: &str, long: &str) -> bool {
    // Opening brackets less closing ones, in one pass.
    let mut open = 0isize;
    for b in long.bytes() {
        open += isize::from(b == b'(') - isize::from(b == b')');
    }
    long.chars().count() > short.chars().count()
        && long.split_whitespace().count() >= 2
        && !has_word(long, short)
        && open == 0
}

/// Whether `word` is one of the words of `text`, split at every character that is not a
/// letter or a digit.
fn has_word(text: &str, word: &str) -> bool {
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if !c.is_alphanumeric() {
            if &text[start..at] == word {
                return true;
            }
            start = at + c.len_utf8();
        }
    }
    &text[start..] == word
}

#[cfg(test)]
mod tests {
    use super::{find_definitions, has_word};
    use crate::text::tokenize;

    fn pairs(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        find_definitions(text, &tokens, 0..tokens.len())
            .into_iter()
            .map(|d| (d.short, d.long))
            .collect()
    }

    #[test]
    fn words_are_split_at_every_other_character() {
        assert!(has_word("the MPS office", "MPS"));
        assert!(has_word("MPS-run", "MPS"));
        assert!(has_word("(MPS)", "MPS"));
        assert!(has_word("\u{e9}t\u{e9} MPS", "MPS"));
        assert!(!has_word("MPSS office", "MPS"));
        assert!(!has_word("", "MPS"));
    }

    #[test]
    fn schwartz_hearst_rows() {
        type Pairs = &'static [(&'static str, &'static str)];
        let rows: &[(&str, &str, Pairs)] = &[
            (
                "plain",
                "a member of its Ministry of Public Security (MPS) installed",
                &[("MPS", "Ministry of Public Security")],
            ),
            (
                "hyphenated first word",
                "members of the Inter-Parliamentary Alliance on China (IPAC), a",
                &[("IPAC", "Inter-Parliamentary Alliance on China")],
            ),
            (
                "lower-case long form",
                "Safeguard Defenders, a non-governmental organization (NGO) that",
                &[("NGO", "non-governmental organization")],
            ),
            (
                "reverse form",
                "the WHO (World Health Organization) said",
                &[("WHO", "World Health Organization")],
            ),
            (
                "letters inside words",
                "the Chinese Communist Party (CCP) said",
                &[("CCP", "Chinese Communist Party")],
            ),
            (
                "not an acronym",
                "the organization's red notices (or alert system).",
                &[],
            ),
            ("years", "China Action (2007–2016) was", &[]),
            (
                "no match in window",
                "a long sentence about something else (XYZ) here",
                &[],
            ),
            (
                "first letter must start a word",
                "the panorama (PA) view",
                &[],
            ),
            (
                "letters of another language: the name before the bracket",
                "Reporters Without Borders (RSF) said",
                &[("RSF", "Reporters Without Borders")],
            ),
            (
                "another language, after an article",
                "an inquiry by the Dutch Safety Board (OVV) found",
                &[("OVV", "Dutch Safety Board")],
            ),
            (
                "another language, with of",
                "a report by the Institute of Fishing (IRV) said",
                &[("IRV", "Institute of Fishing")],
            ),
            (
                "one capitalised word is not enough",
                "said Kestria (KTR) today",
                &[],
            ),
            (
                "a party and a state after a name",
                "Senator Dana Whitfield (D-OH) said",
                &[],
            ),
        ];
        for (name, text, expected) in rows {
            let expected: Vec<(String, String)> = expected
                .iter()
                .map(|(s, l)| (s.to_string(), l.to_string()))
                .collect();
            assert_eq!(pairs(text), expected, "{name}");
        }
    }
}
