package org.clinicverify.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Guesses a page's language: the {@code <html lang>} (or {@code content-language} meta) primary
 * subtag when it is a plausible ISO 639-1 code, otherwise the language whose stop words occur most
 * often in the first {@link #SAMPLE_CHARS} characters of text; "und" when the text is too thin.
 */
final class LanguageGuesser {

    static final String UNDETERMINED = "und";
    static final int SAMPLE_CHARS = 20_000;
    private static final int MIN_HITS = 3;
    private static final Pattern CODE = Pattern.compile("[a-z]{2}");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    private final Map<String, Set<String>> stopWords = new HashMap<>();

    LanguageGuesser(Vocabulary vocabulary) {
        vocabulary.stopWords.forEach((lang, words) -> stopWords.put(lang, Set.copyOf(words)));
    }

    String guess(Document doc, String text) {
        String declared = declared(doc);
        return declared != null ? declared : fromText(text);
    }

    private static String declared(Document doc) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            var meta = doc.selectFirst("meta[http-equiv=content-language]");
            lang = meta == null ? "" : meta.attr("content");
        }
        String primary = lang.strip().toLowerCase(java.util.Locale.ROOT).split("[-_,;\\s]")[0];
        return CODE.matcher(primary).matches() ? primary : null;
    }

    String fromText(String text) {
        String sample = Keywords.fold(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        Map<String, Integer> hits = new HashMap<>();
        List<String> words = List.of(WORDS.split(sample));
        for (String word : words) {
            for (Map.Entry<String, Set<String>> e : stopWords.entrySet()) {
                if (e.getValue().contains(word)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        return hits.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_HITS)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(UNDETERMINED);
    }
}
