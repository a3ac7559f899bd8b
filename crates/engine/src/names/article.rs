//! Cues of the whole article, counted once every run is read: a plain name whose last
//! word the article also uses alone is a person's ("Roy" after "Mathieu Roy"), and a
//! description that refers back ("… Corvanta … The company said", "the city", "the
//! striker") gives its kind to the name before it, when that name fits and the one
//! before that does not.

use super::cues::noun_kind;
use super::evidence::Evidence;
use super::votes::{spelled, winner, EVENT, PERSON, WEIGHTS};
use super::Candidate;
use crate::lexicon::{Classes, Lexicon};
use crate::text::{Case, Token};
use gloss_model::Kind;

/// A description that refers back to a name: the kind it gives, and the two names read
/// before it, the nearest first.
pub(super) struct Description {
    pub kind: usize,
    pub recent: [usize; 2],
}

/// The kind a description at token `at` gives the name it refers back to: "the company",
/// "The city", "the striker", but not "the company Corvanta" (an apposition), "the city
/// of Halden" or "the company, Corvanta," (named after it).
pub(super) fn refers_back(
    run: &str,
    tokens: &[Token],
    at: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let token = tokens.get(at)?;
    if at == 0 || token.case != Case::Lower || !tokens[at - 1].text(run).eq_ignore_ascii_case("the")
    {
        return None;
    }
    let kind = noun_kind(lexicon.of(token.text(run)))?;
    let named = tokens
        .get(at + 1)
        .is_some_and(|t| t.is_capitalized() || matches!(t.text(run), "of" | ","));
    (!named && kind != EVENT).then_some(kind)
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
        let fits = |index: usize| {
            candidates.get(index).is_some_and(|c| {
                let kind = winner(&c.votes);
                kind == Kind::Other || kind as usize == description.kind
            })
        };
        let [nearest, before] = description.recent;
        if fits(nearest) && !fits(before) {
            candidates[nearest].votes[description.kind] += WEIGHTS.description;
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
    let naming = Classes::ORGANIZATION_WORD
        | Classes::ORGANIZATION_NOUN
        | Classes::PLACE_WORD
        | Classes::CONNECTOR
        | Classes::EVENT_WORD
        | Classes::PLACE;
    if candidate.acronym
        || candidate.words.iter().any(|w| w == "&")
        || !(2..=4).contains(&words.len())
        || words.iter().any(|w| lexicon.classes(w).any(naming))
    {
        return false;
    }
    evidence.alone(words[words.len() - 1])
        || candidates.iter().any(|other| {
            let tail = spelled(&other.words);
            !tail.is_empty() && tail.len() < words.len() && words.ends_with(&tail)
        })
}
