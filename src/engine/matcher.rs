//! Leftmost-longest matching of names against tokens, with gloss's case rules.
//!
//! Patterns are token sequences stored in a trie keyed by folded-token hashes, so a
//! text token costs one hash look-up and word boundaries come for free: a pattern can
//! only start and end where tokens do. See DESIGN.md for why this beats a byte-level
//! automaton here.

use super::text::{fold_char, hash_folded, tokenize_into, Case, Token, TokenKind};
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
    /// Where the token, folded, sits in `Matcher::folded`: to confirm a match the hashes
    /// found.
    folded: (u32, u32),
    /// The token with apostrophes and dashes folded but case kept, for mixed-case words.
    /// The token with case kept, for mixed-case words only ("McDonald"), whose exact
    /// shape must match.
    shape: Option<String>,
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
    /// No pattern continues past this node.
    has_children: bool,
    /// Patterns that end here, best first.
    ends: Vec<u32>,
    /// Patterns that end here and accept a plural last word.
    plural_ends: bool,
    /// Some child has `plural_ends`, so a word that fails to match here may be a plural.
    plural_children: bool,
}

/// Edge keys are a node number and a token hash that is already well mixed, so a rotate
/// and an exclusive or make the table's hash: hashing again would only cost time.
#[derive(Default)]
struct EdgeHasher(u64);

impl Hasher for EdgeHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = self.0.rotate_left(29) ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 ^= n;
    }
}

/// The trie's edges, all in one table: (node, token hash) to child node.
type Edges = HashMap<(u32, u32), u32, BuildHasherDefault<EdgeHasher>>;

/// A set of patterns, ready to match.
#[derive(Default)]
pub struct Matcher {
    nodes: Vec<Node>,
    edges: Edges,
    patterns: Vec<Pattern>,
    /// Every pattern token, folded, end to end: one allocation instead of one per token.
    folded: String,
    /// A reused buffer for tokenizing patterns.
    scratch: Vec<Token>,
    /// A bit per bucket of first-word hashes: most words of a text start no pattern, and
    /// this says so without a table look-up.
    first_words: Vec<u64>,
}

/// The bit of `first_words` for a token hash.
fn first_word_bit(hash: u32) -> (usize, u64) {
    let bucket = (hash >> 16) as usize;
    (bucket >> 6, 1 << (bucket & 63))
}

impl Matcher {
    pub fn new() -> Matcher {
        Matcher::with_capacity(0)
    }

    /// A matcher with room for about `names` patterns, so that building a large one does
    /// not grow and copy its tables over and over.
    pub fn with_capacity(names: usize) -> Matcher {
        let mut nodes = Vec::with_capacity(1 + names * 2);
        nodes.push(Node::default());
        let mut edges = Edges::default();
        edges.reserve(names * 2);
        Matcher {
            nodes,
            edges,
            patterns: Vec::with_capacity(names),
            folded: String::with_capacity(names * 12),
            scratch: Vec::new(),
            first_words: vec![0; 1024],
        }
    }

    /// Adds `name` as a way to mention `entity`. Earlier patterns win ties, so add the
    /// most trusted source first. Returns false if the name has no tokens.
    pub fn add(&mut self, name: &str, entity: usize, plural: bool) -> bool {
        let mut tokens = std::mem::take(&mut self.scratch);
        tokenize_into(name, &mut tokens);
        let added = self.add_tokens(name, &tokens, entity, plural);
        self.scratch = tokens;
        added
    }

