//! Proper names found without a glossary: runs of capitalised words, with the connectors
//! names use ("Alliance on China"), cleaned of sentence-initial ordinary words and dates,
//! and classified from cues in and around the name.
//!
//! One job per file: [`candidates`] finds the spans that may be names, [`votes`] counts
//! the cues for each kind (weighed by its one table, [`votes::WEIGHTS`]), and [`settle`]
//! decides each name's kind, aliases and whether it stands on its own. This file holds
//! the finder that runs them in that order.

mod article;
mod candidates;
mod cues;
mod evidence;
mod frame;
mod settle;
mod trim;
mod votes;

use super::lexicon::{Classes, Lexicon};
use super::matcher::TokenMatch;
use super::text::{fold_into, folded_words, is_title_case, lower, Case, Token, TokenKind};
use article::{article_votes, refers_back, Description};
use candidates::{
    after_french_title, extend_name, is_acronym, is_name_line, quoted_titles, starts_name,
};
use cues::context_votes;
pub use evidence::Evidence;
use frame::{frame, mark_clause_starts, Frame};
use gloss_base::StringMap;
use gloss_model::Kind;
pub use settle::initials;
use settle::settle;
use std::collections::VecDeque;
use std::ops::Range;
use trim::refine;
pub use votes::kind_from_words;
use votes::{name_votes, Votes, WEIGHTS};

/// A name the finder settled on, with the other spellings that refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundName {
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
    /// An acronym the article uses without a definition ("NATO").
    pub acronym: bool,
}

/// What a span is known to be before any cue is counted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    None,
    /// An acronym used without a definition.
    Acronym,
    /// A title stood before it: a person's name.
    Title,
    /// A capitalised title in quotation marks: a work.
    Quoted,
    /// The city or region of a dateline: a place.
    Dateline,
}

/// One place where a candidate name stands.
struct Occurrence {
    first: usize,
    last: usize,
}

