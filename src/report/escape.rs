//! Reporting, the last stage: escaping source text for the formats that
//! embed it — the terminal (control and bidirectional characters), Markdown
//! (text and table cells), GitHub workflow commands (data and properties)
//! and SARIF artifact URIs. HTML is escaped by the template engine.

use std::borrow::Cow;

/// Characters a source may hold that would act on a terminal or reorder
/// what is shown instead of being shown: control characters (C0, DEL, C1)
/// and the bidirectional marks, embeddings, overrides and isolates.
fn acts_instead_of_showing(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text for a terminal: every such character as `\u{…}`, so that what an
/// editor reads is what the source holds, and a source cannot move the
/// cursor, recolour the screen or turn a line around.
pub fn terminal(text: &str) -> Cow<'_, str> {
    escape_acting(text, |_| false)
}

fn escape_acting(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| acts_instead_of_showing(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts_instead_of_showing(c) && !keep(c) {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Markdown text that renders as written: characters that start emphasis,
/// code, links or HTML are escaped, and `@` is kept from pinging a GitHub user.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            // A word joiner after `@` keeps `@name` from becoming a mention.
            '@' => out.push_str("@\u{2060}"),
            '\r' | '\n' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Text inside inline markup (`<del>…</del>`): escaped like [`markdown`],
/// with its outer spaces moved outside so that the markup hugs the words.
pub(crate) fn marked(text: &str, open: &str, close: &str) -> String {
    let core = text.trim();
    if core.is_empty() {
        return markdown(text);
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{}{open}{}{close}{}", markdown(lead), markdown(core), markdown(trail))
}

/// A code span that survives any content, also inside a table cell.
pub fn code(text: &str) -> String {
    let text = text.replace(['\r', '\n'], " ").replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    if longest == 0 { format!("{fence}{text}{fence}") } else { format!("{fence} {text} {fence}") }
}

/// The message of a GitHub workflow command (after `::`); line breaks are
/// kept as GitHub encodes them, other control and bidirectional characters
/// are shown as `\u{…}`.
pub(crate) fn workflow_data(text: &str) -> String {
    escape_acting(text, |c| c == '\r' || c == '\n').replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property value of a GitHub workflow command (`file=`, `title=`).
pub(crate) fn workflow_property(text: &str) -> String {
    workflow_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// A file path as a relative or `file://` URI reference, percent-encoded
/// where RFC 3986 asks for it.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_keeps_text_as_text() {
        assert_eq!(markdown("a|b <script> *x* @kim"), "a\\|b &lt;script&gt; \\*x\\* @\u{2060}kim");
        assert_eq!(markdown("zwei\nZeilen"), "zwei Zeilen");
    }

    #[test]
    fn marks_hug_the_words() {
        assert_eq!(marked(" Ich bin ", "<ins>", "</ins>"), " <ins>Ich bin</ins> ");
        assert_eq!(marked(" ", "<ins>", "</ins>"), " ");
    }

    #[test]
    fn code_spans_take_any_text() {
        assert_eq!(code("seeds/a.txt"), "`seeds/a.txt`");
        assert_eq!(code("a`b|c"), "`` a`b\\|c ``");
    }

    #[test]
    fn workflow_commands_escape_as_github_does() {
        assert_eq!(workflow_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(workflow_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn control_and_bidirectional_characters_are_shown_not_obeyed() {
        assert_eq!(terminal("Kim sagte \u{202E}gut\u{202C}"), "Kim sagte \\u{202E}gut\\u{202C}");
        assert_eq!(terminal("a\x1b[2Jb\u{7}\u{9B}"), "a\\u{1B}[2Jb\\u{7}\\u{9B}");
        assert!(matches!(terminal("Größe: 650 km"), Cow::Borrowed(_)));
        assert_eq!(workflow_data("a\u{2067}b\nc\x1b"), "a\\u{2067}b%0Ac\\u{1B}");
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("seeds/001 Bericht.txt"), "seeds/001%20Bericht.txt");
        assert_eq!(uri("/tmp/ä.txt"), "file:///tmp/%C3%A4.txt");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
    }
}
