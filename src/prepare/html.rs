//! Saved web pages, a loader of the first stage: the article text is taken
//! out of the page by a readability port (`dom_smoothie`), with the title
//! as its first line, and the page's publication date from its metadata
//! (`article:published_time`, JSON-LD `datePublished`) becomes the
//! dateline. Offsets count in the text taken out.

use dom_smoothie::{Config, Readability, TextMode};

use crate::error::{Error, Result};
use crate::prepare::meta::SourceMeta;

/// The article text of a saved page read from `path`, and what the page
/// says of it.
pub fn read(path: &str, bytes: &[u8]) -> Result<(String, SourceMeta)> {
    let fail = |message: String| Error::Article { path: path.into(), message };
    let html = String::from_utf8_lossy(bytes);
    let cfg = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let mut page =
        Readability::new(html.as_ref(), None, Some(cfg)).map_err(|e| fail(format!("not a web page: {e}")))?;
    let article = page.parse().map_err(|e| fail(format!("no article text found in the page: {e}")))?;
    let body = tidy(&article.text_content);
    let title = article.title.trim();
    // readability often keeps the headline inside the body as well
    let text = if title.is_empty() || body.starts_with(title) { body } else { format!("{title}\n\n{body}") };
    let meta = SourceMeta {
        name: article.site_name.filter(|s| !s.trim().is_empty()),
        published: article.published_time.as_deref().and_then(|t| crate::settings::parse_reference_time(t).ok()),
        lang: article.lang.as_deref().and_then(|l| crate::lang::Lang::parse(l.get(..2).unwrap_or(l))),
    };
    Ok((text, meta))
}

/// The text with each paragraph on a line of its own and blank lines
/// between paragraphs, as a text file would have it.
fn tidy(text: &str) -> String {
    let paragraphs: Vec<String> = text
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    paragraphs.join("\n\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_title_and_date_come_out_of_the_page() {
        let page = r#"<html lang="de"><head><title>Brücke gesperrt</title>
            <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
            <meta property="og:site_name" content="Tagesblatt"></head>
            <body><nav><a href="/">Start</a> <a href="/x">Politik</a></nav>
            <article><h1>Brücke gesperrt</h1>
            <p>Die 120 Meter lange Brücke über den Fluss wurde am Montag gesperrt, wie die Stadt mitteilte. Der Verkehr wird über eine Umleitung von rund 15 Kilometern geführt.</p>
            <p>„Wir prüfen die Schäden so schnell wie möglich“, sagte die Bürgermeisterin Anna Berger am Dienstag vor Journalisten im Rathaus der Stadt.</p>
            </article><footer>Impressum · Datenschutz</footer></body></html>"#;
        let (text, meta) = read("p.html", page.as_bytes()).unwrap();
        assert!(text.starts_with("Brücke gesperrt\n\n"), "{text:?}");
        assert!(text.contains("Die 120 Meter lange Brücke"));
        assert!(!text.contains("Impressum"), "{text:?}");
        assert_eq!(meta.published.unwrap().to_string(), "2024-03-05T09:30:00");
        assert_eq!(meta.name.as_deref(), Some("Tagesblatt"));
    }
}
