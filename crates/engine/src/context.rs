//! What a card says when no glossary describes a name, taken from the article itself.
//!
//! A summary comes from a definition, in order of trust: an appositive after the name
//! ("IPAC, a global alliance of …,"; "Ana Ruiz, head of the tribunal,"), a relative
//! clause ("Dahlin, who …"; "the tribunal, which oversees …"), an appositive that opens
//! the sentence before it ("The country's top court, the Tribunal, …"), and a defining
//! sentence ("X is a …", "X (XY) was the …"). Each is a whole clause or a whole sentence, never a fragment, and
//! a clause that may say something else (a list, a date, a reported claim, a pronoun
//! whose referent is elsewhere) is not taken: precision comes first.
//!
//! With no definition, a card shows the sentence that says most of the name
//! ([`Passage`]), sliced from the text at sentence boundaries and never altered.

use super::lexicon::{Classes, Lexicon};
use super::text::{capitalize, tokenize_into, Case, Token, TokenKind};
use gloss_base::pause::{pause_point, Clock};
pub use passage::Passage;
use passage::{only_the_name, passage_at, says_of};

mod before;
mod passage;

/// What the article says of an entity: a summary and the sentence it came from, or,
/// with no definition, only the passage that says most of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub summary: Option<String>,
    pub run: usize,
    pub sentence: String,
    pub passage: Option<Passage>,
}

/// One mention to look around: tokens `first..=last` of run `run`, naming `entity`;
/// `headline` says the run is the article's title.
#[derive(Debug, Clone, Copy)]
pub struct Spot {
    pub run: usize,
    pub first: usize,
    pub last: usize,
    pub entity: usize,
    pub headline: bool,
}

/// The longest summary a card shows before it is cut at a word boundary.
const MAX_SUMMARY: usize = 320;

/// For each entity that has a name in `names`, the first description found around its
/// spots: an appositive or relative clause at any spot is preferred to a defining
/// sentence, and each is tried in reading order. `spots` must be in reading order. With
/// them, for each entity no appositive describes, a passage for a card that ends up with
/// no summary: of its spots' sentences, the one that says most of it
/// ([`passage::says_of`]: a role or a kind beside the name, or the name as a subject),
/// the earliest of equals; the headline's only when the body names the entity nowhere,
/// and none that is the name alone (a caption or a list item of one word), which tells
/// a reader nothing.
///
/// The article's tokens are not kept between passes (they are most of the engine's
/// memory), so a run is tokenized again here, and only while one of its spots names an
/// entity still without a description.
pub async fn describe_all(
    runs: &[&str],
    spots: &[Spot],
    names: &[Option<&str>],
    lexicon: &Lexicon,
    clock: &dyn Clock,
) -> Vec<Option<Described>> {
    // Filled with `resize_with` rather than `vec!`, which would need a clone of the
    // type: code the wasm does not otherwise carry.
    let mut found: Vec<Option<Described>> = Vec::new();
    found.resize_with(names.len(), || None);
    // How much the passage kept for an entity says (`says_of`), over one from the
    // headline, which any spot in the body replaces.
    let mut kept_says = vec![0u8; names.len()];
    let mut tokens = Vec::new();
    for appositive_only in [true, false] {
        let mut tokenized = None;
        for spot in spots {
            let Some(name) = names[spot.entity] else {
                continue;
            };
            let slot = &mut found[spot.entity];
            if slot.as_ref().is_some_and(|d| d.summary.is_some()) {
                continue;
            }
            // Each spot is a unit of work: a long run has thousands.
            pause_point(clock).await;
            let run = runs[spot.run];
            if tokenized != Some(spot.run) {
                tokenize_into(run, &mut tokens);
                tokenized = Some(spot.run);
            }
            let summary = if appositive_only {
                appositive_after(run, &tokens, spot, name, lexicon)
                    .or_else(|| before::appositive_before(run, &tokens, spot, lexicon))
                    .or_else(|| before::descriptor_before(run, &tokens, spot, lexicon))
            } else {
                defining_sentence(run, &tokens, spot, lexicon)
            };
            // The passage of the spot that says most so far is kept in case no
            // definition follows.
            let mut passage = slot.take().and_then(|kept| kept.passage);
            if !appositive_only {
                let says = says_of(run, &tokens, spot, lexicon) + if spot.headline { 1 } else { 4 };
                if passage.is_none() || says > kept_says[spot.entity] {
                    let here = passage_at(run, &tokens, spot);
                    if !only_the_name(&here) {
                        kept_says[spot.entity] = says;
                        passage = Some(here);
                    }
                }
            }
            let sentence = match summary {
                Some(_) => sentence_around(run, &tokens, spot.first),
                None => String::new(),
            };
            *slot = Some(Described {
                summary: summary.map(|s| shorten(&s)),
                run: spot.run,
                sentence,
                passage,
            });
        }
    }
    found
}

