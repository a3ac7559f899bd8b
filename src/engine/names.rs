//! Proper names found without a glossary: runs of capitalised words, with the connectors
//! names use ("Alliance on China"), cleaned of sentence-initial ordinary words and dates,
//! and classified from cues in and around the name.

use super::lexicon::{Classes, Lexicon};
use super::matcher::TokenMatch;
use super::text::{fold, is_hyphen, Case, Token, TokenKind};
use super::StringMap;
use crate::model::Kind;

/// A name the finder settled on, with the other spellings that refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundName {
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
}

/// One place where a candidate name stands.
struct Occurrence {
    first: usize,
    last: usize,
}

#[derive(Default)]
struct Candidate {
    name: String,
    words: Vec<String>,
    votes: [i32; 7],
    occurrences: usize,
}

/// Words seen in the article, for judging a capital at the start of a sentence. Gathered
/// from every run before [`NameFinder`] reads any.
#[derive(Default)]
pub struct Evidence {
    /// Folded words seen capitalised in the middle of a sentence.
    capitalized: StringMap,
    /// Folded words seen in lower case.
    lower: StringMap,
}

impl Evidence {
    /// Notes the words of one run; `title_case` says it is a headline in title case.
    pub fn add_run(&mut self, run: &str, tokens: &[Token], title_case: bool) {
        for token in tokens.iter().filter(|t| t.is_word()) {
            let text = token.text(run);
            let map = if token.case == Case::Lower {
                &mut self.lower
            } else if token.first_upper() && !token.sentence_start() && !title_case {
                &mut self.capitalized
            } else {
                continue;
            };
            // Most words are seen many times: fold (and allocate) only for a new one.
            // A lower-case ASCII word is its own folded form.
            let folded_already = text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            if !(folded_already && map.contains_key(text)) {
                map.insert(fold(text), 0);
            }
        }
    }
}

/// Gathers candidate names run by run, then settles each one's form and kind.
pub struct NameFinder<'a> {
    evidence: Evidence,
    lexicon: &'a Lexicon,
    candidates: Vec<Candidate>,
    by_key: StringMap,
}

