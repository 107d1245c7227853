//! Quotation marks: the spans between marks of every common style, the
//! outermost of nested quotations, and warnings for marks that never close.
//! Read by [`super::quote`]; [`super::speaker`] looks around the spans.

use std::ops::Range;

/// Quotations longer than this many bytes without a closing mark are taken
/// to be an unbalanced mark, not a quotation.
const MAX_QUOTE: usize = 3000;

/// A span between quotation marks in the decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    /// From the opening mark to past the closing mark.
    pub outer: Range<usize>,
    /// The words between the marks.
    pub inner: Range<usize>,
}

/// A warning about a quotation mark that was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unbalanced {
    pub offset: usize,
    pub mark: char,
}

/// How a mark may be used at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// The closing marks that end a quotation opened by `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '„' => &['“', '"', '”'],
        '‚' => &['‘', '\'', '’'],
        '»' => &['«'],
        '«' => &['»'],
        '"' => &['"', '”', '“'],
        '“' => &['”', '"'],
        '‘' => &['’', '\''],
        '\'' => &['\'', '’'],
        _ => &[],
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '„' | '“' | '”' | '"' | '‚' | '‘' | '’' | '\'' | '»' | '«')
}

/// Whether a single-quote character at `i` can open or close a quotation,
/// rather than be an apostrophe (`geht's`, `Putin's`, `'90s`).
fn single_role(before: Option<char>, after: Option<char>) -> Option<Role> {
    let space_before = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '„' | '“' | '-'));
    let space_after = after.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || matches!(c, '“' | '”'));
    match (space_before, space_after) {
        (true, false) if after.is_some_and(char::is_alphanumeric) => Some(Role::Open),
        (false, true) => Some(Role::Close),
        _ => None,
    }
}

/// The quotation spans in `block`, outermost only; nested quotations stay
/// inside the outer one. Marks that never close are reported and skipped.
pub fn spans(text: &str, block: Range<usize>) -> (Vec<Span>, Vec<Unbalanced>) {
    // one character of look-behind and look-ahead: memory stays small for
    // a block of any length
    let mut chars = text[block.clone()].char_indices().map(|(i, c)| (block.start + i, c)).peekable();
    let mut before: Option<char> = None;
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    let mut stack: Vec<(usize, char)> = Vec::new(); // (offset, mark)
    while let Some((pos, c)) = chars.next() {
        let after = chars.peek().map(|p| p.1);
        let prev = before.replace(c);
        if !is_mark(c) {
            continue;
        }
        let role = match c {
            '\'' | '‘' | '’' => single_role(prev, after),
            '„' | '‚' => Some(Role::Open),
            _ => Some(Role::Either),
        };
        let Some(role) = role else { continue };
        let closes_top = stack.last().is_some_and(|&(_, open)| closers(open).contains(&c));
        if closes_top && role != Role::Open {
            let (open_pos, open) = stack.pop().expect("stack has a top");
            if stack.is_empty() {
                let inner = open_pos + open.len_utf8()..pos;
                if !text[inner.clone()].trim().is_empty() {
                    out.push(Span { outer: open_pos..pos + c.len_utf8(), inner: trim(text, inner) });
                }
            }
        } else if role != Role::Close && !closers(c).is_empty() {
            // a quotation opened far back that never closed is a stray mark
            if let Some(&(open_pos, open)) = stack.first()
                && pos - open_pos > MAX_QUOTE
            {
                warnings.push(Unbalanced { offset: open_pos, mark: open });
                stack.clear();
            }
            if stack.is_empty() && c == '”' {
                // a closing-only mark with nothing open: stray
                warnings.push(Unbalanced { offset: pos, mark: c });
            } else {
                stack.push((pos, c));
            }
        }
    }
    if let Some(&(offset, mark)) = stack.first() {
        warnings.push(Unbalanced { offset, mark });
    }
    (out, warnings)
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    r.start + lead..r.end - trail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        spans(text, 0..text.len()).0.into_iter().map(|s| &text[s.inner]).collect()
    }

    #[test]
    fn every_mark_style() {
        assert_eq!(
            quoted("„Eins“ und \"Zwei\" und “Drei” und »Vier« und «Fünf» und ‚Sechs‘"),
            vec!["Eins", "Zwei", "Drei", "Vier", "Fünf", "Sechs"]
        );
    }

    #[test]
    fn german_opening_closed_by_ascii() {
        assert_eq!(quoted("Er sagte „Wir kommen\", dann ging er."), vec!["Wir kommen"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let text = "\"Ich würde es als 'um Hilfe betteln' bezeichnen\", sagte Miller.";
        assert_eq!(quoted(text), vec!["Ich würde es als 'um Hilfe betteln' bezeichnen"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quoted("Das geht's nicht, sagte Putin's Sprecher."), Vec::<&str>::new());
    }

    #[test]
    fn an_unbalanced_mark_is_a_warning_not_a_swallow() {
        let text = "Er sagte „Wir kommen. Dann ging er und kam nie wieder zurück. Es regnete.";
        let (spans, warnings) = spans(text, 0..text.len());
        assert_eq!(warnings, vec![Unbalanced { offset: 9, mark: '„' }]);
        assert!(spans.is_empty());
    }
}
