//! Leftmost-longest matching of names against tokens, with gloss's case rules.
//!
//! Patterns are token sequences stored in a trie keyed by folded-token hashes, so a
//! text token costs one hash look-up and word boundaries come for free: a pattern can
//! only start and end where tokens do. See DESIGN.md for why this beats a byte-level
//! automaton here.

use super::text::{fold_char, hash_folded, tokenize, Case, Token, TokenKind};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// One name to look for, tokenized.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub entity: usize,
    tokens: Vec<PatternToken>,
    /// The last word may take a plural ending: "red notice" finds "red notices".
    plural: bool,
}

#[derive(Debug, Clone)]
struct PatternToken {
    case: Case,
    /// The token folded, to confirm a match the hashes found.
    folded: String,
    /// The token with apostrophes and dashes folded but case kept, for mixed-case words.
    shape: String,
}

/// A match: tokens `first..=last` of a run are a mention of `entity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenMatch {
    pub first: usize,
    pub last: usize,
    pub entity: usize,
}

#[derive(Default)]
struct Node {
    children: HashMap<u64, u32, BuildHasherDefault<IdentityHasher>>,
    /// Patterns that end here, best first.
    ends: Vec<u32>,
    /// Patterns that end here and accept a plural last word.
    plural_ends: bool,
    /// Some child has `plural_ends`, so a word that fails to match here may be a plural.
    plural_children: bool,
}

/// Keys are already hashes, so hashing them again would only cost time.
#[derive(Default)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A set of patterns, ready to match.
#[derive(Default)]
pub struct Matcher {
    nodes: Vec<Node>,
    patterns: Vec<Pattern>,
}

impl Matcher {
    pub fn new() -> Matcher {
        Matcher {
            nodes: vec![Node::default()],
            patterns: Vec::new(),
        }
    }

