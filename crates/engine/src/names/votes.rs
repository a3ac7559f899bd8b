//! The cues that vote for a name's kind: its own head noun and words (the gazetteer, given
//! names), and the words around each occurrence (role nouns, prepositions, verbs of
//! saying, appositions). Every vote's weight is a row of [`WEIGHTS`].

use super::candidates::is_numeric_ordinal;
use super::Occurrence;
use crate::lexicon::{Classes, Lexicon};
use crate::text::{fold, Case, Token, TokenKind};
use gloss_model::Kind;

/// Votes per kind, indexed by `Kind as usize`.
pub(super) type Votes = [i32; 7];

/// How much each cue counts for the kind it votes for. A name's kind is the one with the
/// most votes (ties go to the kind listed first in [`winner`]), so the weights are
/// only ever compared with one another: a strong cue outweighs two weak ones.
pub(super) struct Weights {
    /// Work: a capitalised title in quotation marks, “Trial By Media”. Nothing else
    /// comes close: the quotation marks say what the words are.
    pub quoted_title: i32,
    /// Person: a title inside or before the name, "Senator Dana Whitfield".
    pub title_before: i32,
    /// Place: the whole name is in the gazetteer, "Hong Kong".
    pub known_place: i32,
    /// Place: a compass word before a known place, "Northern Ireland".
    pub compass_place: i32,
    /// Organisation, place or event: the head noun (or the last word) is one of that
    /// kind's name words, "Council", "River", "Summit".
    pub head_noun: i32,
    /// Event: an ordinal before a meeting word, "89th General Assembly".
    pub numbered_meeting: i32,
    /// Person: a plain name of two to four words opening with a known given name.
    pub given_name: i32,
    /// Person: a plain name of two or three words opening with a family name written
    /// first ("Xi Jinping").
    pub family_name_first: i32,
    /// Person: a role noun then a comma before the name, "her colleague, Ciarán McGrath".
    pub role_noun_before_comma: i32,
    /// Organisation or place: "chairman of X" (a role noun), "capital of X" (a place
    /// noun).
    pub noun_of: i32,
    /// Place: "in", "from", "near", "across" or "throughout" before the name.
    pub place_preposition: i32,
    /// Organisation: "at" before the name, "analysts at Goldman Sachs".
    pub at_preposition: i32,
    /// The kind of a role, organisation, place or event noun right before the name,
    /// "leader Xi Jinping", "the NGO China Action".
    pub noun_before: i32,
    /// Event: an event noun right after the name, "Fox Hunt campaign".
    pub event_noun_after: i32,
    /// Person: a verb of saying after the name. Organisations say things too ("Goldman
    /// Sachs said"), so the cue is weak.
    pub said_after: i32,
    /// Place: a known place after a comma, "Istanbul, Turkey".
    pub place_after_comma: i32,
    /// Person: "who" or "whose" after a comma or "is", "X, who".
    pub who_after: i32,
    /// The kind of the first role, organisation, place or event noun in an apposition,
    /// "X, a vice-minister", "X is the agency".
    pub apposition_noun: i32,
}

/// Every vote's weight, in one place.
pub(super) const WEIGHTS: Weights = Weights {
    quoted_title: 10,
    title_before: 4,
    known_place: 8,
    compass_place: 6,
    head_noun: 4,
    numbered_meeting: 6,
    given_name: 3,
    family_name_first: 3,
    role_noun_before_comma: 2,
    noun_of: 3,
    place_preposition: 1,
    at_preposition: 1,
    noun_before: 2,
    event_noun_after: 3,
    said_after: 1,
    place_after_comma: 2,
    who_after: 3,
    apposition_noun: 3,
};

const PERSON: usize = Kind::Person as usize;
const ORGANIZATION: usize = Kind::Organization as usize;
const PLACE: usize = Kind::Place as usize;
const EVENT: usize = Kind::Event as usize;

/// The kind a name's own words suggest, for names found elsewhere (acronym long forms).
pub fn kind_from_words(words: &[String], lexicon: &Lexicon) -> Kind {
    let mut votes = [0; 7];
    name_votes(words, lexicon, &mut votes);
    winner(&votes)
}