/// Prepositions and conjunctions: a word that links, where a rule wants one that
/// qualifies or acts.
const LINKING_WORDS: &[&str] = &[
    "of", "and", "or", "in", "at", "for", "to", "with", "on", "by", "from",
];

/// The text of the token at `at` when it is a word, or "".
fn word_at<'a>(run: &'a str, tokens: &[Token], at: usize) -> &'a str {
    tokens
        .get(at)
        .filter(|t| t.is_word())
        .map_or("", |t| t.text(run))
}

fn is(run: &str, tokens: &[Token], at: usize, text: &str) -> bool {
    tokens.get(at).is_some_and(|t| t.text(run) == text)
}

/// Whether `word` is one of the few grammar words ("the", "who") the rules below name
/// where they use them, in any case. One loop over a list rather than a `match` on each
/// lowered word: less code in the wasm, and no allocation.
fn is_one_of(word: &str, grammar_words: &[&str]) -> bool {
    grammar_words
        .iter()
        .any(|grammar_word| word.eq_ignore_ascii_case(grammar_word))
}

/// Whether any word of `tokens` is in one of the lexicon's `classes`.
fn any_of_class(run: &str, tokens: &[Token], lexicon: &Lexicon, classes: u32) -> bool {
    tokens
        .iter()
        .any(|t| t.is_word() && noun_of(lexicon, t.text(run), classes))
}

/// Whether a phrase can stand on a card as a description: three to forty words (a
/// possessive counts), or an article and a noun of a kind ("the capital"), no reported claim, no pronoun whose referent is elsewhere, not a
/// time ("the next day"), and some lower-case word besides connectors (else it is a list
/// of names, "the Netherlands and Spain", or another name for the same thing).
fn describes(run: &str, phrase: &[Token], lexicon: &Lexicon) -> bool {
    let words = phrase
        .iter()
        .filter(|t| t.is_word() || t.kind == TokenKind::Possessive)
        .count();
    // "the capital": an article and a noun of a kind.
    let short_noun = words == 2
        && is_one_of(phrase[0].text(run), &["the", "a", "an"])
        && noun_of(
            lexicon,
            phrase.last().map_or("", |t| t.text(run)),
            Classes::ROLE_NOUN | Classes::ORGANIZATION_NOUN | Classes::PLACE_NOUN,
        );
    ((3..=40).contains(&words) || short_noun)
        && !any_of_class(run, phrase, lexicon, Classes::REPORTING | Classes::PRONOUN)
        && !any_of_class(
            run,
            &phrase[..phrase.len().min(3)],
            lexicon,
            Classes::TIME_WORD,
        )
        && phrase[1..].iter().any(|t| {
            t.is_word()
                && !t.first_upper()
                && !is_one_of(t.text(run), &["of", "and", "the", "on", "for"])
        })
}

/// The index after a bracketed short form at `at` ("(IPAC)"), or `at`.
fn past_brackets(run: &str, tokens: &[Token], at: usize) -> Option<usize> {
    if !is(run, tokens, at, "(") {
        return Some(at);
    }
    let close = tokens[at..]
        .iter()
        .take(8)
        .position(|t| t.text(run) == ")")?;
    Some(at + close + 1)
}

/// Whether `word` is in one of the lexicon's classes.
fn noun_of(lexicon: &Lexicon, word: &str, classes: u32) -> bool {
    lexicon.of(word).any(classes)
}

/// Words of a forecast or a claim after "who is" or "which was": "expected to", "due",
/// "thought to".
const FORECAST_WORDS: &[&str] = &[
    "expected",
    "due",
    "likely",
    "unlikely",
    "scheduled",
    "thought",
    "believed",
    "said",
    "reported",
    "understood",
    "alleged",
];

