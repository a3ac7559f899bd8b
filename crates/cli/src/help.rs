//! What `gloss --help` and each command's `--help` print, on stdout: the commands, their
//! arguments and options, and the exit statuses, as `cargo`, `rg` and `fd` print theirs.

/// The exit statuses, the same for every command.
pub const SUCCESS: i32 = 0;
/// The input has problems: `check` found some, or an article or glossary does not read.
pub const PROBLEMS: i32 = 1;
/// A usage error, or a file that cannot be read or written.
pub const USAGE: i32 = 2;

const EXIT_STATUS: &str = "Exit status:
  0  success
  1  the input has problems: check found some, or an article or glossary does not read
     (glossary build still writes the glossary, without the articles it could not read
     and the slices two articles would share)
  2  a usage error, or a file that cannot be read or written

Problems are reported as FILE:LINE:COLUMN: PATH: MESSAGE, where PATH is the JSON path
(body[3].spans[0].text) and LINE and COLUMN count from 1, columns in UTF-16 code units as
browsers count them.";

const FINDERS: &str =
    "      --glossary <FILE>  A site glossary: an entity array or {\"entities\": [...]}; repeatable
      --no-auto          Only glossary names: every automatic finder off
      --no-acronyms      No acronyms (\"Long Form (LF)\", and acronyms used alone)
      --no-names         No proper names found from capitals and cues
      --no-people        No one-word references to people named earlier
      --no-context       No summaries taken from the article";

/// A command's help: its name (as `gloss help` takes it), its usage line, and the text.
pub struct Help {
    pub command: &'static str,
    pub usage: &'static str,
    about: &'static str,
    /// "Arguments", or "Commands" for gloss itself.
    heading: &'static str,
    arguments: &'static str,
    options: &'static str,
}

impl Help {
    /// The whole help text, ending in a line break.
    pub fn text(&self) -> String {
        let mut text = [self.about, "\n\nUsage: ", self.usage, "\n\n"].concat();
        text.push_str(self.heading);
        text.push_str(":\n");
        text.push_str(self.arguments);
        text.push_str("\n\n");
        text.push_str("Options:\n");
        text.push_str(self.options);
        if !self.options.is_empty() {
            text.push('\n');
        }
        text.push_str("  -h, --help             Print this help\n\n");
        text.push_str(EXIT_STATUS);
        text.push('\n');
        text
    }

    /// The lines a usage error ends with: the usage, and where to read more.
    pub fn hint(&self) -> String {
        let command = if self.command.is_empty() {
            String::from("gloss --help")
        } else {
            ["gloss ", self.command, " --help"].concat()
        };
        [
            "\n\nUsage: ",
            self.usage,
            "\n\nFor more information, try '",
            &command,
            "'.",
        ]
        .concat()
    }

    /// The help for `command` ("check", "glossary build"; "" for gloss itself).
    pub fn of(command: &str) -> Option<&'static Help> {
        [
            &MAIN,
            &ANNOTATE,
            &CHECK,
            &RENDER,
            &GLOSSARY_BUILD,
            &GLOSSARY_ARTICLE,
        ]
        .into_iter()
        .find(|help| help.command == command)
    }
}

/// `gloss --version`.
pub fn version() -> String {
    ["gloss ", env!("CARGO_PKG_VERSION"), "\n"].concat()
}

pub const MAIN: Help = Help {
    command: "",
    usage: "gloss <COMMAND> [OPTIONS]",
    about: "gloss: the names in an article, with context cards: the command line",
    heading: "Commands",
    arguments: "  annotate        Print an article's entity table and every mention as JSON
  check           List an article's problems, unused glossary entries and undefined acronyms
  render          Write an article's reading view as static HTML the loader can bring to life
  glossary build  Build a site glossary from an archive of articles
  glossary article
                  Write an article's complete glossary, for a page with no finders
  help            Print this help, or a command's (gloss help check)",
    options: "  -V, --version          Print the version",
};