impl<'a> NameFinder<'a> {
    /// A finder that judges sentence-initial capitals by `evidence`, gathered from the
    /// whole article.
    pub fn new(evidence: Evidence, lexicon: &'a Lexicon) -> NameFinder<'a> {
        NameFinder {
            evidence,
            lexicon,
            candidates: Vec::new(),
            by_key: StringMap::default(),
        }
    }

    /// Reads one run. `known` are the run's glossary and acronym matches: a name whose
    /// every token they cover is theirs already. A title-case headline proves nothing.
    pub fn add_run(&mut self, run: &str, tokens: &[Token], title_case: bool, known: &[TokenMatch]) {
        if title_case {
            return;
        }
        let lexicon = self.lexicon;
        let mut claimed = vec![false; tokens.len()];
        for m in known {
            claimed[m.first..=m.last].iter_mut().for_each(|c| *c = true);
        }
        let mut taken = vec![false; tokens.len()];
        let mut found: Vec<(Occurrence, Kind)> = Vec::new();
        for (first, last) in quoted_titles(run, tokens) {
            taken[first..=last].iter_mut().for_each(|t| *t = true);
            found.push((Occurrence { first, last }, Kind::Work));
        }
        let mut at = 0;
        while at < tokens.len() {
            if taken[at] || !starts_name(run, tokens, at) {
                at += 1;
                continue;
            }
            let last = extend_name(run, tokens, at, &taken, lexicon);
            if let Some((first, last, person)) =
                refine(run, tokens, at, last, lexicon, &self.evidence)
            {
                let kind = if person { Kind::Person } else { Kind::Other };
                found.push((Occurrence { first, last }, kind));
            }
            at = last + 1;
        }
        for (occurrence, hint) in found {
            if claimed[occurrence.first..=occurrence.last]
                .iter()
                .all(|&c| c)
            {
                continue;
            }
            let words: Vec<String> = tokens[occurrence.first..=occurrence.last]
                .iter()
                .filter(|t| t.kind != TokenKind::Possessive || hint == Kind::Work)
                .map(|t| fold(t.text(run)))
                .collect();
            let key = key_of(run, &tokens[occurrence.first..=occurrence.last]);
            let candidates = &mut self.candidates;
            let index = *self.by_key.entry(key).or_insert_with(|| {
                candidates.push(Candidate {
                    name: surface(run, &tokens[occurrence.first..=occurrence.last]),
                    words,
                    ..Candidate::default()
                });
                candidates.len() - 1
            });
            let candidate = &mut candidates[index];
            candidate.occurrences += 1;
            if hint != Kind::Other {
                candidate.votes[hint as usize] += if hint == Kind::Work { 10 } else { 4 };
            }
            context_votes(run, tokens, &occurrence, lexicon, &mut candidate.votes);
        }
    }

    /// The names found, once every run has been read.
    pub fn finish(mut self) -> Vec<FoundName> {
        for candidate in &mut self.candidates {
            name_votes(&candidate.words, self.lexicon, &mut candidate.votes);
        }
        settle(self.candidates, self.lexicon)
    }
}

fn starts_name(run: &str, tokens: &[Token], at: usize) -> bool {
    let token = &tokens[at];
    (token.is_capitalized() && token.case != Case::AllCaps)
        || (is_ordinal(run, token)
            && tokens
                .get(at + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before()))
}

fn is_ordinal(run: &str, token: &Token) -> bool {
    token.kind == TokenKind::Number && is_numeric_ordinal(token.text(run))
}

/// The last token of the longest run of name words starting at `first`.
fn extend_name(
    run: &str,
    tokens: &[Token],
    first: usize,
    taken: &[bool],
    lexicon: &Lexicon,
) -> usize {
    let mut last = first;
    loop {
        let next = last + 1;
        let name_word = |at: usize| {
            tokens
                .get(at)
                .is_some_and(|t| t.is_capitalized() && !taken[at] && t.case != Case::AllCaps)
        };
        let text = |at: usize| tokens.get(at).map_or("", |t| t.text(run));
        if name_word(next) && tokens[next].space_before() {
            last = next;
            continue;
        }
        // "Inter-Parliamentary", "Jean-Philippe": a hyphen between capitalised words.
        if name_word(next + 1)
            && text(next).chars().all(is_hyphen)
            && !tokens[next].space_before()
            && !tokens[next + 1].space_before()
        {
            last = next + 1;
            continue;
        }
        // "Mr. Smith": a title's full stop does not end the name.
        if text(next) == "." && lexicon.is_honorific(&fold(text(last))) && name_word(next + 1) {
            last = next + 1;
            continue;
        }
        // Up to two lower-case connectors between capitalised words: "Alliance on China",
        // "Republic of the Congo", "al-Assad".
        let mut at = next;
        while at < next + 2
            && tokens
                .get(at)
                .is_some_and(|t| t.case == Case::Lower && lexicon.is_connector(&fold(t.text(run))))
        {
            at += 1;
            if text(at).chars().all(is_hyphen) && !text(at).is_empty() {
                at += 1;
                break;
            }
        }
        if at > next && name_word(at) {
            last = at;
            continue;
        }
        return last;
    }
}

/// Trims what is not part of the name from both ends. Returns the name's tokens and
/// whether a title before it ("Mr.", "President") shows it is a person's.
fn refine(
    run: &str,
    tokens: &[Token],
    mut first: usize,
    mut last: usize,
    lexicon: &Lexicon,
    evidence: &Evidence,
) -> Option<(usize, usize, bool)> {
    // Each word's folded form and classes, looked up once: the rules below ask about the
    // same few words many times.
    let start = first;
    let words: Vec<(String, Classes)> = (first..=last)
        .map(|at| {
            let word = fold(tokens[at].text(run));
            let classes = lexicon.classes(&word);
            (word, classes)
        })
        .collect();
    let word_at = |at: usize| words[at - start].0.as_str();
    let classes_at = |at: usize| words[at - start].1;
    // The words after `at`, up to `last`, hold nothing that would make the name an
    // organisation's or a place's.
    let plain_after = |at: usize, last: usize| {
        (at + 1..=last).all(|at| {
            !classes_at(at)
                .any(Classes::ORGANIZATION_WORD | Classes::PLACE_WORD | Classes::CONNECTOR)
        })
    };
    let mut person = false;
    loop {
        if first > last {
            return None;
        }
        let word = word_at(first);
        let classes = classes_at(first);
        let token = &tokens[first];
        let alone = first == last;
        let skip = if classes.any(Classes::HONORIFIC) && !alone && plain_after(first, last) {
            person = true;
            true
        } else if classes.any(Classes::COMMON | Classes::CALENDAR | Classes::CONNECTOR) {
            true
        } else if token.sentence_start() && token.case != Case::AllCaps {
            // A capital at a sentence start proves nothing: keep the word only if the
            // article shows it capitalised elsewhere, or it is a known place or given name.
            let known = evidence.capitalized.contains_key(word)
                || classes.any(Classes::PLACE | Classes::GIVEN_NAME);
            // "Members of the Alliance": a plain word joined to a name by a connector is
            // the sentence's subject, unless it is the kind of word names start with.
            let joined_by_connector = tokens.get(first + 1).is_some_and(|t| {
                t.case == Case::Lower
                    && if first < last {
                        classes_at(first + 1)
                    } else {
                        lexicon.classes(&fold(t.text(run)))
                    }
                    .any(Classes::CONNECTOR)
            });
            let starts_names =
                classes.any(Classes::ORGANIZATION_WORD | Classes::PLACE_WORD | Classes::EVENT_WORD);
            // "Rival Samsung", "Officials Said": a common noun opening the sentence.
            let common_noun =
                classes.any(Classes::ROLE_NOUN | Classes::ORGANIZATION_NOUN | Classes::PLACE_NOUN);
            if alone {
                !known
            } else {
                !known
                    && (evidence.lower.contains_key(word)
                        || (joined_by_connector && !starts_names)
                        || common_noun)
            }
        } else {
            false
        };
        if !skip {
            break;
        }
        first += 1;
        while first <= last
            && (tokens[first].kind == TokenKind::Punct || tokens[first].case == Case::Lower)
        {
            first += 1;
        }
    }
    // "Fed Chair Jerome Powell", "Italian Prime Minister Giorgia Meloni": a title inside
    // the run ends whatever came before it; the name is what follows.
    if let Some(title) = (first..last)
        .rev()
        .find(|&at| classes_at(at).any(Classes::HONORIFIC))
    {
        if plain_after(title, last) && tokens[title + 1..=last].iter().all(Token::is_capitalized) {
            first = title + 1;
            person = true;
        }
    }
    while last > first
        && (classes_at(last).any(Classes::CALENDAR | Classes::CONNECTOR)
            || tokens[last].kind == TokenKind::Punct)
    {
        last -= 1;
    }
    if first == last {
        let letters = word_at(first).chars().filter(|c| c.is_alphabetic()).count();
        let not_alone = Classes::DEMONYM
            | Classes::CALENDAR
            | Classes::ORGANIZATION_WORD
            | Classes::PLACE_WORD
            | Classes::HONORIFIC;
        if letters < 2
            || tokens[first].case == Case::AllCaps
            || classes_at(first).any(not_alone)
            || person
        {
            return None;
        }
    }
    // A date such as "May 6" or "Nov. 15" is not a name, and neither is a lone year.
    if (first..=last)
        .all(|at| classes_at(at).any(Classes::CALENDAR) || tokens[at].kind != TokenKind::Word)
    {
        return None;
    }
    Some((first, last, person))
}

/// Capitalised titles of works in quotation marks: “Trial By Media,”.
fn quoted_titles(run: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    const MINOR: &[&str] = &[
        "a", "an", "the", "of", "on", "in", "and", "or", "for", "to", "by", "with", "at", "from",
    ];
    let mut found = Vec::new();
    for (open, token) in tokens.iter().enumerate() {
        let quote = token.text(run);
        if !(quote == "\u{201C}" || quote == "\"")
            || !tokens.get(open + 1).is_some_and(Token::is_capitalized)
        {
            continue;
        }
        let mut words = 0;
        let mut last = None;
        for (at, t) in tokens.iter().enumerate().skip(open + 1).take(14) {
            let text = t.text(run);
            if matches!(text, "\u{201D}" | "\"") {
                break;
            }
            match t.kind {
                TokenKind::Word if t.is_capitalized() || MINOR.contains(&fold(text).as_str()) => {
                    words += 1;
                    last = Some(at);
                }
                TokenKind::Possessive => {}
                TokenKind::Punct if matches!(text, "," | "." | ":" | "-" | "?" | "!") => {}
                _ => {
                    last = None;
                    break;
                }
            }
        }
        if let Some(last) = last.filter(|_| words >= 2) {
            let closes = tokens[last + 1..]
                .iter()
                .take(2)
                .any(|t| matches!(t.text(run), "\u{201D}" | "\""));
            if closes && tokens[last].is_capitalized() {
                found.push((open + 1, last));
            }
        }
    }
    found
}

/// The key that groups spellings of one name: folded words, hyphens kept tight.
fn key_of(run: &str, tokens: &[Token]) -> String {
    let mut key = String::new();
    for (index, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::Possessive && index + 1 == tokens.len() {
            break;
        }
        if index > 0 && token.space_before() {
            key.push(' ');
        }
        key.push_str(&fold(token.text(run)));
    }
    key
}

/// The name as written, with runs of white space made single spaces.
fn surface(run: &str, tokens: &[Token]) -> String {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return String::new();
    };
    run[first.start as usize..last.end as usize]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

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
fn name_votes(words: &[String], lexicon: &Lexicon, votes: &mut [i32; 7]) {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return;
    };
    let head = words
        .iter()
        .position(|w| lexicon.is_connector(w))
        .filter(|&at| at > 0)
        .map_or(last, |at| words[at - 1]);
    if lexicon.is_place(&words.join(" ")) {
        votes[PLACE] += 8;
    }
    // "South Asia", "Northern Ireland": a compass word before a known place.
    if words.len() == 2
        && lexicon.is_place(last)
        && matches!(
            first,
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "upper"
                | "lower"
        )
    {
        votes[PLACE] += 6;
    }
    if lexicon.is_organization_word(head) || lexicon.is_organization_word(last) {
        votes[ORGANIZATION] += 4;
    }
    if lexicon.is_place_word(head) || lexicon.is_place_word(last) {
        votes[PLACE] += 4;
    }
    if lexicon.is_event_word(head) || lexicon.is_event_word(last) {
        votes[EVENT] += 4;
    }
    // "89th General Assembly of Interpol": a numbered assembly is one meeting of the body,
    // an event, though "Assembly" alone names an organisation.
    if is_numeric_ordinal(first)
        && matches!(
            head,
            "assembly"
                | "congress"
                | "conference"
                | "convention"
                | "meeting"
                | "plenum"
                | "session"
                | "summit"
        )
    {
        votes[EVENT] += 6;
    }
    let plain = words.iter().all(|w| {
        !lexicon.is_organization_word(w) && !lexicon.is_place_word(w) && !lexicon.is_connector(w)
    });
    if words.len() >= 2 && plain && words.len() <= 4 {
        if lexicon.is_given_name(first) {
            votes[PERSON] += 3;
        }
        if words.len() <= 3 && lexicon.is_family_name_first(first) {
            votes[PERSON] += 3;
        }
    }
}

