//! Trimming a run of capitalised words to the name it holds: the rules below each cut
//! what is not part of the name from one end ("Minister for Housing" before a person,
//! "of Ohio" after one, a sentence's opening word), or reject the run outright (a date, a
//! party tag, a lone word that is not a name). [`refine`] applies them in order.

use super::candidates::{is_hyphen_token, is_initial};
use super::evidence::{Evidence, AFTER_LOWER, ALONE};
use crate::lexicon::{Classes, Lexicon};
use crate::text::{fold_into, Case, Token, TokenKind};

/// Trims what is not part of the name from both ends. Returns the name's tokens and
/// whether a title before it ("Mr.", "President") shows it is a person's. A name cut
/// short ("Jane Roe" of "Jane Roe of Ohio") sets `resume` to where the search goes on.
pub(super) fn refine(
    run: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    lexicon: &Lexicon,
    evidence: &Evidence,
    resume: &mut usize,
) -> Option<(usize, usize, bool)> {
    let mut name = Trim::new(run, tokens, first, last, lexicon, evidence);
    name.start_after_title_and_portfolio()?;
    name.end_before_origin(resume);
    name.drop_closing_words();
    name.drop_closing_title()?;
    let pair = name.title_pair();
    name.drop_opening_words(pair)?;
    name.start_after_inner_title(pair);
    (!name.is_rejected()).then_some((name.first, name.last, name.person))
}

/// Names the words that make a name an organisation's, a place's or an event's.
const NAMING: u32 = Classes::ORGANIZATION_WORD | Classes::PLACE_WORD | Classes::EVENT_WORD;

/// A run of words being trimmed to a name: its tokens from `first` to `last`, and whether
/// a title has shown it is a person's.
struct Trim<'a> {
    run: &'a str,
    tokens: &'a [Token],
    lexicon: &'a Lexicon,
    evidence: &'a Evidence,
    /// Each word's folded form (its end in `folded`) and classes from the run's first
    /// token on, looked up once: the rules ask about the same few words many times.
    words: Vec<(usize, Classes)>,
    /// The folded words one after another, in one allocation for the whole run.
    folded: String,
    start: usize,
    first: usize,
    last: usize,
    person: bool,
}

