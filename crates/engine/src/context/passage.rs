//! The passage a card quotes when nothing defines a name: a sentence of the article,
//! sliced from the text at sentence boundaries and never altered.

use super::{begins_sentence, is, is_one_of, sentence_bounds, word_at, Spot, LINKING_WORDS};
use crate::lexicon::{Classes, Lexicon};
use crate::text::{Case, Token};

/// The longest passage a card shows, in bytes of the run; a longer sentence is cut to a
/// window around the name.
const MAX_PASSAGE: usize = 280;

/// The sentence of a run in which a name appears, for a card with no summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub run: usize,
    /// Byte range of the passage in the run: a whole sentence, or a window of a very
    /// long one cut at word boundaries.
    pub start: usize,
    pub end: usize,
    /// The passage's text, exactly as in the run.
    pub text: String,
    /// Byte range of the name within `text`.
    pub mark_start: usize,
    pub mark_end: usize,
    /// Whether the sentence goes on before `start` or after `end` (a card shows an
    /// ellipsis there).
    pub cut_before: bool,
    pub cut_after: bool,
}

/// Whether a passage holds nothing but the name, give or take punctuation.
pub(super) fn only_the_name(passage: &Passage) -> bool {
    let outside = |text: &str| !text.chars().any(char::is_alphanumeric);
    let text = &passage.text;
    outside(&text[..passage.mark_start]) && outside(&text[passage.mark_end..])
}

/// How much the sentence at a spot says of its name, to choose which mention a card
/// quotes: 2 when a role, a title or a noun of a kind stands right before the name or in
/// an appositive after it ("the port's director, Tom Lind", "Senator Grace Pellham",
/// "Lind, the port's new director,", "Corvanta, based in Halden,"), 1 when the name
/// opens the sentence as the subject of a verb, not one of saying, with words after it
/// ("Corvanta builds ferries"), else 0. A role further off is someone else's: "a police
/// officer with China's ministry", "a Kremlin official".
pub(super) fn says_of(run: &str, tokens: &[Token], spot: &Spot, lexicon: &Lexicon) -> u8 {
    const NOUNS: u32 = Classes::ROLE_NOUN | Classes::ORGANIZATION_NOUN | Classes::PLACE_NOUN;
    const SAYS: u32 = Classes::SAYING | Classes::REPORTING;
    let word = |at: usize| word_at(run, tokens, at);
    let classes = |word: &str| lexicon.of(word);
    let lower = |at: usize| tokens.get(at).is_some_and(|t| t.case == Case::Lower);
    let (first, _) = sentence_bounds(tokens, spot.first);
    // A role or a title, but not a courtesy title: "Ms Ana Ruiz" says nothing of her.
    // Past a comma only when the role opens the sentence ("Its director, Marta Ruiz"),
    // not in "After talks with the minister, Ana Ruiz left".
    let mut at = spot.first;
    if at > first + 1 && at <= first + 5 && is(run, tokens, at - 1, ",") {
        at -= 1;
    }
    if at > first
        && classes(word(at - 1)).any(NOUNS | Classes::HONORIFIC)
        && !is_one_of(
            word(at - 1),
            &["mr", "mrs", "ms", "mx", "miss", "sir", "m", "mme", "mlle"],
        )
    {
        return 2;
    }
    // ", the port's new director," and not ", the minister said".
    if is(run, tokens, spot.last + 1, ",") {
        let opener = word(spot.last + 2);
        // A noun of a kind in its first words, and no verb of saying up to its end:
        // ", the country's foreign minister said on Friday" is no appositive.
        let (mut noun, mut says) = (false, false);
        let mut at = spot.last + 3;
        while at < tokens.len() && at < spot.last + 16 && !begins_sentence(tokens, at) {
            let found = classes(word(at));
            noun |= at < spot.last + 6 && lower(at) && found.any(NOUNS);
            says |= found.any(SAYS);
            if is(run, tokens, at, ",") {
                break;
            }
            at += 1;
        }
        if is_one_of(opener, &["based", "founded", "headquartered"])
            || (is_one_of(opener, &["the", "a", "an"]) && noun && !says)
        {
            return 2;
        }
    }
    // A verb with something after it: "NATO agreed." says nothing of NATO, nor a noun
    // or a preposition after the name ("Front leader", "Kestria ministers", "Ana Ruiz in
    // her studio").
    let verb = word(spot.last + 1);
    let opens =
        spot.first == first || (spot.first == first + 1 && is_one_of(word(first), &["the"]));
    let acts = lower(spot.last + 1)
        && !word(spot.last + 2).is_empty()
        && !begins_sentence(tokens, spot.last + 2)
        && !is_one_of(verb, LINKING_WORDS)
        && !classes(verb).any(NOUNS | SAYS)
        && !classes(verb.strip_suffix('s').unwrap_or("")).any(NOUNS);
    u8::from(opens && acts)
}

/// The sentence around a spot's name, cut to a window of [`MAX_PASSAGE`] bytes at word
/// boundaries when it is longer. A window that cannot start with the sentence starts
/// with the clause before the name, which often says who it is ("…, the port's
/// director, Tom Lind, said"), when that fits, else at the name.
pub(super) fn passage_at(text: &str, tokens: &[Token], spot: &Spot) -> Passage {
    let (start, end) = (
        tokens[spot.first].start as usize,
        tokens[spot.last].end as usize,
    );
    // A name may run across a sentence's end (a glossary name with a full stop in it):
    // the passage is then every sentence it touches.
    let (first, _) = sentence_bounds(tokens, spot.first);
    let (_, last) = sentence_bounds(tokens, spot.last);
    let sentence_start = tokens[first].start as usize;
    let sentence_end = tokens[last].end as usize;
    let (mut from, mut to) = (sentence_start, sentence_end);
    if to - from > MAX_PASSAGE {
        // Keep the name in view: start at the name when it stands far into the
        // sentence, and end at the last word that fits.
        if end - from > MAX_PASSAGE * 2 / 3 {
            let clause = clause_before(text, tokens, first, spot.first);
            from = if end - clause <= MAX_PASSAGE * 2 / 3 {
                clause
            } else {
                start
            };
        }
        // The sentence's end, stop included, when the rest fits.
        if to - from > MAX_PASSAGE {
            to = tokens[spot.last..=last]
                .iter()
                .rfind(|t| t.end as usize <= from + MAX_PASSAGE && t.is_word())
                .map_or(end, |t| t.end as usize)
                .max(end);
        }
    }
    Passage {
        run: spot.run,
        start: from,
        end: to,
        text: text[from..to].to_owned(),
        mark_start: start - from,
        mark_end: end - from,
        cut_before: from > sentence_start,
        cut_after: to < sentence_end,
    }
}

/// Where the clause before token `name` starts, in bytes: after the last comma, colon,
/// semicolon, bracket or dash before it, one right before the name aside (so that an
/// appositive role before the name is kept whole), and no earlier than token `first`.
fn clause_before(text: &str, tokens: &[Token], first: usize, name: usize) -> usize {
    let mut at = name;
    if at > first && tokens[at - 1].text(text) == "," {
        at -= 1;
    }
    while at > first
        && !matches!(
            tokens[at - 1].text(text),
            "," | ";" | ":" | "(" | "\u{2014}" | "\u{2013}"
        )
    {
        at -= 1;
    }
    tokens[at].start as usize
}
