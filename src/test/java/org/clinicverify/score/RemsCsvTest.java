package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class RemsCsvTest {

    @Test
    void readsTheDemoRegistry() throws Exception {
        try (var reader = Files.newBufferedReader(DemoWeb.ROOT.resolve("rems-registry.csv"), StandardCharsets.UTF_8)) {
            assertEquals(22, RemsCsv.read(reader).size());
        }
    }

    @Test
    void quotedFieldsKeepTheirCommas() throws Exception {
        String csv = RemsCsv.HEADER + "\n\"Mile High Mood Center, P.C.\",\"3801 E 1st Ave, Ste 400\",Denver,CO,80206,303-555-0129,SPR-1,2021-02-08\n";

        RemsEntry entry = RemsCsv.read(new StringReader(csv)).get(0);

        assertEquals("Mile High Mood Center, P.C.|3801 E 1st Ave, Ste 400", entry.name() + "|" + entry.street());
    }

    @Test
    void badRowsAreReportedWithLineNumbers() {
        String csv = RemsCsv.HEADER + "\n"
                + "Good Clinic,1 Main St,Austin,TX,78704,512-555-0100,SPR-1,2021-01-01\n"
                + "Bad Zip,1 Main St,Austin,TX,7870,512-555-0100,SPR-2,2021-01-01\n"
                + "\n"
                + "Bad Date,1 Main St,Austin,TX,78704,512-555-0100,SPR-3,01/02/2021\n"
                + "Dup,1 Main St,Austin,TX,78704,512-555-0100,SPR-1,2021-01-01\n";

        RemsCsv.BadFile e = assertThrows(RemsCsv.BadFile.class, () -> RemsCsv.read(new StringReader(csv)));

        assertEquals("line 3: zip '7870' is not 5 digits (or ZIP+4)\n"
                + "line 5: certification_date '01/02/2021' is not an ISO date (yyyy-mm-dd)\n"
                + "line 6: certification_id SPR-1 already given on line 2", e.getMessage());
    }

    @Test
    void wrongHeaderIsRefused() {
        RemsCsv.BadFile e = assertThrows(RemsCsv.BadFile.class, () -> RemsCsv.read(new StringReader("name,address\n")));

        assertTrue(e.getMessage().startsWith("line 1: expected the header"), e.getMessage());
    }

    @Test
    void shortRowIsRefused() {
        RemsCsv.BadFile e = assertThrows(RemsCsv.BadFile.class,
                () -> RemsCsv.read(new StringReader(RemsCsv.HEADER + "\nA,B,C\n")));

        assertEquals("line 2: expected 8 fields (" + RemsCsv.HEADER + "), got 3", e.getMessage());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        RemsCsv.BadFile e = assertThrows(RemsCsv.BadFile.class, () -> RemsCsv.read(new StringReader("")));

        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
