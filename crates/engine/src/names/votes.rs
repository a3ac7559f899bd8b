//! The votes for a name's kind: every cue's weight ([`WEIGHTS`]), the cues of the name's
//! own words (its head noun, the gazetteer, given names), and the [`winner`]. The cues
//! around each occurrence are in [`super::cues`], and those of the whole article in
//! [`super::settle`].

use super::candidates::is_numeric_ordinal;
use crate::lexicon::{Classes, Lexicon};
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
    /// Organisation: the whole name is a known legislature or party, "Labour", "the
    /// Dáil".
    pub known_body: i32,
    /// Place: the city or region of a dateline, "HALDEN, Norway —".
    pub dateline: i32,
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
    /// Place: "in", "near", "across" or "throughout" before the name. Companies and
    /// legislatures are "in" places less often than people are "from" them.
    pub in_place: i32,
    /// Place: "from" before the name; weak, since bids and customers come "from"
    /// companies.
    pub place_preposition: i32,
    /// Organisation: "at" before the name, "a vote at Interpol".
    pub at_preposition: i32,
    /// Organisation: a role "at" the name, "analysts at Goldman Sachs".
    pub role_at: i32,
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
    /// The kind of the head noun of an apposition, "X, a vice-minister", "X is the
    /// agency", "X, a hydrologist at …".
    pub apposition_noun: i32,
    /// Organisation: another word of the name is an organisation's, "Arts Council
    /// England".
    pub organization_word_inside: i32,
    /// Person: a middle initial, "Amara N. Eze".
    pub middle_initial: i32,
    /// Person: the last word of a plain name also stands alone, as a surname does
    /// ("Roy" after "Mathieu Roy"); companies are shortened to their first word.
    pub surname_alone: i32,
    /// Person: "X, 58,", an age after a comma.
    pub age: i32,
    /// Organisation: a side in a match's result, "beat X 2-1". A country stays a place
    /// (national teams are named by their country) and gets no vote; any other place
    /// outvoted: "Kestria City beat Valmora".
    pub team: i32,
    /// Organisation: "shares in X", "a stake of X".
    pub shares_in: i32,
    /// Organisation: "X's chief executive", "X's shares".
    pub company_possession: i32,
    /// Organisation: "X said in a statement".
    pub statement: i32,
    /// Place: "X-based", "based in X".
    pub based: i32,
    /// Organisation: "Oslo-based X".
    pub based_company: i32,
    /// Place: "the X government".
    pub government: i32,
    /// The kind of a description that refers back to the name: "… Corvanta … The
    /// company said", "the city", "the striker".
    pub description: i32,
}

/// Every vote's weight, in one place.
pub(super) const WEIGHTS: Weights = Weights {
    quoted_title: 10,
    title_before: 4,
    known_place: 8,
    known_body: 8,
    dateline: 8,
    compass_place: 6,
    head_noun: 4,
    numbered_meeting: 6,
    given_name: 3,
    family_name_first: 3,
    role_noun_before_comma: 2,
    noun_of: 3,
    in_place: 2,
    place_preposition: 1,
    at_preposition: 1,
    role_at: 2,
    noun_before: 2,
    event_noun_after: 3,
    said_after: 1,
    place_after_comma: 2,
    who_after: 3,
    apposition_noun: 3,
    organization_word_inside: 2,
    middle_initial: 3,
    surname_alone: 3,
    age: 4,
    team: 10,
    shares_in: 3,
    company_possession: 2,
    statement: 2,
    based: 3,
    based_company: 2,
    government: 3,
    description: 3,
};

/// The fewest votes a kind needs to win: one weak cue ("in X", "X said") is not enough.
const LEAST: i32 = 2;

pub(super) const PERSON: usize = Kind::Person as usize;
pub(super) const ORGANIZATION: usize = Kind::Organization as usize;
pub(super) const PLACE: usize = Kind::Place as usize;
pub(super) const EVENT: usize = Kind::Event as usize;

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
    let whole = lexicon.classes(&words.join(" "));
    if whole.any(Classes::PLACE) {
        votes[PLACE] += WEIGHTS.known_place;
    }
    if whole.any(Classes::BODY) {
        votes[ORGANIZATION] += WEIGHTS.known_body;
    }
    // "South Asia", "Northern Ireland": a compass word before a known place.
    if words.len() == 2
        && lexicon.classes(last).any(Classes::PLACE)
        && lexicon.classes(first).any(Classes::COMPASS)
    {
        votes[PLACE] += WEIGHTS.compass_place;
    }
    // The head noun's or the last word's kind: each of organisation, place and event
    // votes once whichever of the two carries it. An organisation's noun heads names too
    // ("Energy Regulator"), and a plural one ("Open Society Foundations"), and so does a
    // company's form ("Voss Motoren AG").
    let ends = lexicon.classes(head)
        | lexicon.classes(last)
        | lexicon.classes(head.strip_suffix('s').unwrap_or(head));
    for (class, kind) in [
        (
            Classes::ORGANIZATION_WORD | Classes::ORGANIZATION_NOUN | Classes::CORPORATE,
            ORGANIZATION,
        ),
        (Classes::PLACE_WORD, PLACE),
        (Classes::EVENT_WORD, EVENT),
    ] {
        if ends.any(class) {
            votes[kind] += WEIGHTS.head_noun;
        }
    }
    // "River Calder", "Lake Orta", "Mount Kenya": a place word that opens the name; an
    // organisation's head still wins ("Mount Sinai Hospital").
    if words.len() >= 2 && matches!(first, "lake" | "mount" | "river") {
        votes[PLACE] += WEIGHTS.head_noun;
    }
    if words[..words.len() - 1]
        .iter()
        .any(|&w| w != head && lexicon.classes(w).any(Classes::ORGANIZATION_WORD))
    {
        votes[ORGANIZATION] += WEIGHTS.organization_word_inside;
    }
    // "Amara N. Eze".
    if words.len() >= 3
        && words[1..words.len() - 1]
            .iter()
            .any(|w| w.chars().count() == 1)
    {
        votes[PERSON] += WEIGHTS.middle_initial;
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
    let mut spelled = Vec::new();
    for word in words {
        if word.chars().any(char::is_alphanumeric) {
            spelled.push(word.as_str());
        }
    }
    spelled
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
    let mut most = LEAST - 1;
    for kind in order {
        if votes[kind as usize] > most {
            most = votes[kind as usize];
            best = kind;
        }
    }
    best
}
