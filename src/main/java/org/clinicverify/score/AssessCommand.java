package org.clinicverify.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code assess --url URL --file PAGE} prints the verdict of one page as JSON;
 * {@code assess --batch IN.jsonl} reads one {"url", "html"|"text"} object per line and prints one
 * verdict per line, in order (a bad line prints {"error": {...}} and the command exits 2 at the
 * end). One JVM, no network, no Elasticsearch.
 */
@Command(name = "assess", description = "Judge a page (HTML or text) or a JSONL batch of pages; verdicts as JSON on stdout.",
        mixinStandardHelpOptions = true)
public final class AssessCommand implements Callable<Integer> {

    private static final Pattern HTML_TAG = Pattern.compile("<(!doctype|html|head|body|p|div|a|span|title|meta)\\b",
            Pattern.CASE_INSENSITIVE);

    static final class Single {
        @Option(names = "--url", required = true, description = "The page's URL (absolute http/https).")
        String url;

        @Option(names = "--file", required = true, description = "The page: an HTML or plain-text file, or - for stdin.")
        String file;
    }

    static final class Input {
        @ArgGroup(exclusive = false, multiplicity = "1")
        Single single;

        @Option(names = "--batch", description = "A JSONL file of {\"url\", \"html\"|\"text\"} objects, or - for stdin.")
        String batch;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Inject
    PageAssessor assessor;

    @Inject
    JsonMapper json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (input.batch != null) {
            return batch(out);
        }
        String body = new String(read(input.single.file), StandardCharsets.UTF_8);
        boolean html = !input.single.file.endsWith(".txt") && HTML_TAG.matcher(body).find();
        AssessRequest request = html ? new AssessRequest(input.single.url, body, null) : new AssessRequest(input.single.url, null, body);
        try {
            out.println(json.writeValueAsString(assessor.assess(request)));
            return 0;
        } catch (BadAssessInput e) {
            System.err.println("assess: " + e.getMessage());
            return 2;
        }
    }

    private int batch(PrintStream out) throws IOException {
        int bad = 0;
        int lineNumber = 0;
        try (InputStream in = open(input.batch);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    AssessRequest request = json.readValue(line, AssessRequest.class);
                    out.println(json.writeValueAsString(assessor.assess(request)));
                } catch (BadAssessInput e) {
                    bad++;
                    out.println(json.writeValueAsString(new BatchError(lineNumber, e.toError())));
                } catch (IOException e) {
                    bad++;
                    out.println(json.writeValueAsString(new BatchError(lineNumber,
                            new AssessError("body", "line is not a JSON object: " + Snippets.clip(String.valueOf(e.getMessage()))))));
                }
            }
        }
        out.flush();
        if (bad > 0) {
            System.err.println("assess: " + bad + " of " + lineNumber + " lines were refused");
        }
        return bad > 0 ? 2 : 0;
    }

    @io.micronaut.serde.annotation.Serdeable
    record BatchError(int line, AssessError error) {
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String file) throws IOException {
        return file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
    }
}