/// ", a global alliance of members of parliaments from over 20 countries," or ", who
/// founded the group," or ", head of the court," after the name.
fn appositive_after(
    run: &str,
    tokens: &[Token],
    spot: &Spot,
    name: &str,
    lexicon: &Lexicon,
) -> Option<String> {
    let comma = past_brackets(run, tokens, spot.last + 1)?;
    if !is(run, tokens, comma, ",") {
        return None;
    }
    let start = comma + 1;
    let opener = word_at(run, tokens, start);
    let relative = is_one_of(opener, &["who", "whose", "which"]);
    let which = opener.eq_ignore_ascii_case("which");
    // "which" of a person is about something else: "a ruling on Ana Ruiz, which …".
    if which
        && (!noun_of(
            lexicon,
            word_at(run, tokens, start + 1),
            Classes::DEFINING_VERB,
        ) || noun_of(
            lexicon,
            word_at(run, tokens, spot.first),
            Classes::GIVEN_NAME,
        ))
    {
        return None;
    }
    // "who is expected to …", "which was due in May", "who is widely thought to": a
    // forecast or a claim, not what the name is.
    if relative
        && (start + 1..start + 4).any(|at| {
            let word = word_at(run, tokens, at);
            is_one_of(word, FORECAST_WORDS)
                || (word == "set" && word_at(run, tokens, at + 1) == "to")
        })
    {
        return None;
    }
    // "the region's hardline Federalists, who …" describes those Federalists, not all.
    if qualified(run, tokens, spot.first) {
        return None;
    }
    // "head of the court", "Nordic director at the Fisheries Council": a role with no
    // article, after at most two words that qualify it.
    let role = (start..start + 3)
        .take_while(|&at| {
            tokens
                .get(at)
                .is_some_and(|t| t.is_word() || t.kind == TokenKind::Possessive)
        })
        .any(|at| {
            noun_of(lexicon, word_at(run, tokens, at), Classes::ROLE_NOUN)
                && is_one_of(word_at(run, tokens, at + 1), &["of", "at", "for"])
        });
    if !relative && !role && !is_one_of(opener, &["a", "an", "the", "one"]) {
        return None;
    }
    let end = clause_end(run, tokens, start);
    // "In Halden, the police arrested six people": an opening phrase, then the main
    // clause, unless a comma closes it ("In Halden, the capital, crowds …").
    if spot.first > 0
        && begins_sentence(tokens, spot.first - 1)
        && is_one_of(word_at(run, tokens, spot.first - 1), LINKING_WORDS)
        && !is(run, tokens, end + 1, ",")
    {
        return None;
    }
    // A clause cut at a comma inside a series of numbers: "in 2010, 2012 and 2014", or
    // an item of a list of two words, "Fairplay, the union, and dozens of drivers". (A
    // list of names, "France, the Netherlands, and Spain", fails `describes`.)
    let listing = is(run, tokens, end + 1, ",")
        && (tokens
            .get(end + 2)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || (end == start + 1 && is_one_of(word_at(run, tokens, end + 2), &["and", "or"])));
    if listing || !describes(run, &tokens[start..=end], lexicon) {
        return None;
    }
    let clause = &run[tokens[start].start as usize..tokens[end].end as usize];
    Some(if relative {
        [name, ", ", clause, "."].concat()
    } else {
        [&capitalize(clause), "."].concat()
    })
}

/// Whether the name at token `first` is narrowed by a word before it, after an article
/// or a possessive: "the hardline Federalists", "the region's ruling Greens".
fn qualified(run: &str, tokens: &[Token], first: usize) -> bool {
    let (Some(word), Some(before)) = (
        first.checked_sub(1).map(|at| &tokens[at]),
        first.checked_sub(2).map(|at| &tokens[at]),
    ) else {
        return false;
    };
    word.is_word()
        && word.case == Case::Lower
        && (before.kind == TokenKind::Possessive
            || is_one_of(
                before.text(run),
                &[
                    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
                ],
            ))
}

