package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    private static final java.util.regex.Pattern IDENTIFIER_LABEL = java.util.regex.Pattern.compile(
            "\\b(npi|dea|license|licence|lic|ein|tin|tax id|id|sku|order|invoice)\\b[^0-9a-z]{0,4}(number|no|num|#)?[^0-9a-z]{0,4}$");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        try {
            for (PhoneNumberMatch m : util.findNumbers(text, DEFAULT_REGION, PhoneNumberUtil.Leniency.VALID, 10_000)) {
                if (labelledAsIdentifier(text, m.start())) {
                    continue;
                }
                out.add(new Found(util.format(m.number(), PhoneNumberFormat.E164), m.start(), m.end()));
                if (out.size() >= MAX_PHONES) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // libphonenumber is robust, but a phone list is never worth failing a page for.
        }
        return out;
    }

    /** "NPI 2629189152" or "License #5125550188" is an identifier that happens to look like a phone. */
    private static boolean labelledAsIdentifier(String text, int start) {
        String before = text.substring(Math.max(0, start - 24), start).toLowerCase(java.util.Locale.ROOT);
        return IDENTIFIER_LABEL.matcher(before).find();
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
