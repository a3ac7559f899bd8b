//! One-word references to people: "Hu" after "Hu Binchen", "Dahlin" after "Peter Dahlin".
//!
//! The rule works whichever way round a name is written: a capitalised word that is not
//! already part of a mention links to the person, among those whose full name has
//! already appeared, whose name contains the word and who was named most recently.

use super::matcher::TokenMatch;
use super::pause::{pause_point, Clock};
use super::text::{fold, Case, Token, TokenKind};

/// A person whose full name can be referred to by one of its words.
pub struct Person {
    pub entity: usize,
    pub words: Vec<String>,
}

/// Adds reference matches to `matches` (one list per run, kept in token order).
pub async fn link_references(
    runs: &[&str],
    tokens: &[Vec<Token>],
    matches: &mut [Vec<TokenMatch>],
    people: &[Person],
    clock: &dyn Clock,
) {
    if people.is_empty() {
        return;
    }
    // When each person's full name was last seen, as a running count of full mentions;
    // zero for not yet.
    let mut last_seen = vec![0usize; people.len()];
    let mut person_by_entity: Vec<Option<usize>> = Vec::new();
    for (index, person) in people.iter().enumerate() {
        if person_by_entity.len() <= person.entity {
            person_by_entity.resize(person.entity + 1, None);
        }
        person_by_entity[person.entity] = Some(index);
    }
    let person_of = |entity: usize| person_by_entity.get(entity).copied().flatten();
    let mut full_mentions = 0;
    for ((&run, tokens), matches) in runs.iter().zip(tokens).zip(matches.iter_mut()) {
        pause_point(clock).await;
        // Once a reference is found: the run's matches with the references added in
        // place, so they stay in token order without a sort.
        let mut merged: Option<Vec<TokenMatch>> = None;
        let mut next_match = 0;
        let mut at = 0;
        while at < tokens.len() {
            if let Some(m) = matches.get(next_match).filter(|m| m.first == at) {
                if let Some(person) = person_of(m.entity).filter(|_| m.last > m.first) {
                    full_mentions += 1;
                    last_seen[person] = full_mentions;
                }
                at = m.last + 1;
                next_match += 1;
                if let Some(merged) = merged.as_mut() {
                    merged.push(*m);
                }
                continue;
            }
            let token = &tokens[at];
            let followed_by_name = tokens
                .get(at + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before);
            if token.kind == TokenKind::Word && token.case == Case::Capitalized && !followed_by_name
            {
                let word = fold(token.text(run));
                let best = (0..people.len())
                    .filter(|&p| last_seen[p] > 0 && people[p].words.contains(&word))
                    .max_by_key(|&p| last_seen[p]);
                if let Some(person) = best {
                    let before = &matches[..next_match];
                    merged
                        .get_or_insert_with(|| before.to_vec())
                        .push(TokenMatch {
                            first: at,
                            last: at,
                            entity: people[person].entity,
                        });
                }
            }
            at += 1;
        }
        if let Some(merged) = merged {
            *matches = merged;
        }
    }
}