    /// Adds `name` as a way to mention `entity`. Earlier patterns win ties, so add the
    /// most trusted source first. Returns false if the name has no tokens.
    pub fn add(&mut self, name: &str, entity: usize, plural: bool) -> bool {
        let tokens = tokenize(name);
        if tokens.is_empty() || !tokens.iter().any(|t| t.kind != TokenKind::Punct) {
            return false;
        }
        let id = self.patterns.len() as u32;
        let mut node = 0usize;
        let plural = plural && tokens.last().is_some_and(|t| t.kind == TokenKind::Word);
        let mut parent = 0usize;
        for token in &tokens {
            parent = node;
            let next = self.nodes.len() as u32;
            let child = *self.nodes[node].children.entry(token.hash).or_insert(next);
            if child == next {
                self.nodes.push(Node::default());
            }
            node = child as usize;
        }
        self.nodes[node].ends.push(id);
        self.nodes[node].plural_ends |= plural;
        self.nodes[parent].plural_children |= plural;
        self.patterns.push(Pattern {
            entity,
            tokens: tokens
                .iter()
                .map(|t| PatternToken {
                    case: t.case,
                    folded: t.text(name).chars().map(fold_char).collect(),
                    shape: t.text(name).chars().map(fold_keep_case).collect(),
                })
                .collect(),
            plural,
        });
        true
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// All leftmost-longest matches in a run, in order, never overlapping.
    pub fn find(&self, run: &str, tokens: &[Token], title_case: bool) -> Vec<TokenMatch> {
        let mut found = Vec::new();
        if self.patterns.is_empty() {
            return found;
        }
        let mut start = 0;
        while start < tokens.len() {
            match self.longest_at(run, tokens, start, title_case) {
                Some(m) => {
                    found.push(m);
                    start = m.last + 1;
                }
                None => start += 1,
            }
        }
        found
    }

    fn longest_at(
        &self,
        run: &str,
        tokens: &[Token],
        start: usize,
        title_case: bool,
    ) -> Option<TokenMatch> {
        let mut best = None;
        let mut node = &self.nodes[0];
        for at in start..tokens.len() {
            let token = &tokens[at];
            if let Some(&child) = node.children.get(&token.hash) {
                let child = &self.nodes[child as usize];
                if let Some(entity) =
                    self.first_accepted(&child.ends, run, tokens, start, title_case, false)
                {
                    best = Some(TokenMatch {
                        first: start,
                        last: at,
                        entity,
                    });
                }
                // A plural never continues a pattern, so try it only when the exact
                // word leads nowhere longer.
                if child.children.is_empty() {
                    return best;
                }
                node = child;
                continue;
            }
            if node.plural_children
                && token.kind == TokenKind::Word
                && token.text(run).ends_with(['s', 'S'])
            {
                if let Some(entity) = self.plural_match(node, run, tokens, start, at, title_case) {
                    best = Some(TokenMatch {
                        first: start,
                        last: at,
                        entity,
                    });
                }
            }
            break;
        }
        best
    }

    /// Tries `tokens[at]` as the plural of the last word of a pattern continuing from `node`.
    fn plural_match(
        &self,
        node: &Node,
        run: &str,
        tokens: &[Token],
        start: usize,
        at: usize,
        title_case: bool,
    ) -> Option<usize> {
        let word: String = tokens[at].text(run).chars().map(fold_char).collect();
        let stems = [
            word.strip_suffix("ies").map(|s| format!("{s}y")),
            word.strip_suffix("es").map(str::to_owned),
            word.strip_suffix('s').map(str::to_owned),
        ];
        for stem in stems.into_iter().flatten() {
            if let Some(&child) = node.children.get(&hash_folded(&stem)) {
                let child = &self.nodes[child as usize];
                if child.plural_ends {
                    if let Some(entity) =
                        self.first_accepted(&child.ends, run, tokens, start, title_case, true)
                    {
                        return Some(entity);
                    }
                }
            }
        }
        None
    }

    fn first_accepted(
        &self,
        ends: &[u32],
        run: &str,
        tokens: &[Token],
        start: usize,
        title_case: bool,
        plural: bool,
    ) -> Option<usize> {
        ends.iter()
            .map(|&id| &self.patterns[id as usize])
            .find(|p| {
                (!plural || p.plural)
                    && case_fits(p, run, &tokens[start..start + p.tokens.len()], title_case)
            })
            .map(|p| p.entity)
    }
}

/// Whether `tokens` are the pattern's words, with the case rules, one token at a time
/// (DESIGN.md has the reasoning):
/// - an all-capitals pattern word ("IPAC") matches only capitals;
/// - a capitalised or mixed-case word matches itself, or the word in all capitals;
/// - a lower-case word matches itself, in all capitals, or capitalised where a sentence
///   starts, in a title-case run, or after a capitalised word of the same match.
fn case_fits(pattern: &Pattern, run: &str, tokens: &[Token], title_case: bool) -> bool {
    let last = pattern.tokens.len() - 1;
    pattern
        .tokens
        .iter()
        .zip(tokens)
        .enumerate()
        .all(|(index, (want, got))| {
            let plural = pattern.plural && index == last;
            same_word(want, got.text(run), plural)
                && match want.case {
                    Case::Uncased => true,
                    Case::AllCaps => got.case == Case::AllCaps,
                    _ if got.case == Case::AllCaps => true,
                    Case::Capitalized => got.case == Case::Capitalized,
                    Case::Mixed => {
                        got.case == Case::Mixed
                            && got
                                .text(run)
                                .chars()
                                .map(fold_keep_case)
                                .eq(want.shape.chars())
                    }
                    Case::Lower => match got.case {
                        Case::Lower => true,
                        Case::Capitalized => {
                            title_case
                                || (index == 0 && got.sentence_start)
                                || (index > 0 && tokens[index - 1].first_upper)
                        }
                        _ => false,
                    },
                }
        })
}

/// Whether a text token is the pattern's word, folded. The trie's hashes said so, and
/// they can collide, so this makes sure. A plural last word may carry an ending the
/// pattern lacks: "-s", "-es", or "-ies" for a final "-y".
fn same_word(want: &PatternToken, got: &str, plural: bool) -> bool {
    let mut want = want.folded.chars();
    let mut got = got.chars().map(fold_char);
    loop {
        match (want.next(), got.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == b => {}
            (None, Some('s')) => return plural && got.next().is_none(),
            (None, Some('e')) => return plural && got.next() == Some('s') && got.next().is_none(),
            (Some('y'), Some('i')) => {
                return plural && want.next().is_none() && got.eq("es".chars());
            }
            _ => return false,
        }
    }
}

/// Folds apostrophes and dashes like [`fold_char`] but keeps the letter case.
fn fold_keep_case(c: char) -> char {
    if c.is_alphabetic() {
        c
    } else {
        fold_char(c)
    }
}
