//! Speakers: who a quotation is given to, from the cue next to it, roles
//! resolved to the names the same source gives them.