pub const ANNOTATE: Help = Help {
    command: "annotate",
    usage: "gloss annotate [OPTIONS] <ARTICLE>",
    about: "Print an article's entity table and every mention as JSON: each mention's block and its
start and end in Unicode scalar values; the title, subtitle, caption, disclaimer and bio
mentions under keys of their own; an entity with no summary, or an abbreviation the
article never spells out, has the passage its card quotes.",
    heading: "Arguments",
    arguments: "  <ARTICLE>  An article in format v1 or schema.org JSON-LD",
    options: FINDERS,
};

pub const CHECK: Help = Help {
    command: "check",
    usage: "gloss check [OPTIONS] <ARTICLE>",
    about: "Check an article: every problem with its place, then the glossary entries it never
mentions and the acronyms it uses without a definition (notes, not problems). The report
goes to stdout.",
    heading: "Arguments",
    arguments: "  <ARTICLE>  An article in format v1 or schema.org JSON-LD",
    options: "      --glossary <FILE>  A site glossary to check with the article; repeatable",
};

pub const RENDER: Help = Help {
    command: "render",
    usage: "gloss render [OPTIONS] <ARTICLE> > article.html",
    about: "Write an article's reading view as static HTML: readable without JavaScript (names are
plain marked text, dates are written in the article's language, and the names with what
each card says are listed at the end), and carrying the entity table in a
<script type=\"application/json\" data-gloss-entities>, so that the loader's data-enhance
(or Gloss.enhance) makes the cards live without annotating again.",
    heading: "Arguments",
    arguments: "  <ARTICLE>  An article in format v1 or schema.org JSON-LD",
    options: FINDERS,
};

pub const GLOSSARY_BUILD: Help = Help {
    command: "glossary build",
    usage: "gloss glossary build [OPTIONS] <ARTICLES>...",
    about: "Build a site glossary from an archive: every article is annotated and what each says of
a name is merged into one entry per entity, with the best definition found anywhere.",
    heading: "Arguments",
    arguments: "  <ARTICLES>...  Files (format v1 or schema.org JSON-LD), directories (searched for
                 *.json and *.jsonld, and *.jsonl and *.ndjson as JSON Lines), JSON Lines
                 files, or - for JSON Lines on stdin",
    options: "  -o, --output <FILE>    Write the glossary here (default: stdout)
      --update <FILE>    Merge into this glossary: its ids and fields are kept and its counts
                         added to (give it only articles it has not seen)
      --per-article <DIR>
                         Write each article's slice of the glossary: a file's under its path
                         in the directory given, a JSON Lines record's under its url's path,
                         else FILE-LINE
      --overrides <FILE> Editors' corrections, applied last: entries found by \"id\" or by a
                         name in \"match\", each \"suppress\": true or the fields to set
      --threads <N>      Worker threads (default: every core)
  -q, --quiet            No progress lines on stderr",
};

pub const GLOSSARY_ARTICLE: Help = Help {
    command: "glossary article",
    usage: "gloss glossary article [OPTIONS] <ARTICLE>",
    about:
        "Write an article's complete glossary: every name the full engine marks in it, with every
form the article writes it in and what its card says, as {\"complete\": true, \"entities\":
[...]}. A page given it shows the same names and cards with no finders (auto: false, or
the lean build): see docs/publishing.md. For a page the server renders and gloss
enhances in place, give the page and --select with its data-enhance selector: the page's
text is read as the loader reads it, with its JSON-LD.",
    heading: "Arguments",
    arguments: "  <ARTICLE>  The article (format v1 or schema.org JSON-LD), or an HTML page (by its
             .html or .htm name, or its first character, <) with --select",
    options: "  -o, --output <FILE>    Write the glossary here (default: stdout)
      --article <FILE>   Write the article here in format v1, which the lean widget
                         build reads: a schema.org article becomes one, one in format
                         v1 is written as it is
      --select <SELECTOR>
                         The page's article: the CSS selector its data-enhance (or
                         Gloss.enhance) is given; containers in more than one <article>
                         are more than one article, an error
      --glossary <FILE>  A site glossary the article's names are matched against; repeatable",
};
