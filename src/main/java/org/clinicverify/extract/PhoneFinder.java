package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers via libphonenumber: {@code findNumbers} with US as the default region and VALID
 * leniency (so NPI numbers, years and prices are not taken for phones), formatted as E.164.
 */
final class PhoneFinder {

    static final String DEFAULT_REGION = "US";
    static final int MAX_PHONES = 50;

    /** A phone found in text, with where it was found. */
    record Found(String e164, int start, int end) {
    }

    private static final List<String> IDENTIFIER_LABELS = List.of(
            "npi", "dea", "license", "licence", "lic", "ein", "tin", "tax id", "id", "sku", "order", "invoice");
    private static final List<String> NUMBER_WORDS = List.of("number", "no", "num");
    static final java.util.regex.Pattern IDENTIFIER_LABEL = java.util.regex.Pattern.compile("\\b("
            + String.join("|", IDENTIFIER_LABELS) + ")\\b[^0-9a-z]{0,4}(" + String.join("|", NUMBER_WORDS) + "|#)?[^0-9a-z]{0,4}$");
    /**
     * The words {@link #IDENTIFIER_LABEL} can end with before its trailing punctuation: the last word
     * of a label, or a number word. Each follows a char outside [0-9a-z], so it is the whole last run
     * of [0-9a-z] chars of the text it matches.
     */
    private static final Set<String> LABEL_LAST_WORDS = Stream.concat(
            IDENTIFIER_LABELS.stream().map(label -> label.substring(label.lastIndexOf(' ') + 1)), NUMBER_WORDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /** A number libphonenumber found in a candidate run, offsets relative to the run. */
    record InRun(String e164, int start, int end) {
    }

    /**
     * Phones in {@code text}. libphonenumber's matcher is thorough but slow on long text, so it only
     * sees candidate runs: stretches of digits, spaces and phone punctuation holding 7 to 20 digits,
     * each distinct run once (a site repeats its phone in header, body and footer).
     */
    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Map<String, List<InRun>> runs = new HashMap<>();
        // over a char array with a table: this loop reads every char of the page
        char[] chars = text.toCharArray();
        int end = 0;
        while (out.size() < MAX_PHONES) {
            // a run worth reading holds digits: skip to the next one (spaces alone made a run at every word)
            int digit = end;
            while (digit < chars.length && (chars[digit] < '0' || chars[digit] > '9')) {
                digit++;
            }
            if (digit == chars.length) {
                break;
            }
            int start = digit;
            while (start > end && isRunChar(chars[start - 1])) {
                start--;
            }
            end = digit;
            while (end < chars.length && isRunChar(chars[end])) {
                end++;
            }
            run(text, chars, start, end, runs, out);
        }
        return out;
    }

    /**
     * The phones of the candidate run [start, end) (a maximal stretch of run chars) added to
     * {@code out}; {@code runs} keeps each distinct run's numbers.
     */
    void run(String text, char[] chars, int start, int end, Map<String, List<InRun>> runs, List<Found> out) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            digits += chars[i] >= '0' && chars[i] <= '9' ? 1 : 0; // the only digits a run holds
        }
        if (digits >= 7 && digits <= 20 && !labelledAsIdentifier(text, start + leadingSpaces(text, start, end))) {
            List<InRun> numbers = runs.computeIfAbsent(text.substring(start, end), this::numbers);
            for (InRun n : numbers) {
                if (out.size() >= MAX_PHONES) {
                    break;
                }
                if (!labelledAsIdentifier(text, start + n.start())) {
                    out.add(new Found(n.e164(), start + n.start(), start + n.end()));
                }
            }
        }
    }

    /** The numbers in one candidate run (a run holds at most 20 digits, so a couple of numbers). */
    private List<InRun> numbers(String run) {
        List<InRun> out = new ArrayList<>();
        try {
            for (PhoneNumberMatch m : util.findNumbers(run, DEFAULT_REGION, PhoneNumberUtil.Leniency.VALID, 100)) {
                out.add(new InRun(util.format(m.number(), PhoneNumberFormat.E164), m.start(), m.end()));
            }
        } catch (RuntimeException e) {
            // libphonenumber is robust, but a phone list is never worth failing a page for.
        }
        return out;
    }

    private static int leadingSpaces(String text, int start, int end) {
        int n = 0;
        while (start + n < end && text.charAt(start + n) == ' ') {
            n++;
        }
        return n;
    }

    /** Digits, spaces and phone punctuation: the chars of a candidate run. */
    private static final boolean[] RUN_CHARS = new boolean['\u2013' + 1];

    static {
        for (char c : "0123456789 ()-.+/\u00A0\u2010\u2011\u2013".toCharArray()) {
            RUN_CHARS[c] = true;
        }
    }

    static boolean isRunChar(char c) {
        return c < RUN_CHARS.length && RUN_CHARS[c];
    }

    /** "NPI 2629189152" or "License #5125550188" is an identifier that happens to look like a phone. */
    static boolean labelledAsIdentifier(String text, int start) {
        String before = text.substring(Math.max(0, start - 24), start).toLowerCase(java.util.Locale.ROOT);
        return LABEL_LAST_WORDS.contains(lastAlphanumericRun(before)) && IDENTIFIER_LABEL.matcher(before).find();
    }

    /**
     * The last run of [0-9a-z] chars, trailing other chars skipped: the regex is tried only when it is
     * a word the label can end with (the text before a number seldom ends so, and the regex, tried at
     * each of the 24 places, was most of this finder's time on a page that repeats its phone).
     */
    static String lastAlphanumericRun(String s) {
        int end = s.length();
        while (end > 0 && !isAsciiLowerOrDigit(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isAsciiLowerOrDigit(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    private static boolean isAsciiLowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    List<String> distinct(List<Found> found) {
        Set<String> out = new LinkedHashSet<>();
        found.forEach(f -> out.add(f.e164()));
        return List.copyOf(out);
    }

    /** One number as E.164 ("(512) 555-0188" -> "+15125550188"), if it is a valid number. */
    Optional<String> toE164(String written) {
        if (written == null || written.isBlank() || written.length() > 64) {
            return Optional.empty();
        }
        try {
            String cleaned = written.strip().replaceFirst("(?i)^tel:", "");
            PhoneNumber number = util.parse(cleaned, DEFAULT_REGION);
            return util.isValidNumber(number) ? Optional.of(util.format(number, PhoneNumberFormat.E164)) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
