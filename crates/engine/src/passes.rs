//! The engine's passes, one function each, in the order `annotate` runs them: acronym
//! definitions and the name finder's evidence, proper names, matching everything with
//! references to people, and what the article says of what no glossary describes.
//!
//! The article's tokens would be most of the engine's memory, and wasm memory never
//! shrinks, so they are not kept: each pass tokenizes a run into one reused buffer, which
//! stays in cache (DESIGN.md, "Passes and output").

use crate::entities::{acronym_entity, glossary_entity, link_related, name_words};
use crate::finish::{finish, ByteSpan, Spans};
use crate::matcher::{Matcher, TokenMatch};
use crate::text::{fold, is_title_case, tokenize_into, tokenize_more, Token};
use crate::{
    acronyms, context, lexicon, names, people, Annotation, EntityInfo, Options, Origin, Run, Source,
};
use gloss_base::pause::{pause_point, Clock};
use gloss_base::StringMap;
use gloss_model::{Entity, Kind};
use std::ops::Range;

/// The engine: the passes in order, each a loop over the runs, and the work on one run a
/// function of its own. A run is tokenized and read in parts of `part` tokens ([`crate::text::PART`]), with a
/// pause point before each, so that a long paragraph is many units of work rather than
/// one; each part's work carries on from where the part before left off, and gives what
/// one go over the run gives. The loops stay in this one
/// `async` function, since each `async` function is a state machine of its own in the
/// wasm (one per pass measured larger: docs/measurements.md, "Async functions and state
/// machines"). The word lists shared across articles are a native parameter only.
///
/// Long by design: one `async` function for all the passes' loops, as said above.
pub(super) async fn annotate_runs_with(
    runs: &[Run<'_>],
    glossary: &[Entity],
    options: &Options,
    clock: &dyn Clock,
    part: usize,
    #[cfg(not(target_arch = "wasm32"))] shared_lexicon: Option<&lexicon::Lexicon>,
) -> Annotation {
    let merged = std::cell::OnceCell::new();
    #[cfg(not(target_arch = "wasm32"))]
    let lexicon = || shared_lexicon.unwrap_or_else(|| merged.get_or_init(lexicon::Lexicon::new));
    #[cfg(target_arch = "wasm32")]
    let lexicon = || merged.get_or_init(lexicon::Lexicon::new);
    let mut entities: Vec<EntityInfo> = glossary.iter().map(glossary_entity).collect();
    let mut matcher = Matcher::with_capacity(glossary.iter().map(|e| 1 + e.aliases.len()).sum());
    for (index, entity) in glossary.iter().enumerate() {
        pause_point(clock).await;
        let plural = entity.kind == Kind::Concept;
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            matcher.add(name, index, plural);
        }
    }
    let texts: Vec<&str> = runs.iter().map(|r| r.text).collect();
    let mut tokens = Vec::new();
    let mut matches = Vec::new();

    // Pass 1: acronym definitions the glossaries do not cover, and the evidence the name
    // finder needs from the whole article.
    let mut evidence = names::Evidence::default();
    if options.acronyms || options.names {
        let mut found = Definitions::default();
        for &run in &texts {
            let mut reading = Reading::new(&mut tokens, 1);
            found.matched = 0;
            matches.clear();
            loop {
                pause_point(clock).await;
                let Some(range) = reading.next(run, &mut tokens, part) else {
                    break;
                };
                if options.names {
                    evidence.add_run(run, &tokens, reading.title_case, range.clone());
                }
                if options.acronyms {
                    found.read(
                        run,
                        &tokens,
                        reading.title_case,
                        &matcher,
                        &mut matches,
                        range,
                    );
                }
            }
        }
        found.add(&mut matcher, &mut entities, lexicon());
    }

    // Pass 2: proper names nothing else covers.
    if options.names {
        let mut finder = names::NameFinder::new(evidence, lexicon());
        finder.acronyms = options.acronyms;
        // The words of the glossaries' people: their bare surnames are references.
        for entity in glossary.iter().filter(|e| e.kind == Kind::Person) {
            for word in name_words(&entity.name) {
                finder.add_known_person_word(word);
            }
        }
        for &run in &texts {
            // Names are judged against every match of the run: all are found first.
            let mut reading = Reading::new(&mut tokens, 2);
            let mut matched = 0;
            matches.clear();
            loop {
                pause_point(clock).await;
                let Some(range) = reading.next(run, &mut tokens, part) else {
                    break;
                };
                let title_case = reading.title_case;
                if reading.round == 0 {
                    matched = matcher.find_part(
                        run,
                        &tokens,
                        title_case,
                        matched,
                        range.end,
                        &mut matches,
                    );
                } else {
                    finder.read_part(run, &tokens, title_case, &matches, range);
                }
            }
        }
        add_names(
            finder.finish(),
            glossary,
            &mut matcher,
            &mut entities,
            lexicon(),
        );
    }

    // Pass 3: everything found, matched leftmost-longest, with references to people.
    let people = people_of(&entities, options);
    let mut references = people::References::new(&people);
    let undescribed: Vec<Option<&str>> = entities
        .iter()
        .map(|e| (options.context && e.summary.is_none()).then_some(e.name.as_str()))
        .collect();
    let mut spots = Vec::new();
    let mut spans = Spans {
        spans: Vec::new(),
        run_ends: Vec::with_capacity(runs.len()),
    };
    for (index, run) in runs.iter().enumerate() {
        let mut reading = Reading::new(&mut tokens, 1);
        let mut matched = 0;
        loop {
            pause_point(clock).await;
            let Some(range) = reading.next(run.text, &mut tokens, part) else {
                break;
            };
            // Where the part before left off: after its last match, which may run on into
            // this part, or past it.
            let from = matched.max(range.start);
            matches.clear();
            matched = matcher.find_part(
                run.text,
                &tokens,
                reading.title_case,
                from,
                range.end,
                &mut matches,
            );
            references.link(run.text, &tokens, from..matched, &mut matches);
            spots.extend(
                matches
                    .iter()
                    .filter(|m| undescribed[m.entity].is_some())
                    .map(|m| context::Spot {
                        run: index,
                        first: m.first,
                        last: m.last,
                        entity: m.entity,
                    }),
            );
            spans.spans.extend(
                matches
                    .iter()
                    .map(|m| ByteSpan {
                        entity: m.entity,
                        start: tokens[m.first].start as usize,
                        end: tokens[m.last].end as usize,
                    })
                    .filter(|m| !run.touches_link(m.start, m.end)),
            );
        }
        spans.run_ends.push(spans.spans.len());
    }

    // Pass 4: what the article says of what no glossary describes, and what an acronym
    // stands for.
    if !spots.is_empty() {
        let described =
            context::describe_all(&texts, &spots, &undescribed, lexicon(), clock, part).await;
        for (entity, found) in entities.iter_mut().zip(described) {
            let Some(found) = found else { continue };
            entity.passage = found.passage;
            if let Some(summary) = found.summary {
                entity.passage = None;
                entity.summary = Some(summary);
                entity.source = Source::Article {
                    run: found.run,
                    sentence: found.sentence,
                };
            }
        }
    }
    if options.context {
        describe_acronyms(&mut entities, &spots, &texts, &mut tokens);
    }

    let mut annotation = finish(runs, &spans, entities, clock).await;
    link_related(&mut annotation, glossary);
    annotation
}