    fn add_tokens(&mut self, name: &str, tokens: &[Token], entity: usize, plural: bool) -> bool {
        if tokens.is_empty() || !tokens.iter().any(|t| t.kind != TokenKind::Punct) {
            return false;
        }
        let id = self.patterns.len() as u32;
        let (word, bit) = first_word_bit(tokens[0].hash);
        self.first_words[word] |= bit;
        let mut node = 0usize;
        let plural = plural && tokens.last().is_some_and(|t| t.kind == TokenKind::Word);
        let mut parent = 0usize;
        for token in tokens {
            parent = node;
            let next = self.nodes.len() as u32;
            self.nodes[node].has_children = true;
            let child = *self.edges.entry((node as u32, token.hash)).or_insert(next);
            if child == next {
                self.nodes.push(Node::default());
            }
            node = child as usize;
        }
        self.nodes[node].ends.push(id);
        self.nodes[node].plural_ends |= plural;
        self.nodes[parent].plural_children |= plural;
        let mut pattern_tokens = Vec::with_capacity(tokens.len());
        for t in tokens {
            let start = self.folded.len() as u32;
            self.folded.extend(t.text(name).chars().map(fold_char));
            pattern_tokens.push(PatternToken {
                case: t.case,
                folded: (start, self.folded.len() as u32 - start),
                shape: (t.case == Case::Mixed)
                    .then(|| t.text(name).chars().map(fold_keep_case).collect()),
            });
        }
        self.patterns.push(Pattern {
            entity,
            tokens: pattern_tokens,
            plural,
        });
        true
    }

    /// All leftmost-longest matches in a run, in order, never overlapping.
    pub fn find(&self, run: &str, tokens: &[Token], title_case: bool) -> Vec<TokenMatch> {
        let mut found = Vec::new();
        if self.patterns.is_empty() {
            return found;
        }
        let plural_at_root = self.nodes[0].plural_children;
        let mut start = 0;
        while start < tokens.len() {
            let (word, bit) = first_word_bit(tokens[start].hash);
            if self.first_words[word] & bit == 0 && !plural_at_root {
                start += 1;
                continue;
            }
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
        let mut node_id = 0u32;
        for at in start..tokens.len() {
            let token = &tokens[at];
            let node = &self.nodes[node_id as usize];
            if let Some(&child_id) = self.edges.get(&(node_id, token.hash)) {
                let child = &self.nodes[child_id as usize];
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
                if !child.has_children {
                    return best;
                }
                node_id = child_id;
                continue;
            }
            if node.plural_children
                && token.kind == TokenKind::Word
                && token.text(run).ends_with(['s', 'S'])
            {
                if let Some(entity) = self.plural_match(node_id, run, tokens, start, at, title_case)
                {
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
        node: u32,
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
            if let Some(&child) = self.edges.get(&(node, hash_folded(&stem))) {
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
                    && case_fits(
                        &self.folded,
                        p,
                        run,
                        &tokens[start..start + p.tokens.len()],
                        title_case,
                    )
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
fn case_fits(
    folded: &str,
    pattern: &Pattern,
    run: &str,
    tokens: &[Token],
    title_case: bool,
) -> bool {
    let last = pattern.tokens.len() - 1;
    pattern
        .tokens
        .iter()
        .zip(tokens)
        .enumerate()
        .all(|(index, (want, got))| {
            let plural = pattern.plural && index == last;
            same_word(folded_text(folded, want), got.text(run), plural)
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
                                .eq(want.shape.iter().flat_map(|shape| shape.chars()))
                    }
                    Case::Lower => match got.case {
                        Case::Lower => true,
                        Case::Capitalized => {
                            title_case
                                || (index == 0 && got.sentence_start())
                                || (index > 0 && tokens[index - 1].first_upper())
                        }
                        _ => false,
                    },
                }
        })
}

/// A pattern token's folded text.
fn folded_text<'a>(folded: &'a str, token: &PatternToken) -> &'a str {
    let (start, length) = token.folded;
    &folded[start as usize..(start + length) as usize]
}

/// Whether a text token is the pattern's word, folded. The trie's hashes said so, and
/// they can collide, so this makes sure. A plural last word may carry an ending the
/// pattern lacks: "-s", "-es", or "-ies" for a final "-y".
fn same_word(want: &str, got: &str, plural: bool) -> bool {
    let mut want = want.chars();
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