/// "1st", "89th", "1,000th": a number with an English ordinal suffix.
fn is_numeric_ordinal(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s))
}

/// Cues from the words around one occurrence.
fn context_votes(
    run: &str,
    tokens: &[Token],
    at: &Occurrence,
    lexicon: &Lexicon,
    votes: &mut [i32; 7],
) {
    let word = |index: usize| {
        tokens
            .get(index)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| fold(t.text(run)))
    };
    let noun_votes = |noun: &str, votes: &mut [i32; 7], weight: i32| {
        let classes = lexicon.classes(noun);
        let kind = if classes.any(Classes::ROLE_NOUN) {
            PERSON
        } else if classes.any(Classes::ORGANIZATION_NOUN) {
            ORGANIZATION
        } else if classes.any(Classes::PLACE_NOUN) {
            PLACE
        } else if classes.any(Classes::EVENT_NOUN) {
            EVENT
        } else {
            return false;
        };
        votes[kind] += weight;
        true
    };
    // Before: "leader Xi Jinping", "the NGO China Action", "chairman of Interpol", "in Lyon".
    if at.first > 0 {
        if let Some(before) = word(at.first - 1) {
            if tokens[at.first - 1].case == Case::Lower
                || tokens[at.first - 1].case == Case::AllCaps
            {
                if before == "of" && at.first >= 2 {
                    if let Some(noun) = word(at.first - 2) {
                        let classes = lexicon.classes(&noun);
                        if classes.any(Classes::ROLE_NOUN) {
                            votes[ORGANIZATION] += 3;
                        } else if classes.any(Classes::PLACE_NOUN) {
                            votes[PLACE] += 3;
                        }
                    }
                } else if matches!(
                    before.as_str(),
                    "in" | "from" | "near" | "across" | "throughout"
                ) {
                    votes[PLACE] += 1;
                } else if before == "at" {
                    // "Analysts at Goldman Sachs", "a vote at Interpol".
                    votes[ORGANIZATION] += 1;
                } else {
                    noun_votes(&before, votes, 2);
                }
            }
        }
    }
    // After: "Fox Hunt campaign", "X said", "Istanbul, Turkey", "X, a vice-minister".
    let mut next = at.last + 1;
    if tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        next += 1;
    }
    if let Some(after) = word(next) {
        if lexicon.is_event_noun(&after) {
            votes[EVENT] += 3;
        } else if matches!(
            after.as_str(),
            "said" | "says" | "told" | "wrote" | "argued" | "added"
        ) {
            // Organisations say things too ("Goldman Sachs said"): a weak cue.
            votes[PERSON] += 1;
        }
    }
    let punct = tokens.get(next).map(|t| t.text(run));
    let describes = matches!(punct, Some(","))
        || matches!(word(next).as_deref(), Some("is" | "was" | "are" | "were"));
    if describes {
        let rest = next + 1;
        if punct == Some(",") && tokens.get(rest).is_some_and(Token::is_capitalized) {
            let mut end = rest;
            while tokens
                .get(end + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before())
            {
                end += 1;
            }
            let words: Vec<String> = (rest..=end).filter_map(word).collect();
            if lexicon.is_place(&words.join(" ")) {
                votes[PLACE] += 2;
            }
        }
        if matches!(word(rest).as_deref(), Some("who" | "whose")) {
            votes[PERSON] += 3;
        }
        if matches!(word(rest).as_deref(), Some("a" | "an" | "the" | "one")) {
            for (index, token) in tokens.iter().enumerate().skip(rest + 1).take(7) {
                if matches!(token.text(run), "," | "." | ";" | "(") {
                    break;
                }
                if let Some(noun) = word(index) {
                    if noun_votes(&noun, votes, 3) {
                        break;
                    }
                }
            }
        }
    }
}

