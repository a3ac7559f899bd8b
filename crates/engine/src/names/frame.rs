//! What frames a run rather than tells it, found before its names: the dateline that
//! opens a story ("HALDEN, Norway —", "KESTRIA 2024-03-01"), whose city and region are
//! places and after which a capital proves nothing; a photo credit inside a caption
//! ("Credit: JANE ROE/AGENCY", "(Jane Roe / The Ledger)"), which names no one the story
//! is about; and the first word of a quotation, capitalised as a sentence's first is.

use crate::text::{text_at, Case, Token, TokenKind};

/// A run's frame.
pub(super) struct Frame {
    /// The dateline's city and region as first and last tokens; an empty span for none.
    pub places: [(usize, usize); 2],
    /// The first token of the story after the dateline, 0 without one.
    pub story: usize,
    /// The first token of a photo credit, the run's length without one.
    pub credit: usize,
}

impl Default for Frame {
    /// No dateline, and no credit: the frame of no run, until one is read.
    fn default() -> Self {
        Frame {
            places: [(1, 0); 2],
            story: 0,
            credit: 0,
        }
    }
}

/// Finds the frame of a run.
pub(super) fn frame(run: &str, tokens: &[Token]) -> Frame {
    let mut frame = Frame {
        places: [(1, 0); 2],
        story: 0,
        credit: credit(run, tokens),
    };
    dateline(run, tokens, &mut frame);
    frame
}

/// Marks the words that start a sentence as the name rules read them: the first word of
/// the story after a dateline, and the first word inside an opening quotation mark.
pub(super) fn mark_clause_starts(run: &str, tokens: &mut [Token], story: usize) {
    for at in 1..tokens.len() {
        let quote = &tokens[at - 1];
        // Most tokens are words: no text to compare (the scan runs over every token).
        let opens = if quote.kind != TokenKind::Punct {
            at == story
        } else {
            match quote.text(run) {
                "\u{201C}" | "\u{2018}" | "\u{AB}" => true,
                // A straight quote opens where a space or the run's start comes before it.
                "\"" => at == 1 || quote.space_before(),
                _ => at == story,
            }
        };
        if opens {
            tokens[at].mark_sentence_start();
        }
    }
}

/// A dateline at the start of a run: a city in capitals ("LONDON", "AL-AIN", "THE
/// HAGUE"), perhaps a region after a comma ("Norway", "United Arab Emirates"), then a
/// dash, a date of a four-digit year, or a bracket ("(Reuters)"), and no heading in
/// capitals after it.
fn dateline(run: &str, tokens: &[Token], frame: &mut Frame) {
    let text = |at: usize| text_at(run, tokens, at);
    let caps = |at: usize| tokens.get(at).is_some_and(|t| t.case == Case::AllCaps);
    let mut at = 0;
    let mut long = false;
    while caps(at) || (at > 0 && text(at) == "-" && !tokens[at].space_before()) {
        long |= tokens[at].end - tokens[at].start >= 3;
        at += 1;
    }
    // A city of three letters or more: "UK —" opens an acronym's sentence.
    if !long {
        return;
    }
    let city = (0, at - 1);
    let mut region = (1, 0);
    if text(at) == "," {
        let first = at + 1;
        at = first;
        while tokens.get(at).is_some_and(Token::is_capitalized) || text(at) == "." {
            at += 1;
        }
        if at == first {
            return;
        }
        region = (first, at - 1 - (text(at - 1) == ".") as usize);
    }
    let start = at;
    if tokens
        .get(at)
        .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start == 4)
    {
        // "2024-03-01", "1996/08/30".
        at += 1;
        while matches!(text(at), "-" | "/")
            || tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number)
        {
            at += 1;
        }
    }
    if text(at) == "(" {
        while at < tokens.len() && text(at) != ")" {
            at += 1;
        }
        at += 1;
    }
    if matches!(text(at), "\u{2014}" | "\u{2013}" | "-") {
        at += 1;
    }
    // "SOCCER - REDMOOR GO TOP": a heading in capitals, not a dateline.
    if at == start || at > tokens.len() || caps(at) && caps(at + 1) {
        return;
    }
    frame.places = [city, region];
    frame.story = at;
}

/// The first token of a photo credit: a label and a colon ("Credit: JANE ROE/AGENCY",
/// "Photo: …"), or a bracket with a slash closing the run ("(Jane Roe / The Ledger)").
fn credit(run: &str, tokens: &[Token]) -> usize {
    let text = |at: usize| text_at(run, tokens, at);
    // The last bracket closes the run, and holds a slash.
    let mut bracket =
        text(tokens.len().wrapping_sub(1)) == ")" || text(tokens.len().wrapping_sub(2)) == ")";
    // Without a colon or a closing bracket, nothing opens a credit: most runs.
    if !bracket && !run.as_bytes().contains(&b':') {
        return tokens.len();
    }
    let mut slash = false;
    for at in (0..tokens.len()).rev() {
        // Only a punctuation mark, or the word before a colon, can open a credit.
        if tokens[at].kind != TokenKind::Punct
            && !(at + 1 < tokens.len() && tokens[at + 1].kind == TokenKind::Punct)
        {
            continue;
        }
        let word = text(at);
        if text(at + 1) == ":"
            && matches!(
                word,
                "Credit" | "Photo" | "Photograph" | "Picture" | "CREDIT" | "PHOTO"
            )
        {
            return at;
        }
        slash |= word == "/";
        if word == "(" {
            if bracket && slash {
                return at;
            }
            bracket = false;
        }
    }
    tokens.len()
}