/// A run read in parts, each a unit of work after a pause point: its tokenizing, `part`
/// tokens at a time, and then its tokens `part` at a time, as many rounds as the pass
/// reads them.
struct Reading {
    tokenized: bool,
    title_case: bool,
    /// Which reading of the tokens this is, from 0, and how many tokens are read,
    /// counted through every round.
    round: usize,
    rounds: usize,
    read: usize,
}

impl Reading {
    fn new(tokens: &mut Vec<Token>, rounds: usize) -> Reading {
        tokens.clear();
        Reading {
            tokenized: false,
            title_case: false,
            round: 0,
            rounds,
            read: 0,
        }
    }

    /// Tokenizes the next part, giving an empty range, or gives the tokens of the next
    /// part to read; `None` once every round is read.
    fn next(&mut self, run: &str, tokens: &mut Vec<Token>, part: usize) -> Option<Range<usize>> {
        if !self.tokenized {
            self.tokenized = tokenize_more(run, tokens, part);
            self.title_case = is_title_case(run, tokens);
            return Some(0..0);
        }
        let count = tokens.len();
        if self.read >= self.rounds * count {
            return None;
        }
        let start = self.read % count;
        let end = count.min(start + part);
        (self.round, self.read) = (self.read / count, self.read + end - start);
        Some(start..end)
    }
}

/// Pass 1's findings: the acronym definitions to add, the short forms that link to a
/// glossary entry, and the short forms seen, so that each is defined once.
#[derive(Default)]
struct Definitions {
    shorts: StringMap,
    definitions: Vec<acronyms::Definition>,
    aliases: Vec<(String, usize)>,
    /// The token up to which the current run's glossary matches are found: only as far
    /// as a part with a definition needs them, since most runs have none.
    matched: usize,
}

