//! The matcher's rules for one token: whether a text token's case fits the pattern's
//! (DESIGN.md, "Glossary matching"), and the singular forms a plural word may stand for.

use super::PatternToken;
use crate::text::{finish_hash, fold_char, hash_step, Case, Token, TokenKind, SOFT_HYPHEN};

/// A word that a plural ending could follow: the only kind [`Matcher::plural_match`] tries.
pub(super) fn may_be_plural(run: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word && token.text(run).ends_with(['s', 'S'])
}

/// The token hashes of the singulars a plural word may stand for: its folded text with
/// "ies" made "y", without "es", and without "s", where it ends so. They are the hashes
/// [`hash_folded`](crate::text::hash_folded) gives those stems, worked out on the way through the word, since this
/// runs for every word ending in "s" wherever a glossary has a concept.
pub(super) fn plural_stems(word: &str) -> [Option<u32>; 3] {
    // The hashes of the word without its last one, two and three characters, and its
    // last three characters, latest first.
    let (mut before, mut last) = ([0u64; 3], ['\0'; 3]);
    let mut hash = 0;
    for c in word.chars().map(fold_char) {
        before = [hash, before[0], before[1]];
        last = [c, last[0], last[1]];
        hash = hash_step(hash, c);
    }
    [
        (last == ['s', 'e', 'i']).then(|| finish_hash(hash_step(before[2], 'y'))),
        (last[..2] == ['s', 'e']).then(|| finish_hash(before[1])),
        (last[0] == 's').then(|| finish_hash(before[0])),
    ]
}

/// Whether `tokens` are the pattern's words, with the case rules, one token at a time
/// (DESIGN.md has the reasoning):
/// - an all-capitals pattern word ("IPAC") matches only capitals;
/// - a capitalised or mixed-case word matches itself, or the word in all capitals;
/// - a lower-case word matches itself, in all capitals, or capitalised where a sentence
///   starts, in a title-case run, or after a capitalised word of the same match.
pub(super) fn case_fits(
    folded: &str,
    pattern: &[PatternToken],
    plural_last: bool,
    run: &str,
    tokens: &[Token],
    title_case: bool,
) -> bool {
    let last = pattern.len() - 1;
    pattern
        .iter()
        .zip(tokens)
        .enumerate()
        .all(|(index, (want, got))| {
            let plural = plural_last && index == last;
            same_word(folded_text(folded, want), got.text(run), plural)
                && match want.case {
                    Case::Uncased => true,
                    Case::AllCaps => got.case == Case::AllCaps,
                    _ if got.case == Case::AllCaps => true,
                    Case::Capitalized => got.case == Case::Capitalized,
                    Case::Mixed => {
                        got.case == Case::Mixed
                            && got
                                .text(run)
                                .chars()
                                .map(fold_keep_case)
                                .eq(want.shape.iter().flat_map(|shape| shape.chars()))
                    }
                    Case::Lower => match got.case {
                        Case::Lower => true,
                        Case::Capitalized => {
                            title_case
                                || (index == 0 && got.sentence_start())
                                || (index > 0 && tokens[index - 1].first_upper())
                        }
                        _ => false,
                    },
                }
        })
}

/// A pattern token's folded text.
fn folded_text<'a>(folded: &'a str, token: &PatternToken) -> &'a str {
    let (start, length) = token.folded;
    &folded[start as usize..(start + length) as usize]
}

/// Whether a text token is the pattern's word, folded. The trie's hashes said so, and
/// they can collide, so this makes sure. A plural last word may carry an ending the
/// pattern lacks: "-s", "-es", or "-ies" for a final "-y".
fn same_word(want: &str, got: &str, plural: bool) -> bool {
    // The common case, an ASCII word of the same length, byte by byte.
    if want.len() == got.len()
        && got.is_ascii()
        && want
            .bytes()
            .zip(got.bytes())
            .all(|(w, g)| w == fold_char(g as char) as u8)
    {
        return true;
    }
    let mut want = want.chars();
    let mut got = got.chars().filter(|&c| c != SOFT_HYPHEN).map(fold_char);
    loop {
        match (want.next(), got.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == b => {}
            (None, Some('s')) => return plural && got.next().is_none(),
            (None, Some('e')) => return plural && got.next() == Some('s') && got.next().is_none(),
            (Some('y'), Some('i')) => {
                return plural && want.next().is_none() && got.eq("es".chars());
            }
            _ => return false,
        }
    }
}

/// Folds apostrophes and dashes like [`fold_char`] but keeps the letter case.
pub(super) fn fold_keep_case(c: char) -> char {
    if c.is_alphabetic() {
        c
    } else {
        fold_char(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::hash_folded;

    /// The stems spelled out as strings, the obvious way, for [`plural_stems`] to agree with.
    fn stems_by_hand(word: &str) -> [Option<u32>; 3] {
        let folded: String = word.chars().map(fold_char).collect();
        [
            folded
                .strip_suffix("ies")
                .map(|s| hash_folded(&format!("{s}y"))),
            folded.strip_suffix("es").map(hash_folded),
            folded.strip_suffix('s').map(hash_folded),
        ]
    }

    #[test]
    fn plural_stems_hash_the_singulars_spelled_out() {
        for word in [
            "notices",
            "Agencies",
            "ies",
            "es",
            "s",
            "S",
            "buses",
            "NOTICES",
            "Hunts",
            "café’s",
            "naïves",
            "x",
            "",
            "élites",
            "ÉLITES",
            "sss",
        ] {
            assert_eq!(plural_stems(word), stems_by_hand(word), "{word:?}");
        }
    }
}
