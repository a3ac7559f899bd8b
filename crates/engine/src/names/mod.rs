//! Proper names found without a glossary: runs of capitalised words, with the connectors
//! names use ("Alliance on China"), cleaned of sentence-initial ordinary words and dates,
//! and classified from cues in and around the name.
//!
//! One job per file: [`candidates`] finds the spans that may be names, [`votes`] counts
//! the cues for each kind (weighed by its one table, [`votes::WEIGHTS`]), and [`settle`]
//! decides each name's kind, aliases and whether it stands on its own. This file holds
//! the finder that runs them in that order.

mod candidates;
mod settle;
mod trim;
mod votes;

use super::lexicon::Lexicon;
use super::matcher::TokenMatch;
use super::text::{fold, fold_into, Case, Token, TokenKind};
use candidates::{extend_name, in_spans, is_acronym, is_name_line, quoted_titles, starts_name};
use gloss_base::StringMap;
use gloss_model::Kind;
pub use settle::initials;
use settle::settle;
use std::ops::Range;
use trim::refine;
pub use votes::kind_from_words;
use votes::{context_votes, name_votes, Votes, WEIGHTS};

/// A name the finder settled on, with the other spellings that refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundName {
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
    /// An acronym the article uses without a definition ("NATO").
    pub acronym: bool,
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
    votes: Votes,
    /// An acronym used without a definition.
    acronym: bool,
}

/// Words seen in the article, for judging a capital at the start of a sentence. Gathered
/// from every run before [`NameFinder`] reads any.
#[derive(Default)]
pub struct Evidence {
    /// Folded words seen capitalised in the middle of a sentence, with [`MID_SENTENCE`],
    /// [`ALONE`] and [`AFTER_LOWER`] flags saying how.
    capitalized: StringMap,
    /// Folded words seen in lower case.
    lower: StringMap,
}

/// `Evidence::capitalized`: the word was seen capitalised mid-sentence.
const MID_SENTENCE: usize = 1;
/// The word was seen capitalised mid-sentence with no capitalised word beside it: a name
/// of its own ("the Greens"), not only a part of a longer one ("Business Council").
const ALONE: usize = 2;
/// The word was seen capitalised right after a lower-case word ("at First Solar"): a
/// common word capitalised there is part of a name.
const AFTER_LOWER: usize = 4;

impl Evidence {
    /// Notes the words at tokens `part` of a run (a part of a long run, or all of it);
    /// `title_case` says the run is a headline in title case.
    pub fn add_run(&mut self, run: &str, tokens: &[Token], title_case: bool, part: Range<usize>) {
        for at in part {
            let token = &tokens[at];
            if !token.is_word() {
                continue;
            }
            let text = token.text(run);
            let (map, flags) = if token.case == Case::Lower {
                (&mut self.lower, 0)
            } else if token.first_upper() && !token.sentence_start() && !title_case {
                let before = at.checked_sub(1).map(|b| &tokens[b]);
                let after = tokens.get(at + 1).filter(|t| t.space_before());
                let mut flags = MID_SENTENCE;
                if !before.is_some_and(Token::is_capitalized)
                    && !after.is_some_and(Token::is_capitalized)
                {
                    flags |= ALONE;
                }
                if before.is_some_and(|t| t.is_word() && t.case == Case::Lower) {
                    flags |= AFTER_LOWER;
                }
                (&mut self.capitalized, flags)
            } else {
                continue;
            };
            // Most words are seen many times: fold (and allocate) only for a new one.
            // A lower-case ASCII word is its own folded form.
            let folded_already = text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            if !(folded_already && map.contains_key(text)) {
                *map.entry(fold(text)).or_insert(0) |= flags;
            }
        }
    }

    /// How `folded` was seen capitalised mid-sentence: [`MID_SENTENCE`] and the other
    /// flags, or 0.
    fn capitalized(&self, folded: &str) -> usize {
        self.capitalized.get(folded).copied().unwrap_or(0)
    }
}

