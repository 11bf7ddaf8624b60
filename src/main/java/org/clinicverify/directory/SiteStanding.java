package org.clinicverify.directory;

/**
 * How the directory shows a scored site.
 *
 * @param flagged     the effective seller flag: a moderator's standing decision, else the scorer's
 * @param underReview held out of clinic search until a moderator decides: the rules flagged the site
 *                    and the text model withdrew the flag, so neither a warning nor a listing would
 *                    be honest yet
 */
public record SiteStanding(boolean flagged, boolean underReview) {
}
