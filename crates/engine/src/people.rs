//! One-word references to people: "Hu" after "Hu Binchen", "Dahlin" after "Peter Dahlin".
//!
//! The rule works whichever way round a name is written: a capitalised word that is not
//! already part of a mention links to the person, among those whose full name has
//! already appeared, whose name contains the word and who was named most recently.

use super::matcher::TokenMatch;
use super::text::{fold, Case, Token, TokenKind};

/// A person whose full name can be referred to by one of its words.
pub struct Person {
    pub entity: usize,
    pub words: Vec<String>,
}

/// Links references run by run, in reading order: a reference can only be to a person
/// whose full name came before it.
pub struct References<'a> {
    people: &'a [Person],
    /// When each person's full name was last seen, as a running count of full mentions;
    /// zero for not yet.
    last_seen: Vec<usize>,
    person_by_entity: Vec<Option<usize>>,
    full_mentions: usize,
}

impl<'a> References<'a> {
    pub fn new(people: &'a [Person]) -> References<'a> {
        let mut person_by_entity: Vec<Option<usize>> = Vec::new();
        for (index, person) in people.iter().enumerate() {
            if person_by_entity.len() <= person.entity {
                person_by_entity.resize(person.entity + 1, None);
            }
            person_by_entity[person.entity] = Some(index);
        }
        References {
            people,
            last_seen: vec![0; people.len()],
            person_by_entity,
            full_mentions: 0,
        }
    }

    /// Adds the next run's reference matches to `matches`, which stay in token order.
    pub fn link(&mut self, run: &str, tokens: &[Token], matches: &mut Vec<TokenMatch>) {
        let people = self.people;
        if people.is_empty() {
            return;
        }
        // Once a reference is found: the run's matches with the references added in
        // place, so they stay in token order without a sort.
        let mut merged: Option<Vec<TokenMatch>> = None;
        let mut next_match = 0;
        let mut at = 0;
        while at < tokens.len() {
            if let Some(m) = matches.get(next_match).filter(|m| m.first == at) {
                let person = self.person_by_entity.get(m.entity).copied().flatten();
                if let Some(person) = person.filter(|_| m.last > m.first) {
                    self.full_mentions += 1;
                    self.last_seen[person] = self.full_mentions;
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
                .is_some_and(|t| t.is_capitalized() && t.space_before());
            // "McGrath" and "O'Sullivan" are mixed case, and references too.
            if token.kind == TokenKind::Word
                && token.first_upper()
                && token.case != Case::AllCaps
                && !followed_by_name
            {
                let word = fold(token.text(run));
                // The person named most recently: each full mention has a count of its
                // own, so no two people tie. A plain loop, smaller in the wasm than a chain.
                let (mut best, mut best_seen) = (None, 0);
                for (p, person) in people.iter().enumerate() {
                    if self.last_seen[p] > best_seen && person.words.contains(&word) {
                        best = Some(p);
                        best_seen = self.last_seen[p];
                    }
                }
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