#[derive(Default)]
pub(super) struct Candidate {
    name: String,
    words: Vec<String>,
    votes: Votes,
    /// An acronym used without a definition.
    acronym: bool,
    /// A side in a match's result somewhere: its words alone name the team too.
    team: bool,
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
    /// Descriptions that refer back to a name ("the company"), with the names before them.
    descriptions: Vec<Description>,
    /// The two names last read, the nearest first (`usize::MAX` for none): what a
    /// description refers back to.
    recent: [usize; 2],
    /// The run being read in parts: its frame and quoted titles, the token to look for
    /// names from, the names found but not yet counted, and the token to look for
    /// descriptions from.
    frame: Frame,
    titles: Vec<(usize, usize)>,
    at: usize,
    found: VecDeque<(Occurrence, Hint)>,
    described: usize,
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
            descriptions: Vec::new(),
            recent: [usize::MAX; 2],
            frame: Frame::default(),
            titles: Vec::new(),
            at: 0,
            found: VecDeque::new(),
            described: 0,
        }
    }

    /// Notes a folded word of a person's name from a glossary.
    pub fn add_known_person_word(&mut self, folded: String) {
        self.known_people.insert(folded, 0);
    }

    /// Reads one run. `known` are the run's glossary and acronym matches: a name whose
    /// every token they cover is theirs already. A title-case headline proves nothing, a
    /// photo credit names no one in the story, and a dateline's city and region are
    /// places.
    pub fn add_run(
        &mut self,
        run: &str,
        tokens: &mut [Token],
        title_case: bool,
        known: &[TokenMatch],
    ) {
        let all = 0..tokens.len();
        self.read_part(run, tokens, title_case, known, all);
    }

    /// Reads the names of a run that start at tokens `part`, a part of a long run (a new
    /// run when it starts at 0, whose sentence starts it then marks in `tokens`), on from
    /// where the part before left off: parts one after another find what
    /// [`NameFinder::add_run`] finds in one go.
    pub fn read_part(
        &mut self,
        run: &str,
        tokens: &mut [Token],
        title_case: bool,
        known: &[TokenMatch],
        part: Range<usize>,
    ) {
        let lexicon = self.lexicon;
        let last_part = part.end >= tokens.len();
        if part.start == 0 {
            self.frame = frame(run, tokens);
            mark_clause_starts(run, tokens, self.frame.story);
            let tokens = &tokens[..self.frame.credit];
            self.found.clear();
            self.described = 0;
            // A credit in capitals can make a caption look like a headline: judge it
            // without.
            let title_case = title_case
                && is_title_case(&run[..tokens.last().map_or(0, |t| t.end as usize)], tokens);
            if title_case && !is_name_line(run, tokens, lexicon) {
                (self.at, self.described) = (usize::MAX, usize::MAX);
                return;
            }
            // Quoted titles come first; their tokens are no other name's.
            self.titles = quoted_titles(run, tokens, lexicon);
            for &(first, last) in &self.frame.places {
                if first <= last {
                    let place = Occurrence { first, last };
                    self.found.push_back((place, Hint::Dateline));
                }
            }
            self.at = self.frame.story;
        }
        let tokens = &tokens[..self.frame.credit];
        let mut found = std::mem::take(&mut self.found);
        self.at = self.spans(run, tokens, self.at, part.end.min(tokens.len()), &mut found);
        // The names and the descriptions in token order, a description referring back to
        // the names before it.
        let described = match last_part {
            true => tokens.len() + 1,
            false => part.end.min(tokens.len()),
        };
        for at in self.described.min(described)..described {
            while found.front().is_some_and(|(o, _)| o.first <= at) {
                let Some((occurrence, hint)) = found.pop_front() else {
                    break;
                };
                // A name whose every token a known match covers is theirs already. The
                // matches are in token order and apart, so one search finds the one that
                // may cover a token: a long run has thousands.
                let mut claimed = true;
                for at in occurrence.first..occurrence.last + 1 {
                    let next = known.partition_point(|m| m.last < at);
                    if known.get(next).is_none_or(|m| m.first > at) {
                        claimed = false;
                        break;
                    }
                }
                if !claimed {
                    let index = self.add_occurrence(run, tokens, &occurrence, hint);
                    if self.recent[0] != index {
                        self.recent = [index, self.recent[0]];
                    }
                }
            }
            if let Some(kind) = refers_back(run, tokens, at, lexicon) {
                self.descriptions.push(Description {
                    kind,
                    recent: self.recent,
                });
            }
        }
        self.described = self.described.max(described);
        self.found = found;
    }

    /// Adds to `found` the spans that may be names starting from token `at` to before
    /// `end` (a name may go on past it), in order, each with what it is known to be;
    /// gives the token to go on from.
    fn spans(
        &self,
        run: &str,
        tokens: &[Token],
        mut at: usize,
        end: usize,
        found: &mut VecDeque<(Occurrence, Hint)>,
    ) -> usize {
        let lexicon = self.lexicon;
        let titles = &self.titles;
        while at < end {
            if let Some(&(first, last)) = titles.iter().find(|t| t.0 == at) {
                found.push_back((Occurrence { first, last }, Hint::Quoted));
                at = last + 1;
                continue;
            }
            // "IG Metall", "HSBC Holdings": an acronym before a capitalised word opens a
            // name, unless it is a noun for one ("the NGO China Action").
            let opens_name = tokens[at].case == Case::AllCaps
                && !lexicon
                    .of(tokens[at].text(run))
                    .any(Classes::ORGANIZATION_NOUN)
                && tokens.get(at + 1).is_some_and(|t| {
                    t.is_capitalized()
                        && t.case != Case::AllCaps
                        && t.space_before()
                        && !lexicon
                            .of(t.text(run))
                            .any(Classes::HONORIFIC | Classes::CALENDAR | Classes::COMMON)
                });
            if self.acronyms && !opens_name && is_acronym(run, tokens, at, lexicon, &self.evidence)
            {
                found.push_back((
                    Occurrence {
                        first: at,
                        last: at,
                    },
                    Hint::Acronym,
                ));
                at += 1;
                continue;
            }
            if !opens_name && !starts_name(run, tokens, at, lexicon, self.evidence.french) {
                at += 1;
                continue;
            }
            let mut last = extend_name(run, tokens, at, titles, lexicon);
            // "Assemblée nationale", "Parlement européen": French names go on with an
            // adjective in lower case.
            while self.evidence.french
                && tokens.get(last + 1).is_some_and(|t| {
                    t.case == Case::Lower && lexicon.of(t.text(run)).any(Classes::NAME_ADJECTIVE)
                })
            {
                last += 1;
            }
            if self.evidence.french
                && after_french_title(run, tokens, at)
                && !lexicon.of(tokens[at].text(run)).any(Classes::PLACE)
            {
                // The portfolio is its first word; two capitalised words after it are
                // the minister ("ministre de l'Intérieur Paul Verdier").
                let mut rest = 0;
                for token in &tokens[at + 1..last + 1] {
                    rest += usize::from(token.first_upper());
                }
                at = if rest >= 2 { at + 1 } else { last + 1 };
                continue;
            }
            // "Labour market data", "Commission payments rose": a known body's word
            // opening a sentence before a lower-case word other than one of saying is
            // the common noun.
            if last == at
                && tokens[at].sentence_start()
                && lexicon.of(tokens[at].text(run)).any(Classes::BODY)
                && tokens.get(at + 1).is_some_and(|t| {
                    t.is_word()
                        && t.case == Case::Lower
                        && !lexicon
                            .of(t.text(run))
                            .any(Classes::SAYING | Classes::REPORTING)
                })
            {
                at += 1;
                continue;
            }
            let mut resume = last + 1;
            if let Some((first, last, person)) =
                refine(run, tokens, at, last, lexicon, &self.evidence, &mut resume)
            {
                if person && first > at {
                    self.before_title(run, tokens, at, first, found);
                }
                let hint = if person { Hint::Title } else { Hint::None };
                found.push_back((Occurrence { first, last }, hint));
            }
            at = resume;
        }
        at
    }

    /// "U.S. Secretary of State Ellen Brandt", "Bank of England Governor Alistair
    /// Rennick": what comes before a person's title is a name of its own when it is a
    /// known place or organisation, or holds an organisation's word; a portfolio ("Trade
    /// Minister") is not.
    fn before_title(
        &self,
        run: &str,
        tokens: &[Token],
        at: usize,
        person: usize,
        found: &mut VecDeque<(Occurrence, Hint)>,
    ) {
        let lexicon = self.lexicon;
        let Some(title) =
            (at..person).find(|&t| lexicon.of(tokens[t].text(run)).any(Classes::HONORIFIC))
        else {
            return;
        };
        // Its head noun (the word before a connector, else the last) is an
        // organisation's: not "Senate Majority" of "Senate Majority Leader X".
        let classes = |t: usize| lexicon.of(tokens[t].text(run));
        let head = (at..title)
            .find(|&t| tokens[t].case == Case::Lower && classes(t).any(Classes::CONNECTOR))
            .unwrap_or(title)
            .saturating_sub(1);
        let names = title > at
            && head >= at
            && (lexicon
                .of(&run[tokens[at].start as usize..tokens[title - 1].end as usize])
                .any(Classes::PLACE | Classes::ORGANIZATION_NOUN)
                || classes(head).any(Classes::ORGANIZATION_WORD));
        if let Some((first, last, _)) = names
            .then(|| refine(run, tokens, at, title - 1, lexicon, &self.evidence, &mut 0))
            .flatten()
        {
            found.push_back((Occurrence { first, last }, Hint::None));
        }
    }

    /// Counts one occurrence of a name, with the votes of its hint and its context, and
    /// gives the candidate's index.
    fn add_occurrence(
        &mut self,
        run: &str,
        tokens: &[Token],
        occurrence: &Occurrence,
        hint: Hint,
    ) -> usize {
        let span = &tokens[occurrence.first..=occurrence.last];
        let key = key_of(run, span);
        let candidates = &mut self.candidates;
        // A look-up and an insert, not the entry API: see `lexicon::add_bits`.
        let index = if let Some(&index) = self.by_key.get(key.as_str()) {
            index
        } else {
            let mut name = surface(run, span);
            if hint == Hint::Dateline {
                name = title_case(&name);
            }
            candidates.push(Candidate {
                name,
                words: folded_words(run, span, &|t| {
                    t.kind != TokenKind::Possessive || hint == Hint::Quoted
                }),
                acronym: hint == Hint::Acronym,
                ..Candidate::default()
            });
            self.by_key.insert(key, candidates.len() - 1);
            candidates.len() - 1
        };
        let votes = &mut candidates[index].votes;
        match hint {
            Hint::Quoted => votes[Kind::Work as usize] += WEIGHTS.quoted_title,
            Hint::Title => votes[Kind::Person as usize] += WEIGHTS.title_before,
            Hint::Dateline => votes[Kind::Place as usize] += WEIGHTS.dateline,
            Hint::Acronym | Hint::None => {}
        }
        let team = context_votes(
            run,
            tokens,
            occurrence,
            self.lexicon,
            votes,
            self.evidence.french,
        );
        candidates[index].team |= team;
        index
    }

    /// The names found, once every run has been read.
    pub fn finish(mut self) -> Vec<FoundName> {
        for candidate in &mut self.candidates {
            name_votes(&candidate.words, self.lexicon, &mut candidate.votes);
        }
        article_votes(
            &mut self.candidates,
            &self.descriptions,
            &self.evidence,
            self.lexicon,
        );
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

/// "HALDEN" as "Halden", "NEW DELHI" as "New Delhi": a name in capitals, as it is
/// written in running text.
fn title_case(name: &str) -> String {
    let mut word_start = true;
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        out.push(if word_start { c } else { lower(c) });
        word_start = !c.is_alphanumeric();
    }
    out
}