/// Picks each candidate's kind, folds shorter spellings into longer names, and drops
/// what is not a name on its own (a bare surname).
fn settle(candidates: Vec<Candidate>, lexicon: &Lexicon) -> Vec<FoundName> {
    let kinds: Vec<Kind> = candidates.iter().map(|c| winner(&c.votes)).collect();
    let person_words: Vec<&str> = candidates
        .iter()
        .zip(&kinds)
        .filter(|(c, &k)| k == Kind::Person && c.words.len() > 1)
        .flat_map(|(c, _)| c.words.iter().map(String::as_str))
        .collect();
    // "Apple" and "Apple Inc.": one company, whichever comes first.
    let companies: Vec<&str> = candidates
        .iter()
        .filter(|c| c.words.len() == 2 && lexicon.is_corporate(&c.words[1]))
        .map(|c| c.words[0].as_str())
        .collect();
    let mut names: Vec<FoundName> = Vec::new();
    let mut owners: Vec<(usize, Vec<String>)> = Vec::new();
    for (candidate, kind) in candidates.iter().zip(kinds) {
        let words: Vec<String> = candidate
            .words
            .iter()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .cloned()
            .collect();
        if words.len() == 1 {
            let word = words[0].as_str();
            if companies.contains(&word) {
                continue;
            }
            if person_words.contains(&word)
                || lexicon.is_given_name(word)
                || lexicon.is_family_name_first(word)
            {
                continue;
            }
        }
        // "General Assembly" after "89th General Assembly of Interpol" is the same body, though
        // the numbered one is an event (one session) and the shorter an organisation.
        let owner = owners.iter().find(|(index, longer)| {
            let inside = words.len() >= 2
                && longer.len() > words.len()
                && longer.windows(words.len()).any(|w| w == words.as_slice())
                && (names[*index].kind == kind
                    || kind == Kind::Other
                    || is_numeric_ordinal(&longer[0]));
            inside
        });
        if let Some(&(index, _)) = owner {
            names[index].aliases.push(candidate.name.clone());
            continue;
        }
        let mut aliases = Vec::new();
        if words.len() == 2 && lexicon.is_corporate(&words[1]) {
            aliases.extend(candidate.name.split_whitespace().next().map(str::to_owned));
        }
        owners.push((names.len(), words));
        names.push(FoundName {
            name: candidate.name.clone(),
            kind,
            aliases,
        });
    }
    names
}

fn winner(votes: &[i32; 7]) -> Kind {
    let order = [
        Kind::Work,
        Kind::Organization,
        Kind::Person,
        Kind::Place,
        Kind::Event,
    ];
    order
        .into_iter()
        .filter(|k| votes[*k as usize] > 0)
        .max_by_key(|k| {
            (
                votes[*k as usize],
                std::cmp::Reverse(order.iter().position(|o| o == k)),
            )
        })
        .unwrap_or(Kind::Other)
}