impl<'a> Trim<'a> {
    fn new(
        run: &'a str,
        tokens: &'a [Token],
        first: usize,
        last: usize,
        lexicon: &'a Lexicon,
        evidence: &'a Evidence,
    ) -> Trim<'a> {
        let span = &run[tokens[first].start as usize..tokens[last].end as usize];
        let mut folded = String::with_capacity(span.len());
        // A plain loop: a mapped, collected range is code of its own in the wasm.
        let mut words = Vec::with_capacity(last + 1 - first);
        for at in first..last + 1 {
            let start = folded.len();
            fold_into(tokens[at].text(run), &mut folded);
            let word = &folded[start..];
            // "M. Querrec": in French "M." is "Monsieur", a title, not an initial.
            let title = evidence.french
                && word == "m"
                && tokens.get(at + 1).is_some_and(|t| t.text(run) == ".");
            // "Saint-Aubin", "Saint-Denis": a title's word joined by a hyphen is no title.
            let compound = tokens
                .get(at + 1)
                .is_some_and(|t| is_hyphen_token(run, t) && !t.space_before());
            let classes = if title {
                Classes::only(Classes::HONORIFIC)
            } else if compound {
                lexicon.classes(word).without(Classes::HONORIFIC)
            } else {
                lexicon.classes(word)
            };
            words.push((folded.len(), classes));
        }
        Trim {
            run,
            tokens,
            lexicon,
            evidence,
            words,
            folded,
            start: first,
            first,
            last,
            person: false,
        }
    }

    fn word_at(&self, at: usize) -> &str {
        let index = at - self.start;
        let start = index
            .checked_sub(1)
            .map_or(0, |before| self.words[before].0);
        &self.folded[start..self.words[index].0]
    }

    fn classes_at(&self, at: usize) -> Classes {
        self.words[at - self.start].1
    }

    /// The words after `at`, up to `last`, could be a person's name: capitalised words,
    /// initials and particles, none of which would make it an organisation's or a place's.
    fn personal(&self, at: usize, last: usize) -> bool {
        // A plain loop: an inclusive range's `all` is larger code.
        for at in at + 1..last + 1 {
            let t = &self.tokens[at];
            if self
                .classes_at(at)
                .any(NAMING | Classes::CONNECTOR | Classes::HONORIFIC)
                || !(t.is_capitalized() || t.case == Case::Lower || t.kind == TokenKind::Punct)
            {
                return false;
            }
        }
        self.tokens[last].is_capitalized()
    }

    /// The classes of the word at `at`, looked up already when it is in the run.
    fn classes_of(&self, at: usize) -> Classes {
        match at.checked_sub(self.start) {
            Some(index) if index < self.words.len() => self.words[index].1,
            _ => self.lexicon.of(self.tokens[at].text(self.run)),
        }
    }

    /// The last title in `from..to` other than the one at `skip`: one loop for the two
    /// rules that look back for it.
    fn last_title(&self, from: usize, to: usize, skip: Option<usize>) -> Option<usize> {
        let mut at = to;
        while at > from {
            at -= 1;
            if self.classes_at(at).any(Classes::HONORIFIC) && skip != Some(at) {
                return Some(at);
            }
        }
        None
    }

    fn connector_before(&self, at: usize) -> bool {
        at.checked_sub(1).is_some_and(|b| {
            self.tokens[b].case == Case::Lower && self.classes_of(b).any(Classes::CONNECTOR)
        })
    }

    /// "Minister for Housing Siobhán O'Sullivan", "Secretary of State Ana Ruiz": after a
    /// capitalised title and its portfolio, the person is the last two capitalised words.
    /// Without a person, what follows the title's connector is the name: "Bank of
    /// England" in "Governor of the Bank of England".
    fn start_after_title_and_portfolio(&mut self) -> Option<()> {
        let (first, last, tokens) = (self.first, self.last, self.tokens);
        // The title may follow what it is a title of: "U.S. Secretary of State Ellen Brandt".
        let title = (first..last).find(|&at| {
            self.classes_at(at).any(Classes::HONORIFIC) && self.connector_before(at + 2)
        });
        let title_at_first = title.is_some();
        let after_title = first >= 2
            && self.connector_before(first)
            && tokens[first - 2].is_capitalized()
            && self
                .lexicon
                .of(tokens[first - 2].text(self.run))
                .any(Classes::HONORIFIC);
        if title_at_first || after_title {
            // The capitalised words' count, first and second to last, in one loop.
            let (mut count, mut opening, mut second_last, mut closing) = (0, None, None, None);
            // By index: an enumerated, skipped and taken iterator is larger code.
            #[allow(clippy::needless_range_loop)]
            for at in title.map_or(first, |t| t + 1)..last + 1 {
                if tokens[at].is_capitalized() {
                    count += 1;
                    opening = opening.or(Some(at));
                    (second_last, closing) = (closing, Some(at));
                }
            }
            match second_last {
                Some(at) if count >= 3 && self.personal(at - 1, last) => {
                    self.first = at;
                    self.person = true;
                }
                _ if title_at_first => self.first = opening?,
                _ => {}
            }
        }
        Some(())
    }

    /// "Senator Dana Whitfield of Ohio", "Aroha Wiremu of Ngāti Tūmanako": a person's name
    /// ends before "of"; what follows is where they come from, a name of its own. The
    /// part after the last title must be two or more plain words that are not a place
    /// ("United States of America").
    fn end_before_origin(&mut self, resume: &mut usize) {
        let (first, tokens) = (self.first, self.tokens);
        let Some(of) = (first + 2..self.last)
            .find(|&at| self.word_at(at) == "of" && tokens[at].case == Case::Lower)
        else {
            return;
        };
        let title = self.last_title(first, of, None);
        // One loop for the words' count and classes and the phrase they make.
        let (mut words, mut plain) = (0, true);
        let mut phrase = String::new();
        let name_start = title.map_or(first, |t| t + 1);
        #[allow(clippy::needless_range_loop)]
        for at in name_start..of {
            if tokens[at].is_capitalized() && tokens[at].end - tokens[at].start > 1 {
                words += 1;
            }
            plain &= !self.classes_at(at).any(NAMING | Classes::COMMON);
            if at > name_start {
                phrase.push(' ');
            }
            phrase.push_str(self.word_at(at));
        }
        if plain && words >= 2 && !self.lexicon.classes(&phrase).any(Classes::PLACE) {
            self.last = of - 1;
            *resume = of;
        }
    }

    /// Dates, connectors, common words and demonyms do not end a name: "Read More",
    /// "the Vermont Republican", "Monday May". A full stop does only after an initial
    /// that follows another ("U.S.").
    fn drop_closing_words(&mut self) {
        let closing = Classes::CALENDAR | Classes::CONNECTOR | Classes::COMMON | Classes::DEMONYM;
        while self.last > self.first {
            let last = self.last;
            let token = &self.tokens[last];
            let initials_stop = last >= self.first + 3
                && is_initial(&self.tokens[last - 1])
                && self.tokens[last - 2].text(self.run) == ".";
            // A word in capitals is a company's form ("Fjordverft AS"), kept.
            if !(self.classes_at(last).any(closing) && token.case != Case::AllCaps
                || token.kind == TokenKind::Punct && !initials_stop)
            {
                break;
            }
            self.last -= 1;
        }
    }

    /// "the Home Secretary", "Bank of England Governor": a title closing the run names
    /// no one. What comes before it is a name only if it holds an organisation's word or
    /// is a place; a title after a connector is a portfolio ("Department of Justice").
    fn drop_closing_title(&mut self) -> Option<()> {
        let mut last = self.last;
        while last > self.first
            && self.classes_at(last).any(Classes::HONORIFIC)
            && !self.connector_before(last)
            // "Dollar General" is a company; "Attorney General" a title.
            && (self.word_at(last) != "general"
                || self.classes_at(last - 1).any(Classes::HONORIFIC | Classes::ROLE_NOUN))
        {
            last -= 1;
        }
        if last == self.last {
            return Some(());
        }
        while last > self.first
            && (self.tokens[last].kind == TokenKind::Punct
                || self.classes_at(last).any(Classes::CONNECTOR))
        {
            last -= 1;
        }
        let (start, end) = (self.tokens[self.first].start, self.tokens[last].end);
        let mut held = Classes::default();
        for &(_, classes) in &self.words[self.first - self.start..last + 1 - self.start] {
            held = held | classes;
        }
        let names = held.any(Classes::ORGANIZATION_WORD | Classes::ORGANIZATION_NOUN)
            || self
                .lexicon
                .of(&self.run[start as usize..end as usize])
                .any(Classes::PLACE);
        if !names {
            return None;
        }
        self.last = last;
        Some(())
    }

    /// "General Mills", "St. Kilda": before one word, "General" heads a company and "St"
    /// a place as often as they are titles, so the pair is kept whole. Gives the title's
    /// place when the run is such a pair.
    fn title_pair(&self) -> Option<usize> {
        let mut words = 0;
        for token in &self.tokens[self.first + 1..self.last + 1] {
            words += usize::from(token.is_word());
        }
        (matches!(self.word_at(self.first), "general" | "st" | "saint") && words == 1)
            .then_some(self.first)
    }

    /// Drops opening words that are not part of the name, one at a time, with the
    /// lower-case words and punctuation after each: titles before a person, common words,
    /// and a sentence's opening word without evidence that it is a name.
    fn drop_opening_words(&mut self, pair: Option<usize>) -> Option<()> {
        // "Trinidad and Tobago" opening a sentence: a known place is kept whole. A word
        // alone is its own text, looked up already.
        let (start, end) = (self.tokens[self.first].start, self.tokens[self.last].end);
        let whole = if self.first == self.last {
            self.classes_at(self.first)
        } else {
            self.lexicon.of(&self.run[start as usize..end as usize])
        };
        if whole.any(Classes::PLACE) {
            return Some(());
        }
        loop {
            if self.first > self.last {
                return None;
            }
            if !self.opening_word_is_not_the_name(pair) {
                return Some(());
            }
            self.first += 1;
            while self.first <= self.last
                && (self.tokens[self.first].kind == TokenKind::Punct
                    || self.tokens[self.first].case == Case::Lower
                        && !self.classes_at(self.first).any(Classes::PARTICLE))
            {
                self.first += 1;
            }
        }
    }

    /// Whether the word at `first` opens the run but not the name.
    fn opening_word_is_not_the_name(&mut self, pair: Option<usize>) -> bool {
        let (first, last) = (self.first, self.last);
        let classes = self.classes_at(first);
        let alone = first == last;
        let flags = self.evidence.capitalized(self.word_at(first));
        if classes.any(Classes::HONORIFIC)
            && !alone
            && pair != Some(first)
            && self.personal(first, last)
        {
            self.person = true;
            true
        } else if classes.any(Classes::DEMONYM) && last >= first + 2 && self.personal(first, last) {
            // "the Czech Tomas Hruby": a nationality before a person's name.
            true
        } else if classes.any(Classes::COMMON) && !alone && flags & AFTER_LOWER != 0 {
            // "First Solar", "One Nation": a common word the article also capitalises
            // after a lower-case word heads a name.
            false
        } else if classes.any(Classes::COMMON | Classes::CALENDAR | Classes::CONNECTOR)
            || self.evidence.french && classes.any(Classes::PARTICLE)
        {
            // "Le Parlement", in French: an article.
            true
        } else {
            let token = &self.tokens[first];
            token.sentence_start()
                && token.case != Case::AllCaps
                && !self.sentence_start_is_a_name(flags)
        }
    }

    /// A capital at a sentence start proves nothing: the word is kept only if the article
    /// shows it capitalised elsewhere (on its own, for a word alone), or it is a known
    /// place, a given name or a particle ("Van der Berg").
    fn sentence_start_is_a_name(&self, flags: usize) -> bool {
        let (first, last) = (self.first, self.last);
        let classes = self.classes_at(first);
        let alone = first == last;
        let particle = if self.evidence.french {
            0
        } else {
            Classes::PARTICLE
        };
        let known = (if alone { flags & ALONE } else { flags }) != 0
            || classes.any(Classes::PLACE | Classes::GIVEN_NAME | particle);
        if alone {
            // "Kessler's chief executive": a possessive after a word the article
            // capitalises elsewhere.
            return known
                || flags != 0
                    && self
                        .tokens
                        .get(first + 1)
                        .is_some_and(|t| t.kind == TokenKind::Possessive);
        }
        let starts_names = classes.any(NAMING);
        if starts_names && self.tokens[first + 1].is_capitalized() {
            // "Operation Silver Tide", "Department of Health": the word opens a name.
            return true;
        }
        // "Members of the Alliance": a plain word joined to a name by a connector is
        // the sentence's subject, unless it is the kind of word names start with.
        let joined_by_connector = self.tokens.get(first + 1).is_some_and(|t| {
            t.case == Case::Lower && self.classes_of(first + 1).any(Classes::CONNECTOR)
        });
        // "Rival Samsung", "Officials Said": a common noun opening the sentence.
        let common_noun =
            classes.any(Classes::ROLE_NOUN | Classes::ORGANIZATION_NOUN | Classes::PLACE_NOUN);
        known
            || !(self.evidence.lower.contains_key(self.word_at(first))
                || (joined_by_connector && !starts_names)
                || common_noun && !starts_names)
    }

    /// "Fed Chair Jerome Powell", "Italian Prime Minister Giorgia Meloni": a title inside
    /// the run ends whatever came before it; the name is what follows.
    fn start_after_inner_title(&mut self, pair: Option<usize>) {
        let title = self.last_title(self.first, self.last, pair);
        if let Some(title) = title.filter(|&title| self.personal(title, self.last)) {
            self.first = title + 1;
            self.person = true;
        }
    }

    /// A lone word that names a people, not a name: "the Kestrian government" (an
    /// adjective of nationality the lists do not hold, before a noun), and in French a
    /// plural after "les" ("les Européens").
    fn is_demonym_or_plural(&self, at: usize) -> bool {
        let word = self.word_at(at);
        if self.evidence.french {
            let before = at
                .checked_sub(1)
                .map_or("", |b| self.tokens[b].text(self.run));
            return ["les", "des", "aux"]
                .iter()
                .any(|w| before.eq_ignore_ascii_case(w));
        }
        let noun_after = self.tokens.get(at + 1).is_some_and(|t| {
            t.is_word()
                && t.case == Case::Lower
                && !self
                    .lexicon
                    .of(t.text(self.run))
                    .any(Classes::SAYING | Classes::CONNECTOR)
        });
        noun_after
            && ["ian", "ean", "ese"].iter().any(|s| word.ends_with(s))
            && !self.classes_at(at).any(Classes::GIVEN_NAME)
    }

    /// What is left is no name: a party and state tag ("R-Vt.", "D-Ga."), a lone word
    /// that cannot stand for a name, or a date ("May 6", "Nov. 15", a lone year).
    fn is_rejected(&self) -> bool {
        let (first, last, tokens) = (self.first, self.last, self.tokens);
        if first < last
            && is_initial(&tokens[first])
            && is_hyphen_token(self.run, &tokens[first + 1])
        {
            return true;
        }
        if first == last {
            let mut letters = 0;
            for c in self.word_at(first).chars() {
                letters += usize::from(c.is_alphabetic());
            }
            let not_alone = Classes::DEMONYM
                | Classes::CALENDAR
                | Classes::PLACE_WORD
                | Classes::EVENT_WORD
                | Classes::HONORIFIC
                | Classes::PARTICLE;
            // A lone organisation word mid-sentence ("the Bank", "Parliament") is kept for
            // `settle`, which links it to the name it heads or keeps it as a legislature.
            let lone_institution = self.classes_at(first).any(Classes::ORGANIZATION_WORD)
                && !tokens[first].sentence_start()
                && !self.person;
            if letters < 2
                || tokens[first].case == Case::AllCaps
                || self.is_demonym_or_plural(first)
                || !lone_institution
                    && self
                        .classes_at(first)
                        .any(not_alone | Classes::ORGANIZATION_WORD)
            {
                return true;
            }
        }
        #[allow(clippy::needless_range_loop)]
        for at in first..last + 1 {
            if !(self.classes_at(at).any(Classes::CALENDAR) || tokens[at].kind != TokenKind::Word) {
                return false;
            }
        }
        true
    }
}
