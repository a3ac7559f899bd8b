//! What the whole article shows of its words, for judging a capital at the start of a
//! sentence: which words it capitalises mid-sentence, and how, and which it writes in
//! lower case.

use super::frame::{frame, mark_clause_starts};
use crate::lexicon::add_bits;
use crate::text::{fold, Case, Token, TokenKind};
use gloss_base::StringMap;
use std::ops::Range;

/// Words seen in the article, for judging a capital at the start of a sentence. Gathered
/// from every run before [`NameFinder`] reads any.
#[derive(Default)]
pub struct Evidence {
    /// Folded words seen capitalised in the middle of a sentence, with [`MID_SENTENCE`],
    /// [`ALONE`] and [`AFTER_LOWER`] flags saying how.
    capitalized: StringMap,
    /// Folded words seen in lower case.
    pub(super) lower: StringMap,
    /// French rules: "le", "la" and "de" before a capital are articles and prepositions,
    /// never the start of a name, and a capital after "les" is a plural.
    pub french: bool,
}

/// `Evidence::capitalized`: the word was seen capitalised mid-sentence.
pub(super) const MID_SENTENCE: usize = 1;
/// The word was seen capitalised mid-sentence with no capitalised word beside it: a name
/// of its own ("the Greens"), not only a part of a longer one ("Business Council").
pub(super) const ALONE: usize = 2;
/// The word was seen capitalised right after a lower-case word ("at First Solar"): a
/// common word capitalised there is part of a name.
pub(super) const AFTER_LOWER: usize = 4;
/// The word was seen capitalised at a sentence start with no capitalised word after it:
/// with [`ALONE`], a word the article uses on its own, as a surname is ("Roy said").
const STARTS_ALONE: usize = 8;

impl Evidence {
    /// Notes the words at tokens `part` of a run (a part of a long run, or all of it);
    /// `title_case` says the run is a headline in title case. The word after a dateline
    /// and the first of a quotation are read as a sentence's first: the first part of a
    /// run marks them in `tokens` for the whole run.
    pub fn add_run(
        &mut self,
        run: &str,
        tokens: &mut [Token],
        title_case: bool,
        part: Range<usize>,
    ) {
        if part.start == 0 {
            let story = frame(run, tokens).story;
            mark_clause_starts(run, tokens, story);
        }
        let tokens = &*tokens;
        for at in part {
            let token = &tokens[at];
            if !token.is_word() {
                continue;
            }
            let text = token.text(run);
            let (map, flags) = if token.case == Case::Lower {
                (&mut self.lower, 0)
            } else if token.first_upper() && !title_case {
                let before = at.checked_sub(1).map(|b| &tokens[b]);
                let after = tokens.get(at + 1).filter(|t| t.space_before());
                if token.sentence_start() {
                    if after.is_some_and(Token::is_capitalized) {
                        continue;
                    }
                    (&mut self.capitalized, STARTS_ALONE)
                } else {
                    let mut flags = MID_SENTENCE;
                    // "Rolls-Royce": a word glued to a hyphen is part of a longer one.
                    let glued = |t: Option<&Token>| {
                        t.is_some_and(|t| t.kind == TokenKind::Punct && t.text(run) == "-")
                    };
                    let next = tokens.get(at + 1).filter(|t| !t.space_before());
                    if !before.is_some_and(Token::is_capitalized)
                        && !after.is_some_and(Token::is_capitalized)
                        && (!glued(before) || token.space_before())
                        && !glued(next)
                    {
                        flags |= ALONE;
                    }
                    if before.is_some_and(|t| t.is_word() && t.case == Case::Lower) {
                        flags |= AFTER_LOWER;
                    }
                    (&mut self.capitalized, flags)
                }
            } else {
                continue;
            };
            // Most words are seen many times: fold (and allocate) only for a new one.
            // A lower-case ASCII word is its own folded form.
            let folded_already = text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            if !(folded_already && map.contains_key(text)) {
                add_bits(map, fold(text), flags);
            }
        }
    }

    /// How `folded` was seen capitalised mid-sentence: [`MID_SENTENCE`] and the other
    /// flags, or 0.
    pub(super) fn capitalized(&self, folded: &str) -> usize {
        self.capitalized
            .get(folded)
            .map_or(0, |&flags| flags & !STARTS_ALONE)
    }

    /// Whether the article uses `folded` capitalised on its own, anywhere.
    pub(super) fn alone(&self, folded: &str) -> bool {
        self.capitalized
            .get(folded)
            .is_some_and(|&flags| flags & (ALONE | STARTS_ALONE) != 0)
    }
}
