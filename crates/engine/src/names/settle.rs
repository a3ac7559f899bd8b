//! Settling each name: its kind by the votes, the shorter spellings that are aliases of a
//! longer name, and which candidates are not names on their own (a bare surname).

use super::candidates::is_numeric_ordinal;
use super::votes::{head, spelled, winner};
use super::{Candidate, FoundName};
use crate::lexicon::{Classes, Lexicon};
use gloss_base::StringMap;
use gloss_model::Kind;

/// Picks each candidate's kind, folds shorter spellings into longer names, and drops
/// what is not a name on its own (a bare surname).
pub(super) fn settle(
    candidates: Vec<Candidate>,
    lexicon: &Lexicon,
    known_people: &StringMap,
) -> Vec<FoundName> {
    // Plain loops: each filtered, collected iterator is code of its own in the wasm.
    let mut kinds = Vec::with_capacity(candidates.len());
    let mut person_words: Vec<&str> = Vec::new();
    // "Apple" and "Apple Inc.": one company, whichever comes first.
    let mut companies: Vec<&str> = Vec::new();
    for c in &candidates {
        let kind = winner(&c.votes);
        kinds.push(kind);
        if kind == Kind::Person && c.words.len() > 1 {
            for word in &c.words {
                person_words.push(word);
            }
        }
        if is_company(&c.words, lexicon) {
            companies.push(&c.words[0]);
        }
    }
    let teams = team_words(&candidates, &kinds, lexicon);
    let mut names: Vec<FoundName> = Vec::new();
    let mut owners: Vec<(usize, Vec<&str>)> = Vec::new();
    for (candidate, kind) in candidates.iter().zip(kinds) {
        let words = spelled(&candidate.words);
        let Some(&word) = words.first() else {
            continue;
        };
        if words.len() == 1 && !candidate.acronym {
            let person = (person_words.contains(&word)
                && !lexicon.classes(word).any(Classes::PLACE))
                || known_people.contains_key(word)
                || lexicon
                    .classes(word)
                    .any(Classes::GIVEN_NAME | Classes::FAMILY_NAME_FIRST);
            // A bare company name, a team's one word ("Leeds" of "Leeds United") or a
            // person's one word is a reference, which the matcher and `people` link; it
            // is no name of its own.
            if companies.contains(&word) || teams.iter().any(|w| w.0 == word) || person {
                continue;
            }
        }
        let mut spellings = spellings(candidate, word, lexicon);
        for (_, team, alone) in &teams {
            if std::ptr::eq(*team, candidate) {
                spellings.push((*alone).to_owned());
            }
        }
        let lone_institution =
            words.len() == 1 && lexicon.classes(word).any(Classes::ORGANIZATION_WORD);
        if let Some(index) = owner(&owners, &names, candidate, &words, kind, lexicon) {
            names[index].aliases.append(&mut spellings);
            continue;
        }
        // A legislature is a name on its own; other lone organisation words ("the
        // Government") are not.
        if lone_institution && !lexicon.classes(word).any(Classes::BODY) {
            continue;
        }
        let mut aliases = spellings.split_off(1);
        // "Deutsche" of both "Deutsche Bank AG" and "Deutsche Telekom AG" names neither.
        let word_of_one_company = companies
            .iter()
            .filter(|c| **c == candidate.words[0])
            .count()
            == 1;
        if word_of_one_company && is_company(&candidate.words, lexicon) {
            if let Some(first) = candidate.name.split_whitespace().next() {
                aliases.push(first.to_owned());
            }
        }
        owners.push((names.len(), words));
        names.push(FoundName {
            name: candidate.name.clone(),
            kind: if lone_institution {
                Kind::Organization
            } else if candidate.acronym && kind == Kind::Person {
                // "The VDA said no": a bare acronym is a body, not a person, whatever
                // verb follows it; with no other cue it is a name of no known kind.
                Kind::Other
            } else {
                kind
            },
            aliases,
            acronym: candidate.acronym,
        });
    }
    names
}

