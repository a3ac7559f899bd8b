//! What frames a run rather than tells it, found before its names: the dateline that
//! opens a story ("HALDEN, Norway —", "KESTRIA 2024-03-01"), whose city and region are
//! places and after which a capital proves nothing; a photo credit inside a caption
//! ("Credit: JANE ROE/AGENCY", "(Jane Roe / The Ledger)"), which names no one the story
//! is about; and the first word of a quotation, capitalised as a sentence's first is.

use crate::lexicon::{Classes, Lexicon};
use crate::text::{fold, is_hyphen, Case, Token, TokenKind};

/// A run's frame.
pub(super) struct Frame {
    /// The dateline's city and region, each as its first and last token.
    pub places: Vec<(usize, usize)>,
    /// The first token of the story after the dateline, 0 without one.
    pub story: usize,
    /// The first token of a photo credit, the run's length without one.
    pub credit: usize,
}

/// Finds the frame of a run.
pub(super) fn frame(run: &str, tokens: &[Token], lexicon: &Lexicon) -> Frame {
    let (places, story) = dateline(run, tokens, lexicon).unwrap_or_default();
    Frame {
        places,
        story,
        credit: credit(run, tokens),
    }
}

/// The run's tokens as the name rules read them, if the frame changes any: the first word
/// of the story after a dateline, and the first word inside an opening quotation mark,
/// start a sentence.
pub(super) fn clause_starts(run: &str, tokens: &[Token], story: usize) -> Option<Vec<Token>> {
    let opens_quote = |at: usize| {
        at > 0 && !tokens[at].space_before() && {
            let quote = &tokens[at - 1];
            match quote.text(run) {
                "\u{201C}" | "\u{2018}" => true,
                // A straight quote opens where a space or the run's start comes before it.
                "\"" => at == 1 || quote.space_before(),
                _ => false,
            }
        } || at > 0 && tokens[at - 1].text(run) == "\u{AB}"
    };
    let mut marked: Option<Vec<Token>> = None;
    for (at, token) in tokens.iter().enumerate() {
        if token.is_capitalized()
            && !token.sentence_start()
            && ((at == story && story > 0) || opens_quote(at))
        {
            marked.get_or_insert_with(|| tokens.to_vec())[at].mark_sentence_start();
        }
    }
    marked
}

/// A dateline at the start of a run: a city in capitals ("LONDON", "AL-AIN", "THE
/// HAGUE"), perhaps a region after a comma ("Norway", "United Arab Emirates", "Calif."),
/// then a dash, a date or a bracket, and no heading in capitals after it. Gives the
/// city's and region's tokens and the first token of the story.
fn dateline(
    run: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
) -> Option<(Vec<(usize, usize)>, usize)> {
    let caps = |at: usize| {
        tokens
            .get(at)
            .is_some_and(|t| t.is_word() && t.case == Case::AllCaps)
    };
    let glued_hyphen = |at: usize| {
        tokens.get(at).is_some_and(|t| {
            !t.space_before() && t.kind == TokenKind::Punct && t.text(run).chars().all(is_hyphen)
        }) && caps(at + 1)
            && !tokens[at + 1].space_before()
    };
    let mut at = 0;
    while at < 4 {
        if caps(at) {
            at += 1;
        } else if at > 0 && glued_hyphen(at) {
            at += 2;
        } else {
            break;
        }
    }
    // One city word of three letters or more: "UK —" is an acronym's sentence.
    if at == 0 || !(0..at).any(|a| caps(a) && tokens[a].end - tokens[a].start >= 3) {
        return None;
    }
    let mut places = vec![(0, at - 1)];
    let text = |at: usize| tokens.get(at).map_or("", |t| t.text(run));
    if text(at) == "," {
        let first = at + 1;
        let mut last = at;
        while last < first + 4
            && tokens
                .get(last + 1)
                .is_some_and(|t| t.is_capitalized() || (t.text(run) == "." && !t.space_before()))
        {
            last += 1;
        }
        if last < first {
            return None;
        }
        let region_last = if text(last) == "." { last - 1 } else { last };
        places.push((first, region_last));
        at = last + 1;
    }
    let story = story_after(run, tokens, at, lexicon)?;
    // "SOCCER - REDMOOR GO TOP": a heading in capitals, not a dateline.
    if caps(story) && caps(story + 1) {
        return None;
    }
    Some((places, story))
}

/// Where the story starts after a dateline's place names end at `at`: after a dash, a
/// date ("2024-03-01", "March 3"), a bracket ("(Reuters)"), or any of them in turn; None
/// when none of them comes next.
fn story_after(run: &str, tokens: &[Token], mut at: usize, lexicon: &Lexicon) -> Option<usize> {
    let start = at;
    let text = |at: usize| tokens.get(at).map_or("", |t| t.text(run));
    let is_dash = |at: usize| {
        matches!(text(at), "\u{2014}" | "\u{2013}")
            || (text(at) == "-" && tokens[at].space_before())
    };
    loop {
        let Some(token) = tokens.get(at) else { break };
        if is_dash(at) {
            at += 1;
            break;
        } else if token.kind == TokenKind::Number && at == start && text(at + 1) != "," {
            // A date: numbers and the hyphens or slashes between them.
            at += 1;
            while tokens.get(at).is_some_and(|t| {
                !t.space_before()
                    && (t.kind == TokenKind::Number || matches!(t.text(run), "-" | "/"))
            }) {
                at += 1;
            }
            if text(start).len() != 4 || at == start + 1 {
                return None;
            }
        } else if at == start && lexicon.classes(&fold(text(at))).any(Classes::CALENDAR) {
            at += 1;
            while tokens
                .get(at)
                .is_some_and(|t| t.kind == TokenKind::Number || t.text(run) == ".")
            {
                at += 1;
            }
        } else if text(at) == "(" {
            at = (at..tokens.len()).find(|&a| text(a) == ")")? + 1;
        } else {
            break;
        }
    }
    (at > start).then_some(at)
}

/// The first token of a photo credit: a label and a colon ("Credit: JANE ROE/AGENCY",
/// "Photo: …"), or a bracket with a slash closing the run ("(Jane Roe / The Ledger)").
fn credit(run: &str, tokens: &[Token]) -> usize {
    let text = |at: usize| tokens.get(at).map_or("", |t| t.text(run));
    let labelled = (0..tokens.len()).find(|&at| {
        text(at + 1) == ":"
            && tokens[at].is_capitalized()
            && matches!(
                fold(text(at)).as_str(),
                "credit"
                    | "credits"
                    | "photo"
                    | "photograph"
                    | "photos"
                    | "picture"
                    | "image"
                    | "illustration"
            )
    });
    if let Some(at) = labelled {
        return at;
    }
    let mut close = tokens.len();
    while close > 0 && matches!(text(close - 1), "." | ")") {
        close -= 1;
        if text(close) == ")" {
            let open = (0..close).rev().find(|&a| text(a) == "(");
            if let Some(open) = open.filter(|&o| (o..close).any(|a| text(a) == "/")) {
                return open;
            }
            break;
        }
    }
    tokens.len()
}
