//! Boilerplate: machine-translation disclaimers and the debris of scraped pages
//! (navigation, share buttons, comment forms, breadcrumbs, shortcodes, date stamps, scraps)
//! left in the text.

pub(crate) mod lines;

super::family! {
    breadcrumb => Breadcrumb,
    fragment_line => FragmentLine,
    metadata_line => MetadataLine,
    mt_disclaimer => MtDisclaimer,
    page_debris => PageDebris,
    reporter_signoff => ReporterSignoff,
    shortcode => Shortcode,
    web_ui_line => WebUiLine,
}

#[cfg(test)]
mod tests;
