package org.clinicverify.score;

/** An assess input that cannot be judged (no url, invalid url, empty, oversized or binary body). */
public final class BadAssessInput extends RuntimeException {

    private final String parameter;

    BadAssessInput(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public AssessError toError() {
        return new AssessError(parameter, getMessage());
    }
}