/// The words that name a team alone ("Leeds", "Argyle" in a report on Plymouth Argyle
/// and Leeds United), each with its team and as written: a word of a team's name of two
/// words or more that is another candidate's whole name, in no other team's name, no
/// country (national teams are named by their country), and not a place by its own
/// evidence ("fans in Leeds" is the city).
fn team_words<'c>(
    candidates: &'c [Candidate],
    kinds: &[Kind],
    lexicon: &Lexicon,
) -> Vec<(&'c str, &'c Candidate, &'c str)> {
    let mut words: Vec<(&str, &Candidate, &str)> = Vec::new();
    let mut shared: Vec<&str> = Vec::new();
    for (team, kind) in candidates.iter().zip(kinds) {
        if !team.team || *kind != Kind::Organization {
            continue;
        }
        let spelled = spelled(&team.words);
        if spelled.len() < 2 {
            continue;
        }
        for word in spelled {
            if words.iter().any(|w| w.0 == word) {
                shared.push(word);
            } else if !lexicon.classes(word).any(Classes::COUNTRY) {
                for (alone, kind) in candidates.iter().zip(kinds) {
                    if !alone.acronym
                        && *kind != Kind::Place
                        && alone.words.len() == 1
                        && alone.words[0] == word
                    {
                        words.push((word, team, &alone.name));
                    }
                }
            }
        }
    }
    words.retain(|w| !shared.contains(&w.0));
    words
}

/// A company's name by its form, "Apple Inc", "Voss Motoren AG": its first word alone is
/// the company too. Not "Kessler" of "Kessler-Wagen AG", which stays a name of its own,
/// nor a known word opening a longer name: "Tokyo" of "Tokyo Electric Power Co" is the
/// city, "Bank" of "Bank of America Corp" a bank.
fn is_company(words: &[String], lexicon: &Lexicon) -> bool {
    let [first, second, rest @ ..] = words else {
        return false;
    };
    second != "-"
        && lexicon
            .classes(rest.last().unwrap_or(second))
            .any(Classes::CORPORATE)
        && (words.len() == 2 || lexicon.classes(first) == Classes::default())
}

/// The candidate's name, and for a name that opens with a particle the same name with
/// the particle's capital flipped: "De la Vega" opening a sentence is "de la Vega"
/// elsewhere, and the other way round.
fn spellings(candidate: &Candidate, word: &str, lexicon: &Lexicon) -> Vec<String> {
    let mut spellings = vec![candidate.name.clone()];
    if lexicon.classes(word).any(Classes::PARTICLE) {
        let mut flipped = candidate.name.clone();
        if let Some(first) = flipped.get_mut(..1) {
            if first.bytes().all(|b| b.is_ascii_lowercase()) {
                first.make_ascii_uppercase();
            } else {
                first.make_ascii_lowercase();
            }
        }
        spellings.push(flipped);
    }
    spellings
}

/// The earlier name this candidate is another spelling of, if any: "the Bank" after
/// "the Bank of England" (a lone organisation word and the name it heads), "UN" after
/// "United Nations" (an acronym and the name whose initials it spells), "General
/// Assembly" after "89th General Assembly of Interpol" (words inside a longer name of
/// the same kind, though the numbered one is an event, one session, and the shorter an
/// organisation).
fn owner(
    owners: &[(usize, Vec<&str>)],
    names: &[FoundName],
    candidate: &Candidate,
    words: &[&str],
    kind: Kind,
    lexicon: &Lexicon,
) -> Option<usize> {
    let word = words[0];
    let lone_institution =
        words.len() == 1 && lexicon.classes(word).any(Classes::ORGANIZATION_WORD);
    if lone_institution || candidate.acronym {
        let owner = owners.iter().find(|(_, longer)| {
            longer.len() > 1
                && if candidate.acronym {
                    initials_of(longer, lexicon) == word
                } else {
                    head(longer, lexicon) == word
                }
        });
        if let Some(&(index, _)) = owner {
            return Some(index);
        }
        if lone_institution {
            return None;
        }
    }
    owners
        .iter()
        .find(|(index, longer)| {
            words.len() >= 2
                && longer.len() > words.len()
                && longer.windows(words.len()).any(|w| w == words)
                && (names[*index].kind == kind
                    || kind == Kind::Other
                    || is_numeric_ordinal(longer[0]))
        })
        .map(|&(index, _)| index)
}

/// The folded initials of a name's words, connectors and particles left out: "nato" for
/// "North Atlantic Treaty Organization", "fbi" for "Federal Bureau of Investigation".
pub fn initials(words: &[String], lexicon: &Lexicon) -> String {
    // Word by word, not a collected vector of `&str` for `initials_of`: the collect is
    // generic code of its own in the wasm.
    let mut initials = String::new();
    for word in words {
        add_initial(&mut initials, word, lexicon);
    }
    initials
}

fn initials_of(words: &[&str], lexicon: &Lexicon) -> String {
    let mut initials = String::new();
    for word in words {
        add_initial(&mut initials, word, lexicon);
    }
    initials
}

/// Adds a word's initial unless it is a connector or a particle.
fn add_initial(initials: &mut String, word: &str, lexicon: &Lexicon) {
    if !lexicon
        .classes(word)
        .any(Classes::CONNECTOR | Classes::PARTICLE)
    {
        if let Some(initial) = word.chars().next() {
            initials.push(initial);
        }
    }
}