impl Definitions {
    /// Reads the definitions whose brackets open in tokens `part` of a run. `matches`
    /// holds the run's matches found so far.
    fn read(
        &mut self,
        run: &str,
        tokens: &[Token],
        title_case: bool,
        matcher: &Matcher,
        matches: &mut Vec<TokenMatch>,
        part: Range<usize>,
    ) {
        let found = acronyms::find_definitions(run, tokens, part.clone());
        if found.is_empty() {
            return;
        }
        // A long form lies before its bracket: the matches that start before the part's
        // end are the ones that may claim it.
        self.matched = matcher.find_part(run, tokens, title_case, self.matched, part.end, matches);
        for definition in found {
            let claimed = matches.iter().find(|m| {
                let (start, end) = (tokens[m.first].start as usize, tokens[m.last].end as usize);
                start < definition.long_end && definition.long_start < end
            });
            if self.shorts.insert(definition.short.clone(), 0).is_some() {
                continue;
            }
            match claimed {
                // "the North Atlantic Treaty Organization (NATO)" with the long form a
                // glossary name: the short form links to that entry.
                Some(m)
                    if tokens[m.first].start as usize == definition.long_start
                        && tokens[m.last].end as usize == definition.long_end =>
                {
                    self.aliases.push((definition.short, m.entity));
                }
                Some(_) => {}
                None => self.definitions.push(definition),
            }
        }
    }

    /// Adds what was found once every run is read, so that each definition is judged
    /// against the glossaries alone, wherever it stands.
    fn add(
        self,
        matcher: &mut Matcher,
        entities: &mut Vec<EntityInfo>,
        lexicon: &lexicon::Lexicon,
    ) {
        for (short, entity) in self.aliases {
            matcher.add(&short, entity, false);
        }
        for definition in self.definitions {
            let index = entities.len();
            entities.push(acronym_entity(&definition, lexicon));
            matcher.add(&definition.short, index, false);
            matcher.add(&definition.long, index, true);
        }
    }
}

/// Pass 2's names, as entities the matcher finds. An acronym the article never spells
/// out links to the glossary entry whose name's initials it is: "NATO" to "North Atlantic
/// Treaty Organization"; the initials are worked out only for an article that has one.
fn add_names(
    found_names: Vec<names::FoundName>,
    glossary: &[Entity],
    matcher: &mut Matcher,
    entities: &mut Vec<EntityInfo>,
    lexicon: &lexicon::Lexicon,
) {
    let unexplained = |f: &names::FoundName| f.acronym && f.aliases.is_empty();
    let glossary_initials: Vec<String> = glossary
        .iter()
        .filter(|_| found_names.iter().any(unexplained))
        .map(|e| names::initials(&name_words(&e.name), lexicon))
        .collect();
    for found in found_names {
        let folded = fold(&found.name);
        if let Some(entry) = glossary_initials
            .iter()
            .position(|i| unexplained(&found) && *i == folded)
        {
            matcher.add(&found.name, entry, false);
            continue;
        }
        let index = entities.len();
        let short = found.acronym.then(|| found.name.clone());
        matcher.add(&found.name, index, false);
        for alias in &found.aliases {
            matcher.add(alias, index, false);
        }
        entities.push(EntityInfo::found(
            found.name,
            found.kind,
            Origin::Name,
            short,
            found.aliases,
        ));
    }
}

/// The people whose one-word references pass 3 links: those with a name of two words or
/// more.
fn people_of(entities: &[EntityInfo], options: &Options) -> Vec<people::Person> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| options.people && e.kind == Kind::Person)
        .filter_map(|(index, e)| {
            let words = name_words(&e.name);
            (words.len() > 1).then_some(people::Person {
                entity: index,
                words,
            })
        })
        .collect()
}

/// What an acronym still without a summary says: what it stands for, or, for one the
/// article never spells out, that it is an abbreviation, with the sentence that first
/// uses it.
fn describe_acronyms(
    entities: &mut [EntityInfo],
    spots: &[context::Spot],
    texts: &[&str],
    tokens: &mut Vec<Token>,
) {
    let mut tokenized = None;
    for (index, entity) in entities
        .iter_mut()
        .enumerate()
        .filter(|(_, e)| e.summary.is_none())
    {
        let Some(short) = &entity.short else {
            continue;
        };
        let long = entity.aliases.last().unwrap_or(&entity.name);
        if long != short {
            entity.summary = Some([short, " stands for ", long, "."].concat());
            entity.source = Source::Acronym;
            entity.passage = None;
        } else if let Some(spot) = spots.iter().find(|s| s.entity == index) {
            let run = texts[spot.run];
            // Many acronyms may first stand in one long run: it is tokenized once.
            if tokenized != Some(spot.run) {
                tokenize_into(run, tokens);
                tokenized = Some(spot.run);
            }
            let sentence = context::sentence_around(run, tokens, spot.first);
            entity.summary = Some(
                [
                    "An abbreviation the article does not spell out. First used in: \u{201C}",
                    &sentence,
                    "\u{201D}",
                ]
                .concat(),
            );
            entity.source = Source::Article {
                run: spot.run,
                sentence,
            };
        }
    }
}
