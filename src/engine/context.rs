//! Card summaries taken from the article itself, for names no glossary describes.
//!
//! The sources, in order of trust: an appositive ("IPAC, a global alliance of …,"),
//! a relative clause ("Dahlin, who …"), and a defining sentence ("X is a …").

use super::text::{capitalize, fold, tokenize_into, Token, TokenKind};
use crate::pause::{pause_point, Clock};

/// A summary and the sentence it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub summary: String,
    pub run: usize,
    pub sentence: String,
}

/// One mention to look around: tokens `first..=last` of run `run`, naming `entity`.
#[derive(Debug, Clone, Copy)]
pub struct Spot {
    pub run: usize,
    pub first: usize,
    pub last: usize,
    pub entity: usize,
}

/// The longest summary a card shows before it is cut at a word boundary.
const MAX_SUMMARY: usize = 320;

/// For each entity that has a name in `names`, the first description found around its
/// spots: an appositive at any spot is preferred to a defining sentence, and each is
/// tried in reading order. `spots` must be in reading order.
///
/// The article's tokens are not kept between passes (they are most of the engine's
/// memory), so a run is tokenized again here, and only while one of its spots names an
/// entity still without a description.
pub async fn describe_all(
    runs: &[&str],
    spots: &[Spot],
    names: &[Option<&str>],
    clock: &dyn Clock,
) -> Vec<Option<Described>> {
    let mut found: Vec<Option<Described>> = vec![None; names.len()];
    let mut tokens = Vec::new();
    for appositive_only in [true, false] {
        let mut tokenized = None;
        for spot in spots {
            let Some(name) = names[spot.entity] else {
                continue;
            };
            if found[spot.entity].is_some() {
                continue;
            }
            let run = runs[spot.run];
            if tokenized != Some(spot.run) {
                pause_point(clock).await;
                tokenize_into(run, &mut tokens);
                tokenized = Some(spot.run);
            }
            let summary = if appositive_only {
                appositive(run, &tokens, spot, name)
            } else {
                defining_sentence(run, &tokens, spot)
            };
            found[spot.entity] = summary.map(|summary| Described {
                summary: shorten(&summary),
                run: spot.run,
                sentence: sentence_around(run, &tokens, spot.first),
            });
        }
    }
    found
}

fn word(run: &str, token: &Token) -> Option<String> {
    (token.kind == TokenKind::Word).then(|| fold(token.text(run)))
}

/// ", a global alliance of members of parliaments from over 20 countries," after the name.
fn appositive(run: &str, tokens: &[Token], spot: &Spot, name: &str) -> Option<String> {
    let mut at = spot.last + 1;
    // Step over a bracketed short form: "Inter-Parliamentary Alliance on China (IPAC),".
    if tokens.get(at)?.text(run) == "(" {
        at += tokens[at..]
            .iter()
            .take(8)
            .position(|t| t.text(run) == ")")?
            + 1;
    }
    if tokens.get(at)?.text(run) != "," {
        return None;
    }
    let start = at + 1;
    let opener = word(run, tokens.get(start)?)?;
    let relative = matches!(opener.as_str(), "who" | "whose");
    if !relative && !matches!(opener.as_str(), "a" | "an" | "the" | "one") {
        return None;
    }
    let end = clause_end(run, tokens, start);
    let words = tokens[start..=end].iter().filter(|t| t.is_word()).count();
    if !(3..=40).contains(&words) {
        return None;
    }
    let clause = &run[tokens[start].start as usize..tokens[end].end as usize];
    Some(if relative {
        [name, ", ", clause, "."].concat()
    } else {
        [&capitalize(clause), "."].concat()
    })
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

/// "Peter Dahlin is the founder of …": a sentence that opens with the name and defines it.
fn defining_sentence(run: &str, tokens: &[Token], spot: &Spot) -> Option<String> {
    let first = &tokens[spot.first];
    let opens = first.sentence_start()
        || (spot.first > 0
            && tokens[spot.first - 1].sentence_start()
            && word(run, &tokens[spot.first - 1]).as_deref() == Some("the"));
    if !opens {
        return None;
    }
    let verb = word(run, tokens.get(spot.last + 1)?)?;
    let article = word(run, tokens.get(spot.last + 2)?)?;
    if !matches!(verb.as_str(), "is" | "was" | "are" | "were")
        || !matches!(article.as_str(), "a" | "an" | "the" | "one")
    {
        return None;
    }
    Some(sentence_around(run, tokens, spot.first))
}

/// The whole sentence that holds token `at`.
pub fn sentence_around(run: &str, tokens: &[Token], at: usize) -> String {
    let start = (0..=at)
        .rev()
        .find(|&i| tokens[i].sentence_start())
        .unwrap_or(0);
    let end = (at + 1..tokens.len())
        .find(|&i| tokens[i].sentence_start())
        .map_or(tokens.len(), |i| i);
    run[tokens[start].start as usize..tokens[end - 1].end as usize].to_owned()
}

/// Cuts a long summary at a word boundary and marks the cut.
fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_SUMMARY {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX_SUMMARY).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    [cut[..at].trim_end_matches([',', ';', ':']), "\u{2026}"].concat()
}
