//! Numbers as written: digits with German or English separators and number
//! words.
