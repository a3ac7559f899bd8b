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
/// state after a politician's name) is not a name's.
fn name_before(run: &str, tokens: &[Token], open: usize, short: &str) -> Option<usize> {
    if short.contains('-') {
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
    let length = text.chars().count();
    let capitals = text.chars().filter(|&c| is_upper(c)).count();
    (2..=10).contains(&length)
        && text.split_whitespace().count() <= 2
        && text.chars().next().is_some_and(char::is_alphanumeric)
        && text.chars().any(char::is_alphabetic)
        && capitals >= 2
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '&' | '-' | '.' | '/'))
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
/// for the short form's first character, which must itself start a word.
fn long_form_start(short: &str, text: &str) -> Option<usize> {
    let short: Vec<char> = short.chars().map(lower).collect();
    let long: Vec<(usize, char)> = text.char_indices().map(|(at, c)| (at, lower(c))).collect();
    let mut s = short.len();
    let mut l = long.len();
    while s > 0 {
        s -= 1;
        let c = short[s];
        if !c.is_alphanumeric() {
            continue;
        }
        loop {
            if l == 0 {
                return None;
            }
            l -= 1;
            let starts_word = l == 0 || !long[l - 1].1.is_alphanumeric();
            if long[l].1 == c && (s > 0 || starts_word) {
                break;
            }
        }
    }
    // Back to white space, so a hyphenated first word is kept whole.
    let mut start = l;
    while start > 0 && !long[start - 1].1.is_whitespace() {
        start -= 1;
    }
    Some(long[start].0)
}

/// Schwartz and Hearst's rejects, plus one: a long form must be longer than its short form,
/// must not contain it as a word, must balance its brackets and must have two words.
fn accept(short: &str, long: &str) -> bool {
    let opens = long.matches('(').count();
    long.chars().count() > short.chars().count()
        && long.split_whitespace().count() >= 2
        && !long
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == short)
        && opens == long.matches(')').count()
}

#[cfg(test)]
mod tests {
    use super::find_definitions;
    use crate::text::tokenize;

    fn pairs(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        find_definitions(text, &tokens, 0..tokens.len())
            .into_iter()
            .map(|d| (d.short, d.long))
            .collect()
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
