package org.clinicverify.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;
import org.clinicverify.extract.ExtractedPage;

/**
 * Judges how legitimate a site (or a single page) looks: category, seller flag, trust score, and
 * every signal that fired with its evidence. Deterministic: the same pages and rules give the same
 * verdict. Rules and weights come from the rules file ({@link RuleBook}); the decision is explained
 * in {@link VerdictDecider}.
 */
@Singleton
public final class Scorer {

    private final RuleBook book;
    private final RemsDirectory rems;
    private final PageAnalyzer analyzer;
    private final VerdictDecider decider;

    public Scorer(RuleBook book, RemsDirectory rems) {
        this.book = book;
        this.rems = rems;
        this.analyzer = new PageAnalyzer(book);
        this.decider = new VerdictDecider(book);
    }

    /** The rules version, as reported in every verdict. */
    public String version() {
        return book.scorerVersion();
    }

    /** A verdict for a whole site from all its pages (order does not matter for the category). */
    public Verdict scoreSite(String host, List<ExtractedPage> pages) {
        List<PageFindings> findings = new ArrayList<>();
        for (ExtractedPage page : pages) {
            findings.add(analyzer.analyse(page));
        }
        return decide(findings);
    }

    /** A verdict for one page on its own. */
    public Verdict assessPage(ExtractedPage page) {
        return decide(List.of(analyzer.analyse(page)));
    }

    Verdict decide(List<PageFindings> pages) {
        SiteFindings site = site(pages);
        TextModelSettings model = book.textModel();
        TextModel.Opinion opinion = model == null ? null
                : model.model().opinion(TextModel.union(pages.stream().map(PageFindings::modelFeatures).toList()));
        return decider.decide(site, opinion, pages.isEmpty() ? "" : pages.get(0).url());
    }

    /** What the rules alone decide on these pages, and on what. */
    TextModelJudge.Rules grounds(List<PageFindings> pages) {
        return decider.grounds(site(pages));
    }

    private SiteFindings site(List<PageFindings> pages) {
        SiteFindings site = new SiteFindings();
        pages.forEach(site::add);
        remsMatch(pages).ifPresentOrElse(match -> {
            site.add("rems-registry-match", new Evidence(Snippets.clip("Registry " + match.entry().certificationId()
                    + " (certified " + match.entry().certificationDate() + "): " + match.entry().name() + ", "
                    + match.entry().street() + ", " + match.entry().city() + ", " + match.entry().state() + " "
                    + match.entry().zip() + "; matched " + String.join(", ", match.fields())), remsUrl(site, pages)));
            site.remove("rems-claim-unverified");
        }, () -> { });
        consistentNap(pages).ifPresent(e -> site.add("consistent-nap", e));
        if (!site.has("us-street-address") && !site.has("named-prescriber") && !pages.isEmpty()) {
            site.add("no-address-no-clinician", new Evidence("No US street address and no named clinician on "
                    + (pages.size() == 1 ? "the page" : "any of the " + pages.size() + " pages"), pages.get(0).url()));
        }
        return site;
    }

    private Optional<RemsIndex.Match> remsMatch(List<PageFindings> pages) {
        RemsIndex index = rems.index();
        if (index.size() == 0) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> zips = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (PageFindings p : pages) {
            names.addAll(p.names());
            phones.addAll(p.phones());
            zips.addAll(p.postalCodes());
            text.append(p.text()).append(" | ");
        }
        return index.match(names, text.toString(), phones, zips);
    }

    private static String remsUrl(SiteFindings site, List<PageFindings> pages) {
        List<Evidence> claim = site.fired.get("rems-claim-unverified");
        return claim != null ? claim.get(0).url() : pages.get(0).url();
    }

    /** The same phone and ZIP on at least two pages, and no page contradicting with only other phones. */
    private static Optional<Evidence> consistentNap(List<PageFindings> pages) {
        if (pages.size() < 2) {
            return Optional.empty();
        }
        Map<String, Integer> phoneCounts = new HashMap<>();
        Map<String, Integer> zipCounts = new HashMap<>();
        for (PageFindings p : pages) {
            p.phones().forEach(ph -> phoneCounts.merge(ph, 1, Integer::sum));
            p.postalCodes().forEach(z -> zipCounts.merge(z, 1, Integer::sum));
        }
        Optional<Map.Entry<String, Integer>> phone = best(phoneCounts);
        Optional<Map.Entry<String, Integer>> zip = best(zipCounts);
        if (phone.isEmpty() || zip.isEmpty() || phone.get().getValue() < 2 || zip.get().getValue() < 2) {
            return Optional.empty();
        }
        String d = phone.get().getKey();
        return Optional.of(new Evidence("Phone (" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6)
                + " on " + phone.get().getValue() + " pages and ZIP " + zip.get().getKey() + " on " + zip.get().getValue()
                + " of " + pages.size() + " pages", pages.get(0).url()));
    }

    private static Optional<Map.Entry<String, Integer>> best(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())));
    }
}