/// Cues from the name's own words. The head noun decides: the word before the first
/// connector ("Alliance" in "Inter-Parliamentary Alliance on China"), else the last.
pub(super) fn name_votes(words: &[String], lexicon: &Lexicon, votes: &mut Votes) {
    let words = spelled(words);
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return;
    };
    let head = head(&words, lexicon);
    if lexicon.is_place_phrase(&words) {
        votes[PLACE] += WEIGHTS.known_place;
    }
    // "South Asia", "Northern Ireland": a compass word before a known place.
    if words.len() == 2
        && lexicon.classes(last).any(Classes::PLACE)
        && lexicon.classes(first).any(Classes::COMPASS)
    {
        votes[PLACE] += WEIGHTS.compass_place;
    }
    // The head noun's or the last word's kind: each of organisation, place and event
    // votes once whichever of the two carries it.
    let ends = lexicon.classes(head) | lexicon.classes(last);
    for (class, kind) in [
        (Classes::ORGANIZATION_WORD, ORGANIZATION),
        (Classes::PLACE_WORD, PLACE),
        (Classes::EVENT_WORD, EVENT),
    ] {
        if ends.any(class) {
            votes[kind] += WEIGHTS.head_noun;
        }
    }
    // "89th General Assembly of Interpol": a numbered assembly is one meeting of the body,
    // an event, though "Assembly" alone names an organisation.
    if is_numeric_ordinal(first) && lexicon.classes(head).any(Classes::MEETING) {
        votes[EVENT] += WEIGHTS.numbered_meeting;
    }
    let plain = words.iter().all(|w| {
        !lexicon
            .classes(w)
            .any(Classes::ORGANIZATION_WORD | Classes::PLACE_WORD | Classes::CONNECTOR)
    });
    if words.len() >= 2 && plain && words.len() <= 4 {
        let opening = lexicon.classes(first);
        if opening.any(Classes::GIVEN_NAME) {
            votes[PERSON] += WEIGHTS.given_name;
        }
        if words.len() <= 3 && opening.any(Classes::FAMILY_NAME_FIRST) {
            votes[PERSON] += WEIGHTS.family_name_first;
        }
    }
}

/// A name's words that spell something, without the punctuation between them.
pub(super) fn spelled(words: &[String]) -> Vec<&str> {
    words
        .iter()
        .map(String::as_str)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// The head noun of a name's folded words: the word before the first connector
/// ("alliance" in "Inter-Parliamentary Alliance on China"), else the last.
pub(super) fn head<'w>(words: &[&'w str], lexicon: &Lexicon) -> &'w str {
    let at = match words
        .iter()
        .position(|w| lexicon.classes(w).any(Classes::CONNECTOR))
    {
        Some(at) if at > 0 => at - 1,
        _ => words.len().wrapping_sub(1),
    };
    words.get(at).copied().unwrap_or("")
}

/// The kind a noun before or after a name gives it: "leader" a person, "agency" an
/// organisation, "town" a place, "summit" an event.
fn noun_kind(classes: Classes) -> Option<usize> {
    [
        (Classes::ROLE_NOUN, PERSON),
        (Classes::ORGANIZATION_NOUN, ORGANIZATION),
        (Classes::PLACE_NOUN, PLACE),
        (Classes::EVENT_NOUN, EVENT),
    ]
    .into_iter()
    .find_map(|(class, kind)| classes.any(class).then_some(kind))
}

/// Cues from the words around one occurrence.
pub(super) fn context_votes(
    run: &str,
    tokens: &[Token],
    at: &Occurrence,
    lexicon: &Lexicon,
    votes: &mut Votes,
) {
    let around = Around {
        run,
        tokens,
        lexicon,
    };
    around.before(at, votes);
    // After: "Fox Hunt campaign", "X said", "Istanbul, Turkey", "X, a vice-minister".
    let mut next = at.last + 1;
    if tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        next += 1;
    }
    around.after(next, votes);
    around.description(next, votes);
}

/// The words around an occurrence, as the cues read them.
struct Around<'a> {
    run: &'a str,
    tokens: &'a [Token],
    lexicon: &'a Lexicon,
}

