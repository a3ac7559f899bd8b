//! Cues of the whole article, counted once every run is read: a plain name whose last
//! word the article also uses alone is a person's ("Roy" after "Mathieu Roy"), and a
//! description that refers back ("… Corvanta … The company said", "the city", "the
//! striker") gives its kind to the one name before it that it fits.

use super::cues::noun_kind;
use super::evidence::Evidence;
use super::votes::{spelled, winner, PERSON, WEIGHTS};
use super::Candidate;
use crate::lexicon::{Classes, Lexicon};
use crate::text::{fold, Case, Token};
use gloss_model::Kind;

/// A description that refers back to a name: its kind, and the names just before it,
/// the nearest first.
pub(super) struct Description {
    kind: usize,
    recent: Vec<usize>,
}

/// The descriptions in a run that may refer back to a name, as the token each noun is and
/// the kind it gives: "the company", "The city", "the striker", but not "the company
/// Corvanta" (an apposition) or "the city of Halden" (named after it).
pub(super) fn descriptions(run: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (at, token) in tokens.iter().enumerate().skip(1) {
        if token.case != Case::Lower || !tokens[at - 1].text(run).eq_ignore_ascii_case("the") {
            continue;
        }
        let Some(kind) = noun_kind(lexicon.classes(&fold(token.text(run)))) else {
            continue;
        };
        let next = tokens.get(at + 1);
        let named =
            next.is_some_and(|t| t.is_capitalized() || t.text(run) == "of" || t.text(run) == ",");
        if !named && kind != super::votes::EVENT {
            found.push((at, kind));
        }
    }
    found
}

impl Description {
    pub(super) fn new(kind: usize, recent: Vec<usize>) -> Description {
        Description { kind, recent }
    }
}

/// Adds the article's cues to the candidates' votes.
pub(super) fn article_votes(
    candidates: &mut [Candidate],
    descriptions: &[Description],
    evidence: &Evidence,
    lexicon: &Lexicon,
) {
    for index in 0..candidates.len() {
        if surname_alone(candidates, index, evidence, lexicon) {
            candidates[index].votes[PERSON] += WEIGHTS.surname_alone;
        }
    }
    for description in descriptions {
        // The nearest name the description fits, if no other one before it fits too.
        let fits: Vec<usize> = description
            .recent
            .iter()
            .copied()
            .filter(|&c| {
                let kind = winner(&candidates[c].votes);
                kind == Kind::Other || kind as usize == description.kind
            })
            .collect();
        if let [only] = fits[..] {
            candidates[only].votes[description.kind] += WEIGHTS.description;
        }
    }
}

/// A plain name of two to four words ("Mathieu Roy", "Lucía de la Vega") whose last
/// word, or last words, the article also uses alone, as people's surnames are.
fn surname_alone(
    candidates: &[Candidate],
    index: usize,
    evidence: &Evidence,
    lexicon: &Lexicon,
) -> bool {
    let candidate = &candidates[index];
    let words = spelled(&candidate.words);
    if candidate.acronym || !(2..=4).contains(&words.len()) {
        return false;
    }
    let naming = Classes::ORGANIZATION_WORD
        | Classes::ORGANIZATION_NOUN
        | Classes::PLACE_WORD
        | Classes::CONNECTOR
        | Classes::EVENT_WORD
        | Classes::PLACE;
    if words.iter().any(|w| lexicon.classes(w).any(naming)) {
        return false;
    }
    let last = words[words.len() - 1];
    evidence.alone(last)
        || candidates.iter().any(|other| {
            let tail = spelled(&other.words);
            tail.len() < words.len() && words.ends_with(&tail) && !tail.is_empty()
        })
}
