//! One-word references to people: "Hu" after "Hu Binchen", "Dahlin" after "Peter Dahlin".
//!
//! The rule works whichever way round a name is written: a capitalised word that is not
//! already part of a mention links to the person, among those whose full name has
//! already appeared, whose name contains the word and who was named most recently.

use super::matcher::TokenMatch;
use super::text::{fold, Case, Token, TokenKind};
use std::collections::HashMap;

/// A person whose full name can be referred to by one of its words.
pub struct Person {
    pub entity: usize,
    pub words: Vec<String>,
}

/// Adds reference matches to `matches` (one list per run, kept in token order).
pub fn link_references(
    runs: &[&str],
    tokens: &[Vec<Token>],
    matches: &mut [Vec<TokenMatch>],
    people: &[Person],
) {
    if people.is_empty() {
        return;
    }
    let by_entity: HashMap<usize, &Person> = people.iter().map(|p| (p.entity, p)).collect();
    // When each person's full name was last seen, as a running count of full mentions.
    let mut last_seen: HashMap<usize, usize> = HashMap::new();
    let mut clock = 0;
    for ((&run, tokens), matches) in runs.iter().zip(tokens).zip(matches.iter_mut()) {
        let mut added = Vec::new();
        let mut next_match = 0;
        let mut at = 0;
        while at < tokens.len() {
            if let Some(m) = matches.get(next_match).filter(|m| m.first == at) {
                if m.last > m.first && by_entity.contains_key(&m.entity) {
                    clock += 1;
                    last_seen.insert(m.entity, clock);
                }
                at = m.last + 1;
                next_match += 1;
                continue;
            }
            let token = &tokens[at];
            let followed_by_name = tokens
                .get(at + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before);
            if token.kind == TokenKind::Word && token.case == Case::Capitalized && !followed_by_name
            {
                let word = fold(token.text(run));
                let best = last_seen
                    .iter()
                    .filter(|(entity, _)| by_entity[*entity].words.contains(&word))
                    .max_by_key(|(_, &seen)| seen)
                    .map(|(&entity, _)| entity);
                if let Some(entity) = best {
                    added.push(TokenMatch {
                        first: at,
                        last: at,
                        entity,
                    });
                }
            }
            at += 1;
        }
        if !added.is_empty() {
            matches.extend(added);
            matches.sort_by_key(|m| m.first);
        }
    }
}