impl Around<'_> {
    /// The folded word at `index`, if that token is a word.
    fn word(&self, index: usize) -> Option<String> {
        self.tokens
            .get(index)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| fold(t.text(self.run)))
    }

    /// Votes for the kind `noun` gives, if it gives one, and says whether it did.
    fn noun_votes(&self, noun: &str, votes: &mut Votes, weight: i32) -> bool {
        let kind = noun_kind(self.lexicon.classes(noun));
        if let Some(kind) = kind {
            votes[kind] += weight;
        }
        kind.is_some()
    }

    /// Before: "leader Xi Jinping", "the NGO China Action", "chairman of Interpol", "in
    /// Lyon", and a role noun before a comma, "Her cabinet colleague, Ciarán McGrath,".
    fn before(&self, at: &Occurrence, votes: &mut Votes) {
        let (tokens, lexicon) = (self.tokens, self.lexicon);
        if at.first > 1 && tokens[at.first - 1].text(self.run) == "," {
            if let Some(before) = self.word(at.first - 2) {
                if lexicon.classes(&before).any(Classes::ROLE_NOUN) {
                    votes[PERSON] += WEIGHTS.role_noun_before_comma;
                }
            }
        }
        let Some(before) = at.first.checked_sub(1).and_then(|b| self.word(b)) else {
            return;
        };
        if !matches!(tokens[at.first - 1].case, Case::Lower | Case::AllCaps) {
            return;
        }
        if before == "of" && at.first >= 2 {
            if let Some(noun) = self.word(at.first - 2) {
                let classes = lexicon.classes(&noun);
                if classes.any(Classes::ROLE_NOUN) {
                    votes[ORGANIZATION] += WEIGHTS.noun_of;
                } else if classes.any(Classes::PLACE_NOUN) {
                    votes[PLACE] += WEIGHTS.noun_of;
                }
            }
        } else if matches!(
            before.as_str(),
            "in" | "from" | "near" | "across" | "throughout"
        ) {
            votes[PLACE] += WEIGHTS.place_preposition;
        } else if before == "at" {
            // "Analysts at Goldman Sachs", "a vote at Interpol".
            votes[ORGANIZATION] += WEIGHTS.at_preposition;
        } else {
            self.noun_votes(&before, votes, WEIGHTS.noun_before);
        }
    }

    /// The word right after: "Fox Hunt campaign", "X said".
    fn after(&self, next: usize, votes: &mut Votes) {
        if let Some(after) = self.word(next) {
            let classes = self.lexicon.classes(&after);
            if classes.any(Classes::EVENT_NOUN) {
                votes[EVENT] += WEIGHTS.event_noun_after;
            } else if classes.any(Classes::SAYING) {
                // Organisations say things too ("Goldman Sachs said"): a weak cue.
                votes[PERSON] += WEIGHTS.said_after;
            }
        }
    }

    /// What a comma or "is" after the name says it is: "Istanbul, Turkey", "X, who",
    /// "X, a vice-minister".
    fn description(&self, next: usize, votes: &mut Votes) {
        let tokens = self.tokens;
        let punct = tokens.get(next).map(|t| t.text(self.run));
        let describes = matches!(punct, Some(","))
            || matches!(
                self.word(next).as_deref(),
                Some("is" | "was" | "are" | "were")
            );
        if !describes {
            return;
        }
        let rest = next + 1;
        if punct == Some(",") && tokens.get(rest).is_some_and(Token::is_capitalized) {
            let mut end = rest;
            while tokens
                .get(end + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before())
            {
                end += 1;
            }
            let folded: Vec<String> = (rest..=end).filter_map(|at| self.word(at)).collect();
            let words: Vec<&str> = folded.iter().map(String::as_str).collect();
            if self.lexicon.is_place_phrase(&words) {
                votes[PLACE] += WEIGHTS.place_after_comma;
            }
        }
        let opening = self.word(rest);
        if matches!(opening.as_deref(), Some("who" | "whose")) {
            votes[PERSON] += WEIGHTS.who_after;
        }
        if matches!(opening.as_deref(), Some("a" | "an" | "the" | "one")) {
            for (index, token) in tokens.iter().enumerate().skip(rest + 1).take(7) {
                if matches!(token.text(self.run), "," | "." | ";" | "(") {
                    break;
                }
                if let Some(noun) = self.word(index) {
                    if self.noun_votes(&noun, votes, WEIGHTS.apposition_noun) {
                        break;
                    }
                }
            }
        }
    }
}

/// The kind with the most votes: only a kind with more votes than every kind before it
/// in the order below wins, so a tie goes to the kind listed first.
pub(super) fn winner(votes: &Votes) -> Kind {
    let order = [
        Kind::Work,
        Kind::Organization,
        Kind::Person,
        Kind::Place,
        Kind::Event,
    ];
    // Only a kind with more votes than every kind before it wins: a tie goes to the
    // kind listed first, and a name with no positive vote is `Other`.
    let mut best = Kind::Other;
    let mut most = 0;
    for kind in order {
        if votes[kind as usize] > most {
            most = votes[kind as usize];
            best = kind;
        }
    }
    best
}
