package org.clinicverify.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accent folding and synonym expansion done in Java, because the server-core Elasticsearch here has
 * no asciifolding or synonym filter (analysis-common is absent). The same folding runs on documents
 * at index time and on query text at query time, so "Clínica" finds "clinica" and the reverse.
 *
 * <p>Synonyms are expanded at index time only: a document that mentions any phrase of a group gets
 * every phrase of that group appended to its search text. Because the groups are symmetrical, a query
 * for either side matches without rewriting the query.
 */
public final class TextFolding {

    /** Each group lists equivalent phrases, already folded. */
    static final List<List<String>> SYNONYM_GROUPS = List.of(
            List.of("spravato", "esketamine"),
            List.of("iv", "intravenous infusion", "iv infusion"),
            List.of("kap", "ketamine assisted psychotherapy"),
            List.of("trd", "treatment resistant depression"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    /** Lower case, accents removed, punctuation and hyphens turned into single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        withoutMarks = withoutMarks.replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('æ', 'a')
                .replace('ł', 'l').replace('Ł', 'l');
        return NON_WORD.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded text followed by every synonym phrase its groups imply (each once). */
    public static String foldAndExpand(String text) {
        String folded = fold(text);
        String padded = " " + folded + " ";
        Set<String> additions = new LinkedHashSet<>();
        for (List<String> group : SYNONYM_GROUPS) {
            boolean mentioned = group.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
            if (mentioned) {
                additions.addAll(group);
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(folded);
        parts.addAll(additions);
        return String.join(" ", parts).trim();
    }
}