/// The last token of a clause: before the next comma, semicolon, dash or sentence end,
/// stepping over brackets.
fn clause_end(run: &str, tokens: &[Token], start: usize) -> usize {
    let mut at = start;
    let mut depth = 0;
    while at + 1 < tokens.len() {
        let next = &tokens[at + 1];
        match next.text(run) {
            "(" => depth += 1,
            ")" if depth > 0 => depth -= 1,
            ")" | "," | ";" | ":" | "\u{2014}" | "\u{2013}" if depth == 0 => break,
            "." | "!" | "?"
                if depth == 0 && tokens.get(at + 2).is_none_or(|t| t.sentence_start()) =>
            {
                break
            }
            _ => {}
        }
        at += 1;
    }
    at
}

/// "Peter Dahlin is the founder of …" or "The World Health Organization (WHO) is a
/// United Nations agency …": a sentence that opens with the name and defines it.
fn defining_sentence(
    run: &str,
    tokens: &[Token],
    spot: &Spot,
    lexicon: &Lexicon,
) -> Option<String> {
    // The sentence opens with the name, or with "The" and the name.
    let opening = if tokens[spot.first].sentence_start() {
        spot.first
    } else {
        spot.first.checked_sub(1)?
    };
    // A name after an opening quote or bracket starts a quotation (someone's claim) or
    // an aside.
    let quoted = opening.checked_sub(1).is_some_and(|q| {
        let quote = &tokens[q];
        quote.kind == TokenKind::Punct && (quote.space_before() || q == 0)
    });
    if !tokens[opening].sentence_start()
        || (opening < spot.first && !word_at(run, tokens, opening).eq_ignore_ascii_case("the"))
        || quoted
    {
        return None;
    }
    let at = past_brackets(run, tokens, spot.last + 1)?;
    if !is_one_of(
        word_at(run, tokens, at),
        &["is", "was", "are", "were", "remains"],
    ) || !is_one_of(word_at(run, tokens, at + 1), &["a", "an", "the", "one"])
    {
        return None;
    }
    let (from, to) = sentence_bounds(tokens, spot.first);
    let sentence = &tokens[from..=to];
    if sentence.iter().filter(|t| t.is_word()).count() < 5
        || any_of_class(run, sentence, lexicon, Classes::REPORTING)
        || is(run, tokens, to, "?")
    {
        return None;
    }
    Some(run[tokens[from].start as usize..tokens[to].end as usize].to_owned())
}

/// Whether a sentence begins at token `i`. The tokenizer marks the token after a full
/// stop, and passes the mark through quotes and brackets; a sentence begins at the
/// opening quote rather than the word after it, a closing quote glued to the full stop
/// ends the sentence before it, and a lower-case word after "a.m." goes on the same
/// sentence.
fn begins_sentence(tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    if i == 0 {
        return true;
    }
    if !token.sentence_start()
        || (token.kind == TokenKind::Punct && !token.space_before())
        || (token.is_word() && !token.first_upper() && token.case != super::text::Case::Uncased)
    {
        return false;
    }
    let before = &tokens[i - 1];
    !(before.sentence_start()
        && before.kind == TokenKind::Punct
        && (before.space_before() || i == 1))
}

/// The first and last tokens of the sentence that holds token `at`.
fn sentence_bounds(tokens: &[Token], at: usize) -> (usize, usize) {
    // Plain loops: smaller in the wasm than a search of a reversed inclusive range.
    let mut first = at;
    while first > 0 && !begins_sentence(tokens, first) {
        first -= 1;
    }
    let mut end = at + 1;
    while end < tokens.len() && !begins_sentence(tokens, end) {
        end += 1;
    }
    (first, end.saturating_sub(1).max(at))
}

/// The whole sentence that holds token `at`.
fn sentence_around(run: &str, tokens: &[Token], at: usize) -> String {
    let (first, last) = sentence_bounds(tokens, at);
    run[tokens[first].start as usize..tokens[last].end as usize].to_owned()
}

/// Cuts a long summary at a word boundary and marks the cut. Bytes are searched rather
/// than characters: `rfind` and `trim_end_matches` on a `str` bring searchers the wasm
/// otherwise does without.
fn shorten(text: &str) -> String {
    let Some((cut, _)) = text.char_indices().nth(MAX_SUMMARY) else {
        return text.to_owned();
    };
    let bytes = &text.as_bytes()[..cut];
    let mut end = bytes.iter().rposition(|&b| b == b' ').unwrap_or(cut);
    while end > 0 && matches!(bytes[end - 1], b',' | b';' | b':') {
        end -= 1;
    }
    [&text[..end], "\u{2026}"].concat()
}