/// Gathers candidate names run by run, then settles each one's form and kind.
pub struct NameFinder<'a> {
    evidence: Evidence,
    lexicon: &'a Lexicon,
    candidates: Vec<Candidate>,
    by_key: StringMap,
    /// Folded words of people's names the glossaries already know: a bare "Okafor"
    /// after a glossary's "Jane Okafor" is a reference to her, not a name of its own.
    known_people: StringMap,
    /// Acronyms used without a definition are names: on with the acronym finder.
    pub acronyms: bool,
    /// The run being read in parts: its quoted titles, where its dateline ends, and the
    /// token to read on from.
    titles: Vec<(usize, usize)>,
    dateline: usize,
    at: usize,
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
            known_people: StringMap::default(),
            acronyms: true,
            titles: Vec::new(),
            dateline: 0,
            at: 0,
        }
    }

    /// Notes a folded word of a person's name from a glossary.
    pub fn add_known_person_word(&mut self, folded: String) {
        self.known_people.insert(folded, 0);
    }

    /// Reads one run. `known` are the run's glossary and acronym matches: a name whose
    /// every token they cover is theirs already. A title-case headline proves nothing.
    pub fn add_run(&mut self, run: &str, tokens: &[Token], title_case: bool, known: &[TokenMatch]) {
        self.read_part(run, tokens, title_case, known, 0..tokens.len());
    }

    /// Reads the names of a run that start at tokens `part`, a part of a long run (a new
    /// run when it starts at 0), on from where the part before left off: parts one after
    /// another find what [`NameFinder::add_run`] finds in one go.
    pub fn read_part(
        &mut self,
        run: &str,
        tokens: &[Token],
        title_case: bool,
        known: &[TokenMatch],
        part: Range<usize>,
    ) {
        let lexicon = self.lexicon;
        let mut found: Vec<(Occurrence, Kind)> = Vec::new();
        if part.start == 0 {
            self.at = 0;
            if title_case && !is_name_line(run, tokens, lexicon) {
                self.at = tokens.len();
                return;
            }
            // Quoted titles come first; their tokens are no other name's.
            self.titles = quoted_titles(run, tokens, lexicon);
            found.extend(
                self.titles
                    .iter()
                    .map(|&(first, last)| (Occurrence { first, last }, Kind::Work)),
            );
            // "LONDON —", "NAIROBI, Kenya —": a dateline's capitals are a city, not acronyms.
            self.dateline = tokens
                .iter()
                .take(8)
                .position(|t| matches!(t.text(run), "\u{2014}" | "\u{2013}"))
                .map_or(0, |dash| dash);
        }
        let (titles, dateline) = (&self.titles, self.dateline);
        let mut at = self.at;
        while at < part.end {
            if in_spans(titles, at) {
                at += 1;
                continue;
            }
            if self.acronyms && at >= dateline && is_acronym(run, tokens, at, lexicon) {
                found.push((
                    Occurrence {
                        first: at,
                        last: at,
                    },
                    Kind::Concept,
                ));
                at += 1;
                continue;
            }
            if !starts_name(run, tokens, at, lexicon) {
                at += 1;
                continue;
            }
            let last = extend_name(run, tokens, at, titles, lexicon);
            let mut resume = last + 1;
            if let Some((first, last, person)) =
                refine(run, tokens, at, last, lexicon, &self.evidence, &mut resume)
            {
                let kind = if person { Kind::Person } else { Kind::Other };
                found.push((Occurrence { first, last }, kind));
            }
            at = resume;
        }
        self.at = at;
        for (occurrence, hint) in found {
            // A name whose every token a known match covers is theirs already. The matches
            // are in token order and apart, so one search finds the one that may cover a
            // token: a long run has thousands.
            let claimed = |at: usize| {
                let next = known.partition_point(|m| m.last < at);
                known.get(next).is_some_and(|m| m.first <= at)
            };
            if (occurrence.first..=occurrence.last).all(claimed) {
                continue;
            }
            let span = &tokens[occurrence.first..=occurrence.last];
            let key = key_of(run, span);
            let candidates = &mut self.candidates;
            let index = *self.by_key.entry(key).or_insert_with(|| {
                candidates.push(Candidate {
                    name: surface(run, span),
                    words: span
                        .iter()
                        .filter(|t| t.kind != TokenKind::Possessive || hint == Kind::Work)
                        .map(|t| fold(t.text(run)))
                        .collect(),
                    acronym: hint == Kind::Concept,
                    ..Candidate::default()
                });
                candidates.len() - 1
            });
            let candidate = &mut candidates[index];
            match hint {
                Kind::Work => candidate.votes[Kind::Work as usize] += WEIGHTS.quoted_title,
                Kind::Person => candidate.votes[Kind::Person as usize] += WEIGHTS.title_before,
                _ => {}
            }
            context_votes(run, tokens, &occurrence, lexicon, &mut candidate.votes);
        }
    }

    /// The names found, once every run has been read.
    pub fn finish(mut self) -> Vec<FoundName> {
        for candidate in &mut self.candidates {
            name_votes(&candidate.words, self.lexicon, &mut candidate.votes);
        }
        settle(self.candidates, self.lexicon, &self.known_people)
    }
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
        fold_into(token.text(run), &mut key);
    }
    key
}

/// The name as written, with runs of white space made single spaces.
fn surface(run: &str, tokens: &[Token]) -> String {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return String::new();
    };
    let mut name = String::new();
    for word in run[first.start as usize..last.end as usize].split_whitespace() {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(word);
    }
    name
}
